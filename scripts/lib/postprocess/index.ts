import fs from 'node:fs';
import type { SiteArchive } from '../../../src/data/archive.ts';
import { siteOrigin } from '../../../src/data/site-config.ts';
import type { PhaseLog } from '../phase-log.ts';
import { writeOutput } from '../artifacts/write-file.ts';
import { buildHeaderRules, formatHeadersFile } from './headers.ts';
import { makeOffline } from './offline.ts';
import { precompress } from './precompress.ts';
import { buildSiteSearchIndex } from './search-index.ts';
import { buildRobotsTxt, buildSitemapFiles, isSitemapPage, readPageIndexing } from './sitemap.ts';
import { fileOf, listSiteFiles, pageAddressOf } from './site-files.ts';

/** How the finished folder is prepared. */
export interface PostprocessOptions {
  /** Rewrite every page to relative URLs and classic scripts so the folder works from disk (`--offline`). */
  offline: boolean;
  /** Write `.br` and `.gz` siblings at maximum quality (`--precompress`); slow, so off by default. */
  precompress?: boolean;
  log: PhaseLog;
}

function seconds(t0: number): string {
  return `${((performance.now() - t0) / 1000).toFixed(2)} s`;
}

/** The start of a page up to its `</head>`: all the sitemap needs, without reading the body of every page. */
function readHead(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16 * 1024);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    const text = buf.toString('utf8', 0, n);
    return text.includes('</head>') || n < buf.length ? text : fs.readFileSync(file, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes `sitemap.xml` (or an index and its parts) listing every canonical page, and `robots.txt`; returns the files written. */
function writeCrawlerFiles(outDir: string, files: readonly string[], origin: string): { listed: number; left: number; written: string[] } {
  const urls: string[] = [];
  let left = 0;
  for (const site of files) {
    const address = pageAddressOf(site);
    if (address === null) continue;
    const url = `${origin}${address}`;
    if (isSitemapPage(readPageIndexing(readHead(fileOf(outDir, site))), url)) urls.push(url);
    else left++;
  }
  const written: string[] = [];
  for (const f of buildSitemapFiles(origin, urls)) {
    writeOutput(outDir, f.path, f.content);
    written.push(f.path);
  }
  writeOutput(outDir, '/robots.txt', buildRobotsTxt(origin));
  return { listed: urls.length, left, written: [...written, '/robots.txt'] };
}

/** Sweeps whose pages still change, though `/sweeps/*` is cached for a year. */
function unfinishedSweeps(archive: SiteArchive): string[] {
  return archive.sweeps.filter((s) => (s.manifest.status ?? 'complete') !== 'complete').map((s) => `${s.id} (${s.manifest.status ?? ''})`);
}

/**
 * The last step of a build, on the staging folder after pages and artifacts are written:
 * crawler files and `_headers` always, the offline rewrite with `offline`, and precompressed
 * siblings with `precompress` (last, so it covers every other file).
 */
export async function postprocess(archive: SiteArchive, outDir: string, options: PostprocessOptions): Promise<void> {
  const { log } = options;
  const origin = siteOrigin();
  let t0 = performance.now();
  const search = await buildSiteSearchIndex(outDir);
  log.note(`site search index of ${search.pages} archive-wide pages in ${seconds(t0)}`);
  for (const e of search.errors) log.note(`warning: search index: ${e}`);
  t0 = performance.now();
  const files = listSiteFiles(outDir);
  const crawl = writeCrawlerFiles(outDir, files, origin);
  log.note(`sitemap of ${crawl.listed} pages (${crawl.left} aliases or noindex pages left out) and robots.txt in ${seconds(t0)}`);

  const headers = buildHeaderRules([...files, ...crawl.written].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  writeOutput(outDir, '/_headers', formatHeadersFile(headers.rules));
  for (const w of headers.warnings) log.note(`warning: _headers: ${w}`);
  const unfinished = unfinishedSweeps(archive);
  if (unfinished.length > 0) log.note(`warning: _headers caches /sweeps/* for a year, but these sweeps are not complete: ${unfinished.join(', ')}`);

  if (options.offline) {
    t0 = performance.now();
    const r = makeOffline(outDir, listSiteFiles(outDir));
    log.note(`offline: ${r.pages} pages and ${r.stylesheets} stylesheets made relative, ${r.classic.length} module bundles given classic copies in ${seconds(t0)}`);
    if (r.modules.length > 0) log.note(`warning: offline: ${r.modules.join(', ')} use module syntax and stay modules, which browsers block from file://; the pages that load them work without them`);
  }

  if (options.precompress === true) {
    t0 = performance.now();
    const r = await precompress(outDir, listSiteFiles(outDir));
    const mb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;
    log.note(`precompressed ${r.files} files (${mb(r.bytes)}) to ${mb(r.brBytes)} brotli and ${mb(r.gzBytes)} gzip, ${r.written} siblings, in ${seconds(t0)}`);
  }
}
