import { pageAddressOf, fileOf, readPageStart } from './site-files.ts';
import { readPageIndexing, type PageIndexing } from './sitemap.ts';
import { own, SEARCH_RECORD_PREFIX_BYTES, searchRecordOf, type SearchRecord } from './search-records.ts';

/**
 * What the build's last steps need of a rendered page, all read from its head and the start of
 * its `<main>`: whether it belongs in a sitemap, and its search record.
 */
export interface PageHead {
  /** Site path of the page's file, e.g. `/sweeps/s/index.html`. */
  page: string;
  indexing: PageIndexing;
  record: SearchRecord | null;
}

/** The head of a page from its HTML; `page` is the site path of its `index.html`. */
export function pageHeadOf(html: string, page: string): PageHead {
  const address = pageAddressOf(page);
  if (address === null) throw new Error(`not a page: ${page}`);
  // Heads are kept until every page is rendered: nothing in them may hold on to the page.
  const { canonical, noindex } = readPageIndexing(html);
  return { page, indexing: { canonical: canonical === undefined ? undefined : own(canonical), noindex }, record: searchRecordOf(html, address) };
}

/** Whether the start of a page holds all its head says: the head, and the opening of `<main>` with the spans after it. */
const holdsHead = (start: string): boolean => start.includes('</head>') && /<main\b[^>]*>/i.test(start);

/** The head of a page already in the output folder, from the start of its file. */
export function readPageHead(outDir: string, page: string): PageHead {
  return pageHeadOf(readPageStart(fileOf(outDir, page), SEARCH_RECORD_PREFIX_BYTES, holdsHead), page);
}

/** Heads of the pages under `folder` (a site path ending in `/`), in address order: the order search indexes and sitemaps list them in. */
export function headsUnder(heads: Iterable<PageHead>, folder: string): PageHead[] {
  return [...heads].filter((h) => h.page.startsWith(folder)).sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
}
