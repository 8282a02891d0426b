import type { PlannedPage } from '../plan/page-plan.ts';
import type { SiteArchive } from './archive.ts';

/** What one render of the site works from: the indexed archive, its origin, and the planned pages it renders. */
export interface RenderSite {
  archive: SiteArchive;
  /** The public origin, e.g. `https://bench.example.org`. */
  origin: string;
  /** Whether each cell has a social card of its own (see useCellCards). */
  cellCards: boolean;
  /** The pages this render makes: the whole plan, or the slice a build gave this process. */
  pages: PlannedPage[];
}
