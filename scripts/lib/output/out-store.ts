import fs from 'node:fs';
import path from 'node:path';
import { displayPath } from '../../../src/ingest/paths.ts';
import { isAlive } from '../process-alive.ts';
import { trash } from '../trash.ts';

/**
 * Where a build keeps the sites it makes, beside OUT_DIR (`dist` → `dist.sweepsite/`):
 *
 * - `sites/<id>/`: whole sites; OUT_DIR is a symbolic link to the published one;
 * - `units/<name>/`: each sweep's own output, sealed with a digest, linked into every site
 *   that holds the sweep (see units.ts);
 * - `work/<id>/`: the site a running build is making;
 * - `lock`: the process id of the build writing here.
 *
 * Publishing a site is one `rename(2)` of a new link over OUT_DIR, so at every instant OUT_DIR
 * is the whole previous site or the whole new one.
 */
export interface OutputStore {
  /** The published path, a link to the current site. */
  outDir: string;
  root: string;
  sites: string;
  units: string;
  work: string;
  lock: string;
}

/** The store of the output folder `outDir`. */
export function outputStore(outDir: string): OutputStore {
  const root = `${outDir}.sweepsite`;
  return { outDir, root, sites: path.join(root, 'sites'), units: path.join(root, 'units'), work: path.join(root, 'work'), lock: path.join(root, 'lock') };
}

/** Why a build may not write here: another build is writing. */
export class OutputBusy extends Error {}

/**
 * Takes the store for this process: no other build may write the same OUT_DIR at once. A lock
 * whose process is gone (killed) is taken over. Returns the release.
 */
export function lockOutput(store: OutputStore): () => void {
  fs.mkdirSync(store.root, { recursive: true });
  for (;;) {
    try {
      fs.writeFileSync(store.lock, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(fs.readFileSync(store.lock, 'utf8').trim());
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new OutputBusy(`another build (process ${holder}) is writing ${displayPath(store.outDir)}; wait for it to finish, or stop it`);
      }
      fs.rmSync(store.lock, { force: true });
    }
  }
  return () => fs.rmSync(store.lock, { force: true });
}

/** The site OUT_DIR publishes now: its folder, or null when OUT_DIR is missing or is not one of this store's links. */
export function publishedSite(store: OutputStore): string | null {
  let target: string;
  try {
    target = fs.readlinkSync(store.outDir);
  } catch {
    return null;
  }
  const site = path.resolve(path.dirname(store.outDir), target);
  return path.dirname(site) === store.sites && fs.existsSync(site) ? site : null;
}

/**
 * Removes what stopped builds left: sites OUT_DIR does not publish and half-made sites. Called
 * with the lock held, so nothing else is writing them.
 */
export function clearLeftovers(store: OutputStore): string[] {
  const published = publishedSite(store);
  const left: string[] = [];
  // A link a killed build made beside OUT_DIR and never renamed over it.
  const parent = path.dirname(store.outDir);
  const linkPrefix = `${path.basename(store.outDir)}.link-`;
  if (fs.existsSync(parent)) {
    for (const name of fs.readdirSync(parent)) {
      const pid = Number(name.startsWith(linkPrefix) ? name.slice(linkPrefix.length) : Number.NaN);
      if (Number.isInteger(pid) && !isAlive(pid)) fs.rmSync(path.join(parent, name), { force: true });
    }
  }
  for (const dir of [store.sites, store.work]) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      const full = path.join(dir, name);
      if (full !== published) left.push(full);
    }
  }
  trash(store.root, left);
  return left;
}

/**
 * Publishes `site` (a folder under `store.sites`) at OUT_DIR: a new link is made beside OUT_DIR
 * and renamed over it, which replaces the old link in one step. An OUT_DIR that is a real folder
 * (made by hand, or by an older sweepsite) is moved into the store first, so it is never lost;
 * between that move and the rename OUT_DIR is missing, once.
 */
export function publish(store: OutputStore, site: string, beforeSwitch: () => void = () => {}): void {
  const link = `${store.outDir}.link-${process.pid}`;
  fs.rmSync(link, { force: true });
  fs.symlinkSync(path.relative(path.dirname(store.outDir), site), link);
  const existing = lstatOrNull(store.outDir);
  if (existing !== null && !existing.isSymbolicLink()) {
    fs.mkdirSync(store.sites, { recursive: true });
    fs.renameSync(store.outDir, path.join(store.sites, `previous-${Date.now()}`));
  }
  beforeSwitch();
  fs.renameSync(link, store.outDir);
}

function lstatOrNull(p: string): fs.Stats | null {
  try {
    return fs.lstatSync(p);
  } catch {
    return null;
  }
}
