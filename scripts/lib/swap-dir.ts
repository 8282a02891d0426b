import fs from 'node:fs';
import path from 'node:path';
import { removeLater } from './remove-later.ts';

/**
 * Replaces `target` with the finished `staging` folder in two renames, so a failed build never
 * leaves a half-written site where a good one was. The folders `kept` (paths relative to both)
 * move from the old site into the new one first, one rename each, untouched.
 */
export function swapInto(staging: string, target: string, kept: readonly string[] = []): void {
  const moved: string[] = [];
  try {
    for (const rel of kept) {
      const into = path.join(staging, rel);
      fs.mkdirSync(path.dirname(into), { recursive: true });
      fs.renameSync(path.join(target, rel), into);
      moved.push(rel);
    }
  } catch (e) {
    // The old site stays whole: what already moved goes back.
    for (const rel of moved) fs.renameSync(path.join(staging, rel), path.join(target, rel));
    throw e;
  }
  const hadTarget = fs.existsSync(target);
  // Deleting a large old site took a quarter of a 2,000-cell build: it moves aside for a detached
  // rm, and the new site takes its place.
  if (hadTarget) removeLater([target]);
  fs.renameSync(staging, target);
}
