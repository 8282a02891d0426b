import type { PlannedPage } from '../../../src/plan/page-plan.ts';
import { facetFilters, pageFacetsOf } from '../../../src/view/search-facets.ts';
import type { PageHead } from '../postprocess/page-heads.ts';

/**
 * What sitemaps and search indexes need of each planned page, from its head in the plan: no
 * page is read back from disk to learn it. Data files (no head) are left out. The record is the
 * one the page's hidden search spans carry: its title, its description (else its title) as
 * content, and its filters.
 */
export function plannedHeads(pages: readonly PlannedPage[]): PageHead[] {
  return pages.flatMap((p): PageHead[] => {
    const head = p.head;
    if (head === null || !p.path.endsWith('/')) return [];
    const filters: Record<string, string[]> = {};
    for (const f of facetFilters(pageFacetsOf(new URL(head.canonical).pathname, head.facets))) {
      const colon = f.indexOf(':');
      (filters[f.slice(0, colon)] ??= []).push(f.slice(colon + 1));
    }
    return [{
      page: `${p.path}index.html`,
      indexing: { canonical: head.canonical, noindex: false },
      record: head.searchable ? { url: p.path, title: head.title, content: head.description === '' ? head.title : head.description, filters } : null,
    }];
  });
}
