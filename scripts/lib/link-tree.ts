import fs from 'node:fs';
import path from 'node:path';

/**
 * Puts `source` at `target` as a hard link, which costs no copy of the bytes; copies where the
 * file system refuses links (another device, no link support). Safe only for files nobody
 * rewrites in place: the build cache and the site share them.
 */
export function linkOrCopy(source: string, target: string): void {
  try {
    fs.linkSync(source, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      fs.rmSync(target);
      linkOrCopy(source, target);
    } else if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP' || code === 'EMLINK') fs.copyFileSync(source, target);
    else throw e;
  }
}

/** Mirrors the folder `source` into `target` (created as needed) file by file with `linkOrCopy`; returns the number of files. */
export function linkTree(source: string, target: string): number {
  fs.mkdirSync(target, { recursive: true });
  let files = 0;
  for (const entry of fs.readdirSync(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    if (entry.isDirectory()) files += linkTree(from, to);
    else if (entry.isFile()) {
      linkOrCopy(from, to);
      files++;
    }
  }
  return files;
}
