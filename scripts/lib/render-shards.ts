import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { RenderProgressMessage } from '../../src/data/build-progress.ts';
import { removeLater } from './remove-later.ts';
import type { PageHead } from './postprocess/page-heads.ts';

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

/** Sent to a render process once the archive is read: the entries it adds to its environment. */
export interface ArchiveReadyMessage {
  kind: 'archive';
  env: Record<string, string>;
}

/** Sent by a render process when it has rendered its pages: the heads of the pages it rendered. */
export interface PageHeadsMessage {
  kind: 'heads';
  heads: PageHead[];
}

/** One running render process: its folder, the promise of its exit, and the heads of its pages. */
interface Shard {
  dir: string;
  child: ChildProcess;
  exited: Promise<void>;
  heads: PageHead[];
}

/**
 * Memory settings of a render process, measured at 20,000 cells (peak RSS of each of two
 * processes 975 -> 707 MB, the build's 2.3 -> 1.8 GB, no change in CPU time):
 * - the bundler (rolldown, whose allocator is mimalloc) is done once pages render, and these
 *   options make it hand its freed memory back to the system instead of keeping it (-155 MB);
 * - a young generation of 8 MB semi-spaces, not V8's default, keeps the heap closer to its live
 *   size (about 180 MB) while pages render (-100 MB).
 * Settings already in the environment win.
 */
const SHARD_ENV = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_PURGE_DECOMMITS: '1', MIMALLOC_ARENA_EAGER_COMMIT: '0' };
const SHARD_NODE_OPTIONS = ['--max-semi-space-size=8'];

function forkShard(script: string, index: number, count: number, dir: string, onProgress: (m: RenderProgressMessage) => void): Shard {
  const heads: PageHead[] = [];
  const child = fork(script, [], {
    env: { ...SHARD_ENV, ...process.env, OUT_DIR: dir, SWEEPSITE_RENDER_SHARD: `${index}/${count}`, SWEEPSITE_PROGRESS_IPC: '1' },
    execArgv: [...SHARD_NODE_OPTIONS, ...process.execArgv],
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  const exited = new Promise<void>((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('message', (m: RenderProgressMessage | PageHeadsMessage) => {
      if (m.kind === 'heads') for (const h of m.heads) heads.push(h);
      else onProgress(m);
    });
    child.on('error', reject);
    // 'close', not 'exit': it comes after the IPC channel has closed, so after the last message (the heads).
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`render shard ${index + 1} of ${count} failed (${signal ?? `exit ${code}`}):\n${stderr.trim()}`));
    });
  });
  exited.catch(() => {}); // awaited by finish(); a shard that fails before then must not surface as unhandled
  return { dir, child, exited, heads };
}

/** Render processes started before the archive is read; see {@link startRenderShards}. */
export interface RenderShards {
  /** Lets the processes render: adds `env` (the archive snapshot, the reused sweeps) to their environment. */
  start(env: Record<string, string>): void;
  /**
   * Waits for every process to finish, then merges their output into `staging`. Returns the heads of
   * the pages rendered, one per page (pages every shard renders come from the first).
   */
  finish(staging: string): Promise<PageHead[]>;
  /** Stops every process and removes their folders: the build stopped before rendering. */
  abort(): Promise<void>;
}

/**
 * Starts `count` render processes, each building every page of its share of every route (Astro
 * renders on one core, the machine has several). They start at once, so bundling the site and
 * loading its modules (some 5 s) run while this process reads the archive; each waits for
 * `start()` before it asks for the archive. The merged output is the same whatever `count` is.
 */
export function startRenderShards(count: number, onProgress: (p: RenderProgress) => void = () => {}): RenderShards {
  const script = path.resolve(import.meta.dirname, '../render-shard.ts');
  const planned = new Array<number>(count).fill(0);
  const rendered = new Array<number>(count).fill(0);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const dirs = Array.from({ length: count }, (_, i) => shardDir(i));
  const removeDirs = (): void => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  };
  removeDirs();
  const shards = dirs.map((dir, i) =>
    forkShard(script, i, count, dir, (m) => {
      (m.kind === 'planned' ? planned : rendered)[i] = m.pages;
      onProgress({ planned: sum(planned), rendered: sum(rendered) });
    }),
  );
  return {
    start(env) {
      const message: ArchiveReadyMessage = { kind: 'archive', env };
      // A shard that already failed has closed its channel; finish() reports why.
      for (const { child } of shards) if (child.connected) child.send(message);
    },
    async finish(staging) {
      try {
        await Promise.all(shards.map((s) => s.exited));
        for (const dir of dirs) mergeInto(dir, staging);
      } catch (e) {
        removeDirs();
        throw e;
      }
      // What the merge left (the server bundle, pages every shard rendered, emptied folders) took
      // seconds to delete, on the build's critical path.
      removeLater(dirs.filter((d) => fs.existsSync(d)));
      const byPage = new Map<string, PageHead>();
      for (const shard of shards) for (const head of shard.heads) if (!byPage.has(head.page)) byPage.set(head.page, head);
      return [...byPage.values()];
    },
    async abort() {
      for (const { child } of shards) child.kill();
      await Promise.allSettled(shards.map((s) => s.exited));
      removeDirs();
    },
  };
}
