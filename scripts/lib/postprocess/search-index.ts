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
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: ['pre.raw-json', 'pre.output', '.toc', 'nav'] });
  if (index === undefined) {
    await pagefind.close();
    return { pages: 0, errors };
  }
  const added = await index.addDirectory({ path: outDir, glob: '**/index.html' });
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  await pagefind.close();
  return { pages: added.page_count, errors: [...errors, ...added.errors, ...written.errors] };
}
