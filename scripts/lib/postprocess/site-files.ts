import fs from 'node:fs';
import path from 'node:path';
import { compareStrings } from '../../../src/util/compare-strings.ts';

/**
 * Every file under `outDir` as a site path (`/sweeps/a/index.html`), sorted by code unit so that
 * every step that walks the tree does it in the same order on every machine. Of the folders in
 * `shallow` (site paths such as `/sweeps/a`), only the files at their top are listed. The folders
 * in `elsewhere` (site path to folder on disk) are part of the site but not yet under `outDir`.
 */
export function listSiteFiles(outDir: string, shallow: ReadonlySet<string> = new Set(), elsewhere: ReadonlyMap<string, string> = new Map()): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    const deep = !shallow.has(prefix);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const site = `${prefix}/${entry.name}`;
      if (entry.isDirectory()) {
        if (deep) walk(path.join(dir, entry.name), site);
      } else if (entry.isFile()) out.push(site);
    }
  };
  walk(outDir, '');
  for (const [prefix, dir] of elsewhere) walk(dir, prefix);
  return out.sort(compareStrings);
}

/**
 * Every file the site serves, as site paths with their sizes, sorted: like {@link listSiteFiles},
 * but following links to folders and files, as a web server and the hosts' upload tools do (a
 * sweep's folder and the aliases are links). Site paths `skip` says are left out, with what lies
 * under them.
 */
export function listServedFileSizes(outDir: string, skip: (sitePath: string) => boolean = () => false): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const site = `${prefix}/${entry.name}`;
      if (skip(site)) continue;
      const full = path.join(dir, entry.name);
      const stat = entry.isSymbolicLink() || entry.isFile() ? fs.statSync(full) : entry;
      if (stat.isDirectory()) walk(full, site);
      else if (stat.isFile()) out.push([site, (stat as fs.Stats).size]);
    }
  };
  walk(outDir, '');
  return out.sort((x, y) => compareStrings(x[0], y[0]));
}

/** Every file the site serves, as site paths, sorted (see {@link listServedFileSizes}). */
export function listServedFiles(outDir: string): string[] {
  return listServedFileSizes(outDir).map(([site]) => site);
}

/** The file on disk behind a site path. */
export function fileOf(outDir: string, sitePath: string): string {
  return path.join(outDir, ...sitePath.split('/').filter((s) => s !== ''));
}

/** The page address of an `index.html` (`/a/b/index.html` -> `/a/b/`), or null for other files. */
export function pageAddressOf(sitePath: string): string | null {
  return sitePath.endsWith('/index.html') ? sitePath.slice(0, -'index.html'.length) : null;
}

/**
 * The start of a page, `bytes` long, when `isEnough` says it holds what the caller needs (the head,
 * the opening of `<main>`); otherwise, or for a shorter page, the whole page. Reading tens of
 * thousands of 40 KB pages whole only to look at their heads was most of the cost.
 */
export function readPageStart(file: string, bytes: number, isEnough: (start: string) => boolean): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    const start = buf.toString('utf8', 0, n);
    return n < buf.length || isEnough(start) ? start : fs.readFileSync(file, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
}
