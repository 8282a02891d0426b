import fs from 'node:fs';
import path from 'node:path';
import type { RenderSite } from '../../../src/data/render-site.ts';
import { indexArchive } from '../../../src/data/archive.ts';
import { PLACEHOLDER_ORIGIN, useSiteOrigin } from '../../../src/data/site-config.ts';
import { loadArchive } from '../../../src/ingest/load-archive.ts';
import type { PlannedPage } from '../../../src/plan/page-plan.ts';
import { planSite } from '../../../src/plan/plan-site.ts';
import { archiveDir } from '../cli-paths.ts';
import { listProsePages } from '../prose-pages.ts';
import { readArchiveSnapshot } from './archive-snapshot.ts';

/** What a build hands one render process: its origin, the archive it read, and the pages to render. */
export interface RenderSlice {
  origin: string;
  /** The validated archive, written once by the build (see archive-snapshot.ts). */
  snapshot: string;
  pages: PlannedPage[];
}

/**
 * The site one render works from. In a build, the slice file the build wrote for this render
 * process; when Astro runs by hand (`astro build`, `astro dev`), the whole plan of the archive
 * in SWEEPS_DIR at SITE_URL.
 */
export function loadRenderSite(slice: string | null): RenderSite {
  if (slice !== null) {
    const s = JSON.parse(fs.readFileSync(slice, 'utf8')) as RenderSlice;
    useSiteOrigin(s.origin);
    return { archive: indexArchive(readArchiveSnapshot(s.snapshot)), origin: s.origin, pages: s.pages };
  }
  const origin = (process.env['SITE_URL'] ?? PLACEHOLDER_ORIGIN).replace(/\/+$/, '');
  useSiteOrigin(origin);
  const archive = indexArchive(loadArchive(archiveDir()));
  return { archive, origin, pages: planSite(archive, listProsePages(path.resolve('content'))) };
}
