import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { RenderProgressMessage } from '../../src/data/build-progress.ts';

/** How far the render processes have got, summed over shards. */
export interface RenderProgress {
  planned: number;
  rendered: number;
}

/**
 * Folder a shard renders into (Astro empties its output folder first). It must lie inside the
 * working folder: Astro keeps its server build inside the output folder only then, and otherwise
 * in one `.astro/` shared by every process, where they overwrite each other's modules.
 */
export function shardDir(index: number): string {
  return path.join(process.cwd(), '.cache', 'render', `${process.pid}-shard-${index}`);
}

/** Moves a file or folder; copies and removes it where the two lie on different file systems. */
function move(from: string, to: string): void {
  try {
    fs.renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    fs.cpSync(from, to, { recursive: true });
    fs.rmSync(from, { recursive: true, force: true });
  }
}

/**
 * Moves everything under `from` into `into` that is not there yet: whole folders where `into`
 * has none (a rename, so a shard's cell pages cost one call per folder), file by file where both
 * have one. Files already in `into` are left as they are: pages without `getStaticPaths` render
 * in every shard, identically, and `_astro/` bundles are the same in each.
 */
export function mergeInto(from: string, into: string): void {
  if (!fs.existsSync(into)) {
    fs.mkdirSync(path.dirname(into), { recursive: true });
    move(from, into);
    return;
  }
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(into, entry.name);
    if (entry.isDirectory()) mergeInto(source, target);
    else if (!fs.existsSync(target)) move(source, target);
  }
}

function runShard(script: string, index: number, count: number, outDir: string, env: NodeJS.ProcessEnv, onProgress: (m: RenderProgressMessage) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [], {
      env: { ...process.env, ...env, OUT_DIR: outDir, SWEEPSITE_RENDER_SHARD: `${index}/${count}`, SWEEPSITE_PROGRESS_IPC: '1' },
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('message', (m: RenderProgressMessage) => onProgress(m));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`render shard ${index + 1} of ${count} failed (${signal ?? `exit ${code}`}):\n${stderr.trim()}`));
    });
  });
}

/**
 * Renders the site's pages in `count` processes at once, each building every `count`-th page of
 * every route (Astro renders on one core, the machine has several), then merges their output
 * into `staging`. The merged output is the same whatever `count` is. `env` is added to theirs.
 */
export async function renderShards(staging: string, count: number, env: NodeJS.ProcessEnv, onProgress: (p: RenderProgress) => void = () => {}): Promise<void> {
  const script = path.resolve(import.meta.dirname, '../render-shard.ts');
  const planned = new Array<number>(count).fill(0);
  const rendered = new Array<number>(count).fill(0);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const dirs = Array.from({ length: count }, (_, i) => shardDir(i));
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  try {
    await Promise.all(
      dirs.map((dir, i) =>
        runShard(script, i, count, dir, env, (m) => {
          (m.kind === 'planned' ? planned : rendered)[i] = m.pages;
          onProgress({ planned: sum(planned), rendered: sum(rendered) });
        }),
      ),
    );
    for (const dir of dirs) mergeInto(dir, staging);
  } finally {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  }
}
