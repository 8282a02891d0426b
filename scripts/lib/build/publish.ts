import fs from 'node:fs';
import path from 'node:path';
import { publish, publishedSite } from '../output/out-store.ts';
import { pruneReadStore } from '../read-store.ts';
import { pruneBadgeCache, badgeDrawingVersion } from '../artifacts/badges.ts';
import { trash } from '../trash.ts';
import { manifestOf } from '../output/units.ts';
import type { Build } from './context.ts';
import { faultPoint } from './fault.ts';
import type { UnitChoice } from './units.ts';

/**
 * Step: the site is whole, so it becomes the published one: its folder moves among the store's
 * sites, and one rename of a new link over OUT_DIR publishes it. Until that rename OUT_DIR is the
 * previous site, whole; after it, this one.
 */
export function publishTheSite(build: Build): void {
  const site = path.join(build.store.sites, build.id);
  fs.mkdirSync(build.store.sites, { recursive: true });
  fs.renameSync(build.work, site);
  build.making.delete(build.work);
  build.making.add(site);
  faultPoint('publish-site-moved');
  publish(build.store, site, () => faultPoint('publish-link-made'));
  build.making.delete(site);
}

/**
 * Step: removes what the published site no longer uses (earlier sites, units of sweeps it does
 * not hold or holds under another key) and what no build of this code can use (reads and
 * badges of other versions), in the background.
 */
export function pruneStores(build: Build, units: UnitChoice): void {
  const { store, log, options } = build;
  const current = publishedSite(store);
  const oldSites = fs.existsSync(store.sites) ? fs.readdirSync(store.sites).map((n) => path.join(store.sites, n)).filter((p) => p !== current) : [];
  const inUse = new Set([...units.dirOf.values()].flatMap((d) => [d, manifestOf(d)]));
  const oldUnits = fs.existsSync(store.units) ? fs.readdirSync(store.units).map((n) => path.join(store.units, n)).filter((p) => !inUse.has(p)) : [];
  trash(store.root, [...oldSites, ...oldUnits]);
  const reads = pruneReadStore(options.cacheDir, build.code);
  const badgeVersions = pruneBadgeCache(options.cacheDir, badgeDrawingVersion(options.projectRoot));
  if (oldSites.length + oldUnits.length + reads + badgeVersions > 0) {
    log.note(`removing ${oldSites.length} earlier sites, ${oldUnits.length} unused sweep units, ${reads} reads and ${badgeVersions} badge drawings kept by other versions of the code`);
  }
}
