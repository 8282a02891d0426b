import fs from 'node:fs';
import { removeLater } from './remove-later.ts';

/**
 * Replaces `target` with the finished `staging` folder in two renames, so a failed build never
 * leaves a half-written site where a good one was.
 */
export function swapInto(staging: string, target: string): void {
  const hadTarget = fs.existsSync(target);
  // Deleting a large old site took a quarter of a 2,000-cell build: it moves aside for a detached
  // rm, and the new site takes its place.
  if (hadTarget) removeLater([target]);
  fs.renameSync(staging, target);
}
