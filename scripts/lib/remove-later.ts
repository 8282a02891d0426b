import { spawn } from 'node:child_process';
import fs from 'node:fs';

/**
 * Removes large folders without waiting for them: renames each out of the way to
 * `<dir>.old-<pid>` at once (so nothing finds it by its name any more), then leaves the delete
 * to one detached `rm`, since deleting a site or a cached sweep takes seconds.
 */
export function removeLater(dirs: readonly string[]): void {
  if (dirs.length === 0) return;
  const old = dirs.map((dir) => {
    const aside = `${dir}.old-${process.pid}`;
    fs.renameSync(dir, aside);
    return aside;
  });
  spawn('rm', ['-rf', '--', ...old], { detached: true, stdio: 'ignore' }).unref();
}
