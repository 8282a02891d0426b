import { spawn } from 'node:child_process';
import fs from 'node:fs';

/**
 * Replaces `target` with the finished `staging` folder in two renames, so a failed build never
 * leaves a half-written site where a good one was.
 */
export function swapInto(staging: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  const hadTarget = fs.existsSync(target);
  if (hadTarget) fs.renameSync(target, old);
  fs.renameSync(staging, target);
  // Deleting a large old site took a quarter of a 2,000-cell build; the new site is already in place, so a detached rm finishes the job.
  if (hadTarget) spawn('rm', ['-rf', old], { detached: true, stdio: 'ignore' }).unref();
}
