import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { displayPath } from '../../../src/ingest/paths.ts';
import { compareStrings } from '../../../src/util/compare-strings.ts';
import { manifestOf } from '../output/units.ts';
import { UploadError } from './bucket.ts';

/** A file to upload: its object key (relative to the bucket prefix, `/` separated) and its path under OUT_DIR. */
export interface SiteFile {
  key: string;
  file: string;
}

/** One sweep folder of the site, `sweeps/<id>/`. */
export interface LocalSweep {
  id: string;
  /** What its marker holds: the key of the unit it links to, or a digest of its files when it is a plain folder. */
  digest: string;
  files: SiteFile[];
}

/** Files found but never uploaded, by why (site paths). */
export interface LeftOut {
  /** `x.br` / `x.gz` beside `x`: an object store serves one body per key and negotiates no encoding. */
  sidecars: string[];
  /** `_headers` and `_redirects`: rules for Netlify and Cloudflare Pages that object stores never read. */
  hostFiles: string[];
  /** Names starting with `.`. */
  hidden: string[];
}

/** The built site, split the way it is uploaded. */
export interface SiteScan {
  sweeps: LocalSweep[];
  /** `_astro/`: content-hashed, so a name never changes its bytes. */
  assets: SiteFile[];
  /** Everything else: pages and files that follow the newest sweep. */
  archive: SiteFile[];
  left: LeftOut;
}

const HOST_FILES = new Set(['_headers', '_redirects']);

/**
 * Reads the site at `outDir` (OUT_DIR), following links as a web server would: OUT_DIR itself,
 * each `sweeps/<id>` (a link to its sealed unit) and the aliases are links. Throws an UploadError
 * when OUT_DIR is missing or holds no site.
 */
export function scanSite(outDir: string): SiteScan {
  if (!fs.existsSync(outDir) || !fs.statSync(outDir).isDirectory()) throw new UploadError(`upload: there is no site at ${displayPath(outDir)}; run npm run build first, or set OUT_DIR to the built site`);
  if (!fs.existsSync(path.join(outDir, 'index.html'))) throw new UploadError(`upload: ${displayPath(outDir)} has no index.html, so it is no built site; run npm run build first, or set OUT_DIR to the built site`);
  const left: LeftOut = { sidecars: [], hostFiles: [], hidden: [] };
  const sweeps: LocalSweep[] = [];
  const assets: SiteFile[] = [];
  const archive: SiteFile[] = [];
  const sweepsDir = path.join(outDir, 'sweeps');
  walk(outDir, '', left, new Set(), (f) => (f.key.startsWith('_astro/') ? assets : archive).push(f), (dir, key) => {
    if (dir !== sweepsDir) return false;
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name));
    const names = new Set(entries.map((e) => e.name));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.name.startsWith('.')) left.hidden.push(`/${key}${entry.name}`);
      else if (statOf(full).isDirectory()) sweeps.push(scanSweep(full, entry.name, left));
      else if (isSidecar(entry.name, names)) left.sidecars.push(`/${key}${entry.name}`);
      else archive.push({ key: `${key}${entry.name}`, file: full });
    }
    return true;
  });
  const byKey = (a: SiteFile, b: SiteFile): number => compareStrings(a.key, b.key);
  for (const list of Object.values(left)) list.sort(compareStrings);
  return { sweeps, assets: assets.sort(byKey), archive: archive.sort(byKey), left };
}

function scanSweep(dir: string, id: string, left: LeftOut): LocalSweep {
  const files: SiteFile[] = [];
  walk(dir, `sweeps/${id}/`, left, new Set(), (f) => files.push(f), () => false);
  files.sort((a, b) => compareStrings(a.key, b.key));
  return { id, digest: unitDigest(dir, files), files };
}

/**
 * The sweep's identity: the key in the manifest of the unit its folder links to (the build
 * seals every unit with one, see output/units.ts), else a digest of its files, so a folder
 * copied by hand still gets a stable marker.
 */
function unitDigest(dir: string, files: readonly SiteFile[]): string {
  try {
    const key = (JSON.parse(fs.readFileSync(manifestOf(fs.realpathSync(dir)), 'utf8')) as { key?: unknown }).key;
    if (typeof key === 'string' && /^[0-9a-f]+$/.test(key)) return `unit ${key}`;
  } catch {
    // A plain folder: no manifest beside it.
  }
  const hash = crypto.createHash('sha256');
  for (const f of files) hash.update(`${f.key}\0`).update(crypto.createHash('sha256').update(fs.readFileSync(f.file)).digest('hex')).update('\n');
  return `files ${hash.digest('hex').slice(0, 32)}`;
}

function statOf(full: string): fs.Stats {
  try {
    return fs.statSync(full);
  } catch {
    throw new UploadError(`upload: ${displayPath(full)} is a link to nothing; build the site again (npm run build)`);
  }
}

/**
 * Calls `onFile` for every file under `dir` (following links), leaving out what `LeftOut` names.
 * `claim(dir, key)` may take a folder over (true: do not descend). `ancestors` holds the real
 * paths above, so a link back up is reported instead of walked forever.
 */
function walk(dir: string, key: string, left: LeftOut, ancestors: ReadonlySet<string>, onFile: (f: SiteFile) => void, claim: (dir: string, key: string) => boolean): void {
  const real = fs.realpathSync(dir);
  if (ancestors.has(real)) throw new UploadError(`upload: ${displayPath(dir)} links back to a folder above it; build the site again (npm run build)`);
  if (claim(dir, key)) return;
  const inside = new Set([...ancestors, real]);
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  const names = new Set(entries.map((e) => e.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const site = `/${key}${entry.name}`;
    if (entry.name.startsWith('.')) left.hidden.push(site);
    else if (key === '' && HOST_FILES.has(entry.name)) left.hostFiles.push(site);
    else if (statOf(full).isDirectory()) walk(full, `${key}${entry.name}/`, left, inside, onFile, claim);
    else if (isSidecar(entry.name, names)) left.sidecars.push(site);
    else onFile({ key: `${key}${entry.name}`, file: full });
  }
}

/** `x.br` or `x.gz` with `x` beside it: a precompressed copy (a `.gz` download with no `x` is a file of its own). */
export function isSidecar(name: string, siblings: ReadonlySet<string>): boolean {
  const m = /^(.+)\.(br|gz)$/.exec(name);
  return m !== null && siblings.has(m[1] ?? '');
}
