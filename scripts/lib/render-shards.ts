import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { emptyTrashLater, trash } from './trash.ts';
import { isAlive } from './process-alive.ts';
import type { PlannedPage } from '../../src/plan/page-plan.ts';
import type { RenderSlice } from './render/load-render-site.ts';
import { dealPages } from './render/deal-pages.ts';

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
  return path.join(RENDER_ROOT, `${process.pid}-shard-${index}`);
}

/** Where render processes work, under the working folder (see shardDir). */
const RENDER_ROOT = path.join(process.cwd(), '.cache', 'render');

/** Moves aside what render processes of builds that are gone (killed) left. */
function clearStoppedShards(): void {
  if (!fs.existsSync(RENDER_ROOT)) return;
  const left = fs.readdirSync(RENDER_ROOT).filter((name) => {
    const pid = Number(/^(\d+)-shard-/.exec(name)?.[1]);
    return Number.isInteger(pid) && pid !== process.pid && !isAlive(pid);
  });
  trash(RENDER_ROOT, left.map((name) => path.join(RENDER_ROOT, name)));
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

/** Sent to a render process once its slice of the plan is written: it may set up its pages. */
export interface SliceReadyMessage {
  kind: 'slice';
}

/** Sent by a render process as it renders: how many pages it has rendered so far. */
export interface RenderProgressMessage {
  kind: 'rendered';
  pages: number;
}

/** One running render process: its folder, its slice file, and the promise of its exit. */
interface Shard {
  dir: string;
  slice: string;
  child: ChildProcess;
  exited: Promise<void>;
}

/**
 * Memory settings of a render process, measured at 20,000 cells (peak RSS of each of two
 * processes 975 -> 707 MB, the build's 2.3 -> 1.8 GB, no change in CPU time):
 * - the bundler (rolldown, whose allocator is mimalloc) is done once pages render, and these
 *   options make it hand its freed memory back to the system instead of keeping it (-155 MB);
 * - a young generation of 8 MB semi-spaces, not V8's default, keeps the heap closer to its live
 *   size (about 180 MB) while pages render (-100 MB);
 * - the old generation grows by half its size at a time, not by V8's dynamic factor (up to 4x):
 *   each process peaked at about 600 MB, not 760 MB, for a render about 7% slower (2026-12-03;
 *   growing by a tenth saved another 100 MB each but made the render half as slow again).
 * Settings already in the environment win.
 */
const SHARD_ENV = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_PURGE_DECOMMITS: '1', MIMALLOC_ARENA_EAGER_COMMIT: '0' };
const SHARD_NODE_OPTIONS = ['--max-semi-space-size=8', '--heap-growing-percent=50'];

function forkShard(script: string, index: number, count: number, onRendered: (pages: number) => void): Shard {
  const dir = shardDir(index);
  const slice = `${dir}.slice.json`;
  // Each process keeps its own Astro cache: processes sharing one overwrite each other's content store.
  const child = fork(script, [dir, slice, `${dir}.astro-cache`], {
    env: { ...SHARD_ENV, ...process.env },
    execArgv: [...SHARD_NODE_OPTIONS, ...process.execArgv],
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  const exited = new Promise<void>((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('message', (m: RenderProgressMessage) => {
      if (m.kind === 'rendered') onRendered(m.pages);
    });
    child.on('error', reject);
    // 'close', not 'exit': it comes after the IPC channel has closed, so after the last message.
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(Object.assign(new Error(`render process ${index + 1} of ${count} failed (${signal ?? `exit ${code}`}):\n${stderr.trim()}`), { stderr }));
    });
  });
  exited.catch(() => {}); // awaited by finish(); a process that fails before then must not surface as unhandled
  return { dir, slice, child, exited };
}

/** What a build hands its render processes once it has read the archive and planned the site. */
export type RenderInput = Omit<RenderSlice, 'pages'> & {
  /** Pages to render, dealt out between the processes (see dealPages). */
  pages: readonly PlannedPage[];
};

/** Render processes started before the archive is read; see {@link startRenderShards}. */
export interface RenderShards {
  /** Writes each process its slice of `input` and lets them render. */
  start(input: RenderInput): void;
  /** Waits for every process to finish, then merges their output into `into`. */
  finish(into: string): Promise<void>;
  /** Stops every process and removes their folders: the build stopped. */
  abort(): Promise<void>;
}

/**
 * Starts `count` render processes, each building its share of the planned pages (Astro renders
 * on one core, the machine has several). They start at once, so bundling the site and loading
 * its modules (some 5 s) run while this process reads the archive; each waits for `start()`
 * before it sets up its pages. The merged output is the same whatever `count` is.
 */
export function startRenderShards(count: number, onProgress: (p: RenderProgress) => void = () => {}): RenderShards {
  const script = path.resolve(import.meta.dirname, '../render-shard.ts');
  let planned = 0;
  const rendered = new Array<number>(count).fill(0);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const removeFiles = (): void => {
    for (let i = 0; i < count; i++) {
      const dir = shardDir(i);
      for (const p of [dir, `${dir}.slice.json`, `${dir}.astro-cache`]) fs.rmSync(p, { recursive: true, force: true });
    }
  };
  removeFiles();
  clearStoppedShards();
  emptyTrashLater(RENDER_ROOT);
  const shards = Array.from({ length: count }, (_, i) =>
    forkShard(script, i, count, (pages) => {
      rendered[i] = pages;
      onProgress({ planned, rendered: sum(rendered) });
    }),
  );
  return {
    start(input) {
      const slices = dealPages(input.pages, count);
      planned = slices.reduce((n, pages) => n + pages.length, 0);
      onProgress({ planned, rendered: 0 });
      shards.forEach((shard, i) => {
        const slice: RenderSlice = { ...input, pages: slices[i] ?? [] };
        // The render processes may not have made the folder yet (they start while the archive is read).
        fs.mkdirSync(path.dirname(shard.slice), { recursive: true });
        fs.writeFileSync(shard.slice, JSON.stringify(slice));
        // A process that already failed has closed its channel; finish() reports why.
        if (shard.child.connected) shard.child.send({ kind: 'slice' } satisfies SliceReadyMessage);
      });
    },
    async finish(into) {
      try {
        await Promise.all(shards.map((s) => s.exited));
        for (const { dir } of shards) mergeInto(dir, into);
      } catch (e) {
        removeFiles();
        throw e;
      }
      // What the merge left (the server bundle, pages every process rendered, emptied folders) took
      // seconds to delete, on the build's critical path.
      trash(RENDER_ROOT, shards.flatMap(({ dir, slice }) => [dir, slice, `${dir}.astro-cache`]).filter((p) => fs.existsSync(p)));
    },
    async abort() {
      for (const { child } of shards) child.kill();
      await Promise.allSettled(shards.map((s) => s.exited));
      removeFiles();
    },
  };
}
