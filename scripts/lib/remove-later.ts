import { spawn } from 'node:child_process';
import fs from 'node:fs';

const queued: string[] = [];

/**
 * Removes large folders without waiting for them: renames each out of the way to
 * `<dir>.old-<pid>` at once (so nothing finds it by its name any more), then leaves the delete
 * to one detached `rm`, started as this process exits: deleting a site or a cached sweep takes
 * seconds, and a delete running beside the build's last steps slowed them as much.
 */
export function removeLater(dirs: readonly string[]): void {
  for (const dir of dirs) {
    const aside = `${dir}.old-${process.pid}`;
    fs.renameSync(dir, aside);
    if (queued.length === 0) process.once('exit', removeQueued);
    queued.push(aside);
  }
}

function removeQueued(): void {
  spawn('rm', ['-rf', '--', ...queued.splice(0)], { detached: true, stdio: 'ignore' }).unref();
}
