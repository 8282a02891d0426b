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
  if (hadTarget) fs.rmSync(old, { recursive: true, force: true });
}
