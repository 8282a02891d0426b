import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { RenderSite } from '../../../src/data/render-site.ts';
import { indexArchive } from '../../../src/data/archive.ts';
import { useKnownConfigs } from '../../../src/data/metrics.ts';
import { PLACEHOLDER_ORIGIN, useCellCards, useSiteOrigin } from '../../../src/data/site-config.ts';
import { assembleArchive, loadArchive, type FolderRead } from '../../../src/ingest/load-archive.ts';
import type { ConfigAggregate } from '../../../src/metrics/aggregate.ts';
import type { PlannedPage } from '../../../src/plan/page-plan.ts';
import { planSite } from '../../../src/plan/plan-site.ts';
import type { StoredArchiveReads } from '../build/context.ts';
import { archiveDir } from '../cli-paths.ts';
import { listProsePages } from '../prose-pages.ts';
import { takeStoredRead } from '../read-store.ts';

/** What a build hands one render process: the origin, where its reads are, and the pages to render. */
export interface RenderSlice {
  origin: string;
  /** Whether each cell has a social card of its own (--cell-cards). */
  cellCards: boolean;
  /** The archive's folder reads, each sweep's kept in the build's read store. */
  reads: StoredArchiveReads;
  /** Ranked configs the build computed already, by sweep id (v8), or null. */
  knownConfigs: string | null;
  pages: PlannedPage[];
}

/** Writes the ranked configs of sweeps the render processes need but do not render, so they do not rank them again. */
export function writeKnownConfigs(file: string, configs: ReadonlyMap<string, readonly ConfigAggregate[]>): void {
  fs.writeFileSync(file, v8.serialize(configs));
}

/**
 * The site one render works from. In a build, the slice file the build wrote for this render
 * process: the archive is assembled from the same reads the build took, from its read store,
 * so no record is read from the archive again. When Astro runs by hand (`astro build`,
 * `astro dev`), the whole plan of the archive in SWEEPS_DIR at SITE_URL.
 */
export function loadRenderSite(slice: string | null): RenderSite {
  if (slice !== null) {
    const s = JSON.parse(fs.readFileSync(slice, 'utf8')) as RenderSlice;
    useSiteOrigin(s.origin);
    useCellCards(s.cellCards);
    const folders = s.reads.folders.map((f): FolderRead => {
      if ('problem' in f) return f;
      const load = takeStoredRead(f.stored);
      if (load === null) throw new Error(`the build's read of ${f.dir} changed while pages rendered (${f.stored.file})`);
      return { name: f.name, dir: f.dir, load };
    });
    if (s.knownConfigs !== null) useKnownConfigs(v8.deserialize(fs.readFileSync(s.knownConfigs)) as Map<string, readonly ConfigAggregate[]>);
    return { archive: indexArchive(assembleArchive({ dir: s.reads.dir, problems: s.reads.problems, folders })), origin: s.origin, cellCards: s.cellCards, pages: s.pages };
  }
  const origin = (process.env['SITE_URL'] ?? PLACEHOLDER_ORIGIN).replace(/\/+$/, '');
  useSiteOrigin(origin);
  const archive = indexArchive(loadArchive(archiveDir()));
  return { archive, origin, cellCards: false, pages: planSite(archive, listProsePages(path.resolve('content'))) };
}
