import path from 'node:path';
import type { SiteArchive } from '../../../src/data/archive.ts';
import { PLACEHOLDER_ORIGIN, useCellCards, useSiteOrigin } from '../../../src/data/site-config.ts';
import type { PlannedPage } from '../../../src/plan/page-plan.ts';
import { planSite } from '../../../src/plan/plan-site.ts';
import { listProsePages } from '../prose-pages.ts';
import type { Build } from './context.ts';

/** Step: the site plan, every page with its head, computed once (see src/plan/plan-site.ts). */
export function planTheSite(build: Build, archive: SiteArchive): PlannedPage[] {
  useSiteOrigin(build.options.siteUrl ?? PLACEHOLDER_ORIGIN);
  useCellCards(build.options.cellCards);
  return build.log.phase('plan the site', () => planSite(archive, listProsePages(path.join(build.options.projectRoot, 'content'))));
}
