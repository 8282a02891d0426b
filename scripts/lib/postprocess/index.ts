import type { LoadedSweep } from '../../../src/ingest/load-sweep.ts';
import { sweepPath } from '../../../src/urls/routes.ts';
import type { SiteArchive } from '../../../src/data/archive.ts';
import { siteOrigin } from '../../../src/data/site-config.ts';
import type { PhaseLog } from '../phase-log.ts';
import { writeOutput } from '../artifacts/write-file.ts';
import { buildHeaderRules, formatHeadersFile } from './headers.ts';
import { makeOffline } from './offline.ts';
import { precompress } from './precompress.ts';
import { buildRobotsTxt, buildSitemapIndex, buildSitemapParts, isSitemapPage, isSitemapPart } from './sitemap.ts';
import { listSiteFiles, pageAddressOf } from './site-files.ts';
import { readPageHead, type PageHead } from './page-heads.ts';
import { plural } from '../../../src/format/numbers.ts';
import { compareStrings } from '../../../src/util/compare-strings.ts';

/** How the finished folder is prepared. */
export interface PostprocessOptions {
  /** Rewrite every page to relative URLs and classic scripts so the folder works from disk (`--offline`). */
  offline: boolean;
  /** Write `.br` and `.gz` siblings at maximum quality (`--precompress`); slow, so off by default. */
  precompress?: boolean;
  log: PhaseLog;
  /**
   * Sweeps taken from the build cache. Their folders are not walked again (at 20,000 cells that
   * is 127,000 files): the same code checked them when they were built, and their sitemap parts
   * lie at the top of their folders.
   */
  reused?: ReadonlySet<string>;
  /** Reused sweeps' folders left in the previous site, to join this one when it is swapped in: site folder (`/sweeps/a`) to folder on disk. */
  kept?: ReadonlyMap<string, string>;
}

function seconds(t0: number): string {
  return `${((performance.now() - t0) / 1000).toFixed(2)} s`;
}

/** The absolute URLs of the pages that belong in a sitemap, by what their heads say. */
function sitemapUrls(heads: readonly PageHead[], origin: string): { urls: string[]; left: number } {
  const urls: string[] = [];
  let left = 0;
  for (const head of heads) {
    const url = `${origin}${pageAddressOf(head.page) ?? ''}`;
    if (isSitemapPage(head.indexing, url)) urls.push(url);
    else left++;
  }
  return { urls, left };
}

/**
 * Writes a sweep's own sitemap parts into its folder (`/sweeps/<id>/sitemap-N.xml`), so they are
 * cached with its pages and an incremental build never reads the pages of an unchanged sweep.
 * `heads` are the sweep's pages, noted as they rendered.
 */
export function writeSweepSitemap(outDir: string, sweep: LoadedSweep, heads: readonly PageHead[]): { listed: number; left: number } {
  const { urls, left } = sitemapUrls(heads, siteOrigin());
  for (const part of buildSitemapParts(sweepPath(sweep.id), urls)) writeOutput(outDir, part.path, part.content);
  return { listed: urls.length, left };
}

/**
 * Writes the sitemap of the archive-wide pages (`/sitemap-N.xml`), the `/sitemap.xml` index of
 * it and every sweep's parts, and `robots.txt`; returns the files written.
 */
function writeCrawlerFiles(outDir: string, files: readonly string[], origin: string, sweeps: readonly LoadedSweep[]): { listed: number; left: number; written: string[] } {
  const sweepFolders = sweeps.map((s) => sweepPath(s.id));
  const sitePages = files.filter((f) => pageAddressOf(f) !== null && !sweepFolders.some((folder) => f.startsWith(folder)));
  const { urls, left } = sitemapUrls(sitePages.map((page) => readPageHead(outDir, page)), origin);
  const parts = buildSitemapParts('/', urls);
  const index = buildSitemapIndex(origin, [...parts.map((p) => p.path), ...files.filter((f) => isSitemapPart(f) && f.startsWith('/sweeps/'))]);
  const written = [...parts, index, { path: '/robots.txt', content: buildRobotsTxt(origin) }];
  for (const f of written) writeOutput(outDir, f.path, f.content);
  return { listed: urls.length, left, written: written.map((f) => f.path) };
}

/** Sweeps whose pages still change, though `/sweeps/*` is cached for a year. */
function unfinishedSweeps(archive: SiteArchive): string[] {
  return archive.sweeps.filter((s) => (s.manifest.status ?? 'complete') !== 'complete').map((s) => `${s.id} (${s.manifest.status ?? ''})`);
}

/**
 * The last step of a build, on the staging folder after pages, artifacts and search indexes are
 * written: crawler files and `_headers` always, the offline rewrite with `offline`, and precompressed
 * siblings with `precompress` (last, so it covers every other file).
 */
export async function postprocess(archive: SiteArchive, outDir: string, options: PostprocessOptions): Promise<void> {
  const { log } = options;
  const origin = siteOrigin();
  let t0 = performance.now();
  const files = listSiteFiles(outDir, new Set([...(options.reused ?? [])].map((id) => sweepPath(id).slice(0, -1))), options.kept);
  const crawl = writeCrawlerFiles(outDir, files, origin, archive.sweeps);
  log.note(`sitemap of ${crawl.listed} archive-wide pages (${crawl.left} aliases or noindex pages left out), its index and robots.txt in ${seconds(t0)}`);

  const headers = buildHeaderRules([...files, ...crawl.written].sort(compareStrings));
  writeOutput(outDir, '/_headers', formatHeadersFile(headers.rules));
  for (const w of headers.warnings) log.note(`warning: _headers: ${w}`);
  const unfinished = unfinishedSweeps(archive);
  if (unfinished.length > 0) log.note(`warning: _headers caches /sweeps/* for a year, but these sweeps are not complete: ${unfinished.join(', ')}`);

  if (options.offline) {
    t0 = performance.now();
    const r = makeOffline(outDir, listSiteFiles(outDir));
    log.note(`offline: ${plural(r.pages, 'page')} and ${plural(r.stylesheets, 'stylesheet')} made relative, ${plural(r.classic.length, 'module bundle')} given classic copies in ${seconds(t0)}`);
    if (r.modules.length > 0) log.note(`warning: offline: ${r.modules.join(', ')} use module syntax and stay modules, which browsers block from file://; the pages that load them work without them`);
  }

  if (options.precompress === true) {
    t0 = performance.now();
    const r = await precompress(outDir, listSiteFiles(outDir));
    const mb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;
    log.note(`precompressed ${r.files} files (${mb(r.bytes)}) to ${mb(r.brBytes)} brotli and ${mb(r.gzBytes)} gzip, ${r.written} siblings, in ${seconds(t0)}`);
  }
}
