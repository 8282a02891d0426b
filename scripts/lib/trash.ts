import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const queued = new Set<string>();

/**
 * Removes large folders without waiting for them: moves each into `<root>/trash/` at once (one
 * rename, so nothing finds it by its name any more), and empties the trash with one detached
 * `rm` as this process exits. Deleting a site takes seconds, and a delete running beside the
 * build's last steps slowed them as much. A trash a killed build could not empty is emptied by
 * the next one, so nothing is left behind for good.
 */
export function trash(root: string, paths: readonly string[]): void {
  const bin = path.join(root, 'trash');
  fs.mkdirSync(bin, { recursive: true });
  for (const p of paths) fs.renameSync(p, path.join(bin, `${Date.now()}-${process.pid}-${path.basename(p)}`));
  if (queued.size === 0) process.once('exit', emptyQueued);
  queued.add(bin);
}

/** Empties `<root>/trash/` of what earlier builds left, when this process exits. */
export function emptyTrashLater(root: string): void {
  if (!fs.existsSync(path.join(root, 'trash'))) return;
  if (queued.size === 0) process.once('exit', emptyQueued);
  queued.add(path.join(root, 'trash'));
}

function emptyQueued(): void {
  const bins = [...queued].filter((bin) => fs.existsSync(bin));
  queued.clear();
  const entries = bins.flatMap((bin) => fs.readdirSync(bin).map((name) => path.join(bin, name)));
  if (entries.length > 0) spawn('rm', ['-rf', '--', ...entries], { detached: true, stdio: 'ignore' }).unref();
}
