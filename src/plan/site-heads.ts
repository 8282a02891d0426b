/** Heads of the archive-wide pages: home, the list of sweeps, prose, and the site's fixed pages. */

import type { SiteArchive } from '../data/archive.ts';
import { siteOrigin } from '../data/site-config.ts';
import { plural } from '../format/numbers.ts';
import { socialCardPath, sweepPath } from '../urls/routes.ts';
import { sweepHeadline } from '../view/sweep-page.ts';
import type { PageHead, RouteName } from './page-plan.ts';

/** A prose page of `content/`: its id (the file name, which is its address) and frontmatter. */
export interface ProsePage {
  id: string;
  title: string;
  description: string;
}

function head(path: string, title: string, description: string, more: Partial<PageHead> = {}): PageHead {
  return { title, description, canonical: `${siteOrigin()}${path}`, searchable: true, facets: {}, ...more };
}

/** The head of a prose page at `/<id>/`. */
export function proseHead(p: ProsePage): PageHead {
  return head(`/${p.id}/`, p.title, p.description);
}

/** The fixed archive-wide pages with their heads, in the order the plan lists them. */
export function archivePageHeads(archive: SiteArchive): Array<{ route: RouteName; path: string; head: PageHead }> {
  const newest = archive.newest;
  const sweeps = archive.sweeps.length;
  return [
    {
      route: 'home',
      path: '/',
      head: head('/', 'Coding-agent benchmark sweeps', newest === undefined ? 'An archive of coding-agent benchmark sweeps.' : sweepHeadline(newest), newest === undefined ? {} : { ogImage: `${siteOrigin()}${socialCardPath(sweepPath(newest.id))}` }),
    },
    { route: 'sweeps', path: '/sweeps/', head: head('/sweeps/', 'All sweeps', `The archive's ${sweeps === 1 ? 'sweep' : plural(sweeps, 'sweep')}, newest first, with each one's size and leader.`) },
    { route: 'cite', path: '/cite/', head: head('/cite/', 'How to cite', 'How to cite a sweep or a single cell of this archive: permanent address, sweep id, date and fingerprint, in BibTeX, APA and plain text.') },
    { route: 'data-format', path: '/data-format/', head: head('/data-format/', 'Data format', 'The sweep data contract: every record and field the site reads, generated from its schemas.') },
    { route: 'search', path: '/search/', head: head('/search/', 'Search', 'Search every sweep, config, CLI, model, task and cell, or browse the index of everything.', { searchable: false }) },
    { route: 'validation', path: '/validation/', head: head('/validation/', 'Validation', 'Every problem found in the sweep archive when this site was built.', { searchable: false }) },
    { route: 'not-found', path: '/404.html', head: head('/404.html', 'Page not found', 'No page of this site has this address.') },
  ];
}
