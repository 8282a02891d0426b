import fs from 'node:fs';
import path from 'node:path';
import { createTurnTaker, type TakeTurn } from './event-loop-turns.ts';

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

/**
 * Mirrors the folder `source` into `target` (created as needed) file by file with `linkOrCopy`;
 * returns the number of files. Synchronous calls, one at a time, cost the least system time here
 * (many at once through the thread pool took twice the CPU); `turn` lets the event loop run now and then.
 */
export async function linkTree(source: string, target: string, turn: TakeTurn = createTurnTaker()): Promise<number> {
  fs.mkdirSync(target, { recursive: true });
  let files = 0;
  for (const entry of fs.readdirSync(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    if (entry.isDirectory()) files += await linkTree(from, to, turn);
    else if (entry.isFile()) {
      linkOrCopy(from, to);
      files++;
      await turn();
    }
  }
  return files;
}
