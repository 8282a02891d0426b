import type { SiteArchive } from '../../../src/data/archive.ts';
import type { PlannedPage } from '../../../src/plan/page-plan.ts';
import { sweepPath } from '../../../src/urls/routes.ts';
import { listBadges } from '../../../src/view/badge-specs.ts';
import { listCards } from '../../../src/view/card-specs.ts';
import { unitFileSizes } from '../output/units.ts';
import { hostProblems, hostRefusal } from '../hosts/host-check.ts';
import { addTallies, EMPTY_TALLY, formatBytes, tallyFiles, type SiteTally } from '../hosts/site-tally.ts';
import { listServedFileSizes } from '../postprocess/site-files.ts';
import { BuildStopped, type Build } from './context.ts';
import type { UnitChoice } from './units.ts';

/**
 * Step, before any page is written: the fewest files the planned site will have (a page per
 * planned page, a record per cell, an SVG and a JSON per badge, the cards), checked against the
 * host's file limits, so a site that cannot fit stops now rather than after the whole render.
 */
export function checkPlannedSize(build: Build, archive: SiteArchive, plan: readonly PlannedPage[]): void {
  const host = build.options.host;
  if (host.maxFiles === null && host.maxEntries === null) return;
  // Alias badges are files only where aliases are not redirect rules.
  const badges = listBadges(archive, new Set()).filter((b) => b.sameAs === undefined || host.aliases === 'pages' || build.options.offline);
  const files = plan.length + archive.cells.length + 2 * badges.length + listCards(archive).length;
  const problems = hostProblems(host, { ...EMPTY_TALLY, files }, true);
  if (problems.length > 0) throw new BuildStopped(`build failed: ${hostRefusal(host, problems)}`);
}

/**
 * Step, before publishing: the whole site's files, folders and bytes as the host counts them
 * (following links, as upload tools do), reported per sweep, and checked against the host's
 * limits. A site that does not fit is not published.
 */
export function checkTheHost(build: Build, archive: SiteArchive, units: UnitChoice): SiteTally {
  const { log, work, options } = build;
  return log.phase('check the site against its host', () => {
    const sweepFolders = new Set(archive.sweeps.map((s) => sweepPath(s.id).slice(0, -1)));
    let total = tallyFiles(listServedFileSizes(work, (site) => sweepFolders.has(site)));
    for (const sweep of archive.sweeps) {
      const prefix = sweepPath(sweep.id).slice(0, -1);
      const part = tallyFiles(unitFileSizes(units.dirOf.get(sweep.id) as string).map(([rel, size]) => [`${prefix}/${rel}`, size]));
      // The sweep's own folder, and the ones tallyFiles counted above it (`/sweeps`), once.
      const own = { ...part, folders: part.folders - 1 };
      total = addTallies(total, own);
      const cells = archive.cells.filter((c) => c.sweep === sweep).length;
      log.note(`${sweep.id}: ${own.files.toLocaleString('en-US')} files, ${formatBytes(own.bytes)}${cells > 0 ? ` (${(own.files / cells).toFixed(1)} files and ${formatBytes(own.bytes / cells)} per cell)` : ''}`);
    }
    log.note(`whole site: ${total.files.toLocaleString('en-US')} files in ${total.folders.toLocaleString('en-US')} folders, ${total.bytes.toLocaleString('en-US')} bytes (${formatBytes(total.bytes)}), for ${options.host.title}`);
    const problems = hostProblems(options.host, total);
    if (problems.length > 0) throw new BuildStopped(`build failed: ${hostRefusal(options.host, problems)}`);
    return total;
  });
}
