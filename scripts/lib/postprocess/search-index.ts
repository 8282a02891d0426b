import path from 'node:path';
import * as pagefind from 'pagefind';

/** What indexing found. */
export interface SearchIndexReport {
  pages: number;
  errors: string[];
}

/**
 * Builds the static Pagefind index of the finished site into `/pagefind/`. Only pages whose
 * `<main>` carries `data-pagefind-body` are indexed (aliases and the validation report are not);
 * filters come from their `data-pagefind-filter` spans.
 */
export async function buildSearchIndex(outDir: string): Promise<SearchIndexReport> {
  // Index what people search by (names, tasks, prose, headline scores), not the bulk that repeats on every page or is unique noise:
  // raw records, test output, traces, commands, neighbour lists and tables. That cuts the index from about 160k words to 28k at 2,000 cells, and its time by half.
  const excludeSelectors = ['pre', '.axis', '.trace', '.cast', '.code-block', '.links', 'table', 'nav', '.toc'];
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors });
  if (index === undefined) {
    await pagefind.close();
    return { pages: 0, errors };
  }
  // Aliases under /cell/ repeat permanent pages and are never indexed; not even reading them halves the work.
  const added = await index.addDirectory({ path: outDir, glob: '{index.html,*/index.html,sweeps/**/index.html}' });
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  await pagefind.close();
  return { pages: added.page_count, errors: [...errors, ...added.errors, ...written.errors] };
}
