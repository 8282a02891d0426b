import fs from 'node:fs';
import path from 'node:path';
import { metricsOf } from '../../../src/data/metrics.ts';
import { siteOrigin } from '../../../src/data/site-config.ts';
import type { SiteArchive } from '../../../src/data/archive.ts';
import type { PlannedPage } from '../../../src/plan/page-plan.ts';
import { writeKnownConfigs } from '../render/load-render-site.ts';
import type { Build } from './context.ts';
import type { UnitChoice } from './units.ts';

/**
 * Step: render the pages of the new sweeps and the archive-wide pages in the render processes
 * (started at the beginning of the build), into the site being made. Reused sweeps render
 * nothing; their ranked configs, which archive-wide pages show, are computed here once.
 * Returns at once; `finished` settles when every page is rendered and in place.
 */
export function renderPages(build: Build, archive: SiteArchive, plan: readonly PlannedPage[], units: UnitChoice): { finished: Promise<void> } {
  const { log, renderers } = build;
  if (build.reads === null) throw new Error('renderPages: the archive has not been read');
  const knownConfigs = units.reused.size === 0 ? null : path.join(path.dirname(build.work), `${build.id}.known-configs.v8`);
  if (knownConfigs !== null) {
    build.making.add(knownConfigs);
    writeKnownConfigs(knownConfigs, new Map(archive.sweeps.filter((s) => units.reused.has(s.id)).map((s) => [s.id, metricsOf(s).configs])));
  }
  renderers.start({ origin: siteOrigin(), cellCards: build.options.cellCards, reads: build.reads, knownConfigs, pages: plan.filter((p) => p.sweep === null || !units.reused.has(p.sweep)) });
  const finished = log.phaseAsync('render pages', async () => {
    await renderers.finish(build.work);
    if (knownConfigs !== null) {
      fs.rmSync(knownConfigs, { force: true });
      build.making.delete(knownConfigs);
    }
  });
  return { finished };
}
