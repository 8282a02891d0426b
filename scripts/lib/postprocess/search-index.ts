import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { fileOf } from './site-files.ts';
import type { PageHead } from './page-heads.ts';
import type { LoadedSweep } from '../../../src/ingest/load-sweep.ts';
import { sweepSearchBundlePath } from '../../../src/urls/routes.ts';
import { SEARCH_BRIDGE_EVENT, SEARCH_BRIDGE_PATH } from '../../../src/view/search-facets.ts';
import { sweepSearchTerms, withSearchTerms } from './search-terms.ts';

/** What indexing found. */
export interface SearchIndexReport {
  pages: number;
  errors: string[];
}

// Index what people search by (names, tasks, prose, headline scores), not the bulk that repeats on every page or is unique noise:
// raw records, test output, traces, commands, neighbour lists and tables. That cuts the index from about 160k words to 28k at 2,000 cells, and its time by half.
const EXCLUDE_SELECTORS = ['pre', '.axis', '.trace', '.cast', '.code-block', '.links', 'table', 'nav', '.toc'];

/** Indexes the pages matched by `glob` under `outDir` into one Pagefind bundle at `bundle` (a site path). */
async function indexPages(outDir: string, glob: string, bundle: string): Promise<SearchIndexReport> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: EXCLUDE_SELECTORS });
  if (index === undefined) return { pages: 0, errors };
  const added = await index.addDirectory({ path: outDir, glob });
  const written = await index.writeFiles({ outputPath: fileOf(outDir, bundle) });
  await index.deleteIndex();
  return { pages: added.page_count, errors: [...errors, ...added.errors, ...written.errors] };
}

/**
 * Indexes one sweep's pages by their search records, from `heads` in address order so the index
 * is the same on every build, with what the sweep's data adds to each (ids, outcome words, filters).
 */
async function indexSweep(outDir: string, sweep: LoadedSweep, heads: readonly PageHead[]): Promise<SearchIndexReport> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (index === undefined) return { pages: 0, errors };
  const termsOf = sweepSearchTerms(sweep);
  const records = heads.flatMap((h) => (h.record === null ? [] : [withSearchTerms(h.record, termsOf(h.record.url))]));
  const added = await Promise.all(records.map((r) => index.addCustomRecord({ url: r.url, content: r.content, language: 'en', meta: r.meta, filters: r.filters })));
  const written = await index.writeFiles({ outputPath: fileOf(outDir, sweepSearchBundlePath(sweep.id)) });
  await index.deleteIndex();
  return { pages: records.length, errors: [...errors, ...added.flatMap((a) => a.errors), ...written.errors] };
}

/** The bridge module (see `SEARCH_BRIDGE_PATH`): imports Pagefind's API beside it and hands it over. */
export const SEARCH_BRIDGE_SCRIPT = `// Written by sweepsite's build: hands Pagefind's API to the search page's script.
import * as pagefind from './pagefind.js';
document.dispatchEvent(new CustomEvent(${JSON.stringify(SEARCH_BRIDGE_EVENT)}, { detail: pagefind }));
`;

/** What indexing found: the new sweeps' own indexes and the archive-wide one. */
export interface SearchIndexesReport {
  sweeps: SearchIndexReport;
  site: SearchIndexReport;
}

/**
 * Builds each sweep's own search index into `/sweeps/<id>/pagefind/`, so it is cached and reused
 * with the sweep's pages, and the index of the archive-wide pages (home, prose, citation) into
 * `/pagefind/`, the bundle the search page loads first; the search page merges them in the
 * browser. Sweep pages are indexed by their search records (title, description, filters; see
 * `searchRecordOf`), from the heads noted as they rendered: `sweeps` maps each new sweep to its
 * pages' heads in address order. Aliases under `/cell/` repeat permanent pages and are never
 * indexed. Both run in one Pagefind process, side by side, as soon as the pages are rendered.
 * The search page loads Pagefind's API through the bridge module written beside the site's index.
 */
export async function buildSearchIndexes(outDir: string, sweeps: ReadonlyMap<LoadedSweep, readonly PageHead[]>): Promise<SearchIndexesReport> {
  const indexSweeps = async (): Promise<SearchIndexReport> => {
    const report: SearchIndexReport = { pages: 0, errors: [] };
    for (const [sweep, heads] of sweeps) {
      const r = await indexSweep(outDir, sweep, heads);
      report.pages += r.pages;
      report.errors.push(...r.errors.map((e) => `${sweep.id}: ${e}`));
    }
    return report;
  };
  try {
    const [sweepReport, site] = await Promise.all([indexSweeps(), indexPages(outDir, '{index.html,*/index.html}', '/pagefind/')]);
    const bridge = fileOf(outDir, SEARCH_BRIDGE_PATH);
    fs.mkdirSync(path.dirname(bridge), { recursive: true });
    fs.writeFileSync(bridge, SEARCH_BRIDGE_SCRIPT);
    return { sweeps: sweepReport, site };
  } finally {
    await pagefind.close();
  }
}
