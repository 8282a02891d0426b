import { decodeAttribute, mapStartTags, parseAttributes } from './html-tags.ts';
import { compareStrings } from '../../../src/util/compare-strings.ts';
import { escapeText } from '../../../src/badges/xml.ts';

/** The most URLs one sitemap file may hold (sitemaps.org); past it, `sitemap.xml` becomes an index. */
export const SITEMAP_URL_LIMIT = 50_000;

/** What a page's head says about indexing: its canonical URL and whether it asks not to be indexed. */
export interface PageIndexing {
  /** Absolute canonical URL from `<link rel="canonical">`, if any. */
  canonical: string | undefined;
  /** True when `<meta name="robots">` holds `noindex`. */
  noindex: boolean;
}

/** Reads the canonical link and robots meta of a built page (only its head is scanned). */
export function readPageIndexing(html: string): PageIndexing {
  const end = html.indexOf('</head>');
  const head = end === -1 ? html : html.slice(0, end);
  const result: PageIndexing = { canonical: undefined, noindex: false };
  mapStartTags(head, (tag) => {
    if (tag.name !== 'link' && tag.name !== 'meta') return undefined;
    const attributes = parseAttributes(tag.source);
    const get = (n: string): string | undefined => {
      const v = attributes.find((a) => a.name.toLowerCase() === n)?.value;
      return v === null || v === undefined ? undefined : decodeAttribute(v);
    };
    if (tag.name === 'link' && get('rel')?.toLowerCase().split(/\s+/).includes('canonical') === true) result.canonical ??= get('href');
    if (tag.name === 'meta' && get('name')?.toLowerCase() === 'robots' && /\bnoindex\b/i.test(get('content') ?? '')) result.noindex = true;
    return undefined;
  });
  return result;
}

/**
 * True when a page belongs in the sitemap: it does not ask to stay out of indexes, and its canonical
 * URL, if it names one, is its own address. Alias pages (`/cell/...`) name the permanent page as
 * canonical, and search engines want only canonical URLs listed.
 */
export function isSitemapPage(indexing: PageIndexing, absoluteUrl: string): boolean {
  return !indexing.noindex && (indexing.canonical === undefined || indexing.canonical === absoluteUrl);
}

function urlset(urls: readonly string[]): string {
  const body = urls.map((u) => `  <url><loc>${escapeText(u)}</loc></url>\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}</urlset>\n`;
}

/**
 * Sitemap files for a list of absolute page URLs, written in `folder` (a site path ending in `/`):
 * `sitemap-1.xml`, `sitemap-2.xml`, … of at most `limit` URLs each, none for no URLs. URLs are
 * sorted (code-unit order) and carry no `lastmod`: no date in the data says when a page changed.
 */
export function buildSitemapParts(folder: string, urls: readonly string[], limit = SITEMAP_URL_LIMIT): Array<{ path: string; content: string }> {
  const sorted = [...new Set(urls)].sort(compareStrings);
  const parts: Array<{ path: string; content: string }> = [];
  for (let i = 0; i < sorted.length; i += limit) parts.push({ path: `${folder}sitemap-${parts.length + 1}.xml`, content: urlset(sorted.slice(i, i + limit)) });
  return parts;
}

/** True for the parts `buildSitemapParts` writes, at the root or in a sweep's folder. */
export function isSitemapPart(sitePath: string): boolean {
  return /^\/(?:sweeps\/[^/]+\/)?sitemap-\d+\.xml$/.test(sitePath);
}

/**
 * `/sitemap.xml`: an index of every sitemap part, given by site path. Each sweep keeps the part
 * listing its own pages in its folder, built and cached with it, so adding a sweep reads only
 * the new sweep's pages; the index and the archive-wide part are written on every build.
 */
export function buildSitemapIndex(origin: string, partPaths: readonly string[]): { path: string; content: string } {
  const sorted = [...partPaths].sort(compareStrings);
  const index = sorted.map((p) => `  <sitemap><loc>${escapeText(`${origin}${p}`)}</loc></sitemap>\n`).join('');
  return { path: '/sitemap.xml', content: `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index}</sitemapindex>\n` };
}

/** `robots.txt`: every crawler may read everything; the sitemap is named by its absolute URL. */
export function buildRobotsTxt(origin: string): string {
  return `# Every page of this site may be crawled.\nUser-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`;
}
