import fs from 'node:fs';
import type { SiteArchive } from '../../../src/data/archive.ts';
import type { PlannedPage } from '../../../src/plan/page-plan.ts';
import { sweepPath, sweepSearchBundlePath } from '../../../src/urls/routes.ts';
import { compareStrings } from '../../../src/util/compare-strings.ts';
import { writeSweepFiles } from '../artifacts/index.ts';
import { manifestOf, sealUnit } from '../output/units.ts';
import { fileOf, listSiteFiles } from '../postprocess/site-files.ts';
import { writeSweepSitemap } from '../postprocess/index.ts';
import { makeOffline } from '../postprocess/offline.ts';
import { precompress } from '../postprocess/precompress.ts';
import { sweepSearchTerms, withSearchTerms } from '../postprocess/search-terms.ts';
import { plannedHeads } from '../render/planned-heads.ts';
import { runSearchJob } from '../search/search-job.ts';
import type { Build } from './context.ts';
import { faultPoint } from './fault.ts';
import type { UnitChoice } from './units.ts';

/**
 * Step, while pages render: every file of each new sweep that is not a page (raw records,
 * downloads, badges, social cards) into the site being made.
 */
export async function writeNewSweeps(build: Build, archive: SiteArchive, units: UnitChoice): Promise<void> {
  const fresh = new Set(units.fresh.map((s) => s.id));
  if (fresh.size === 0) return;
  await build.log.phaseAsync('write data files and images', () => writeSweepFiles(archive, fresh, build.work, build.drawn, build.log));
}

/**
 * Step, once pages are rendered: each new sweep's search index (from its pages' heads in the
 * plan, in address order) and sitemap, the offline and precompressed forms when asked, then its
 * folder moved out of the site into its unit and sealed with the digest of every file.
 */
export async function sealNewSweeps(build: Build, plan: readonly PlannedPage[], units: UnitChoice): Promise<void> {
  const { log, work, options } = build;
  if (units.fresh.length === 0) return;
  const bundles = units.fresh.map((sweep) => {
    const heads = plannedHeads(plan.filter((p) => p.sweep === sweep.id)).sort((a, b) => compareStrings(a.page, b.page));
    const map = writeSweepSitemap(work, sweep, heads);
    log.note(`sitemap of ${sweep.id}: ${map.listed} pages`);
    const termsOf = sweepSearchTerms(sweep);
    const records = heads.flatMap((h) => (h.record === null ? [] : [withSearchTerms(h.record, termsOf(h.record.url))]));
    return { kind: 'records' as const, label: sweep.id, outputPath: fileOf(work, sweepSearchBundlePath(sweep.id)), records };
  });
  await log.phaseAsync('index new sweeps for search', async () => {
    const report = await runSearchJob({ bundles, bridge: null }, build.store.work);
    for (const b of report.bundles) {
      log.note(`search index of ${b.label}: ${b.pages} pages`);
      for (const e of b.errors) log.note(`warning: search index of ${b.label}: ${e}`);
    }
  });
  await log.phaseAsync('seal new sweeps', async () => {
    for (const sweep of units.fresh) {
      const folder = sweepPath(sweep.id).slice(0, -1);
      const files = listSiteFiles(work).filter((f) => f.startsWith(`${folder}/`));
      if (options.offline) makeOffline(work, files);
      if (options.precompress) await precompress(work, listSiteFiles(work).filter((f) => f.startsWith(`${folder}/`)));
      const dir = units.dirOf.get(sweep.id) as string;
      const tmp = `${dir}.tmp-${process.pid}`;
      build.making.add(tmp);
      build.making.add(manifestOf(tmp));
      fs.mkdirSync(build.store.units, { recursive: true });
      fs.renameSync(fileOf(work, folder), tmp);
      const count = sealUnit(tmp, units.keyOf.get(sweep.id) as string);
      // The folder first, its manifest second: a unit is whole only once both are in place.
      fs.renameSync(tmp, dir);
      fs.renameSync(manifestOf(tmp), manifestOf(dir));
      // Sealed, the unit is whole: a later build may reuse it even if this one stops now.
      build.making.delete(tmp);
      build.making.delete(manifestOf(tmp));
      log.note(`${sweep.id}: ${count} files sealed`);
      faultPoint('mid-seal');
    }
  });
}
