import crypto from 'node:crypto';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SiteArchive } from '../../../src/data/archive.ts';
import { listCards, type CardSpec } from '../../../src/view/card-specs.ts';
import { linkOutput } from './write-file.ts';
import type { ContentStore } from '../content-store.ts';
import { sweepPath } from '../../../src/urls/routes.ts';
import { createTurnTaker } from '../event-loop-turns.ts';

/** Bump when the card layout or fonts change, so cached cards are rendered again. */
const CARD_LAYOUT_VERSION = 'card-v4';

/** Counts and time of one card pass. */
export interface CardReport {
  total: number;
  rendered: number;
  cached: number;
  seconds: number;
}

function cacheKey(spec: CardSpec): string {
  return crypto.createHash('sha256').update(CARD_LAYOUT_VERSION).update(JSON.stringify(spec.input)).digest('hex');
}

/**
 * Renders cards in worker threads, one per core, handing each PNG to `save` as it arrives (tens
 * of thousands of cards held until the end would take gigabytes).
 */
async function renderAll(specs: readonly CardSpec[], workers: number, save: (index: number, png: Buffer) => void, onProgress: (done: number, total: number) => void): Promise<void> {
  const pool = Array.from({ length: Math.max(1, Math.min(workers, specs.length)) }, () => new Worker(new URL('./card-worker.ts', import.meta.url)));
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = (): void => {
              if (next >= specs.length) return resolve();
              const id = next++;
              worker.postMessage({ id, input: specs[id]?.input });
            };
            worker.on('message', (msg: { id: number; png?: Uint8Array; error?: string }) => {
              if (msg.error !== undefined || msg.png === undefined) return reject(new Error(`social card ${specs[msg.id]?.path}: ${msg.error}`));
              // A full disk fails here, in an event handler: it must end this promise, not the process.
              try {
                save(msg.id, Buffer.from(msg.png.buffer, msg.png.byteOffset, msg.png.byteLength));
              } catch (e) {
                return reject(e);
              }
              onProgress(++done, specs.length);
              feed();
            });
            worker.on('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/**
 * Writes the social cards of `sweeps` (by id), reusing cards kept in `store` under a hash of
 * layout version and content, checked before use, so a rebuild renders only what changed.
 */
export async function writeCards(archive: SiteArchive, sweeps: ReadonlySet<string>, outDir: string, store: ContentStore, onProgress: (done: number, total: number) => void = () => {}): Promise<CardReport> {
  const t0 = performance.now();
  const owned = new Set(archive.sweeps.filter((s) => sweeps.has(s.id)).map((s) => sweepPath(s.id)));
  const specs = listCards(archive).filter((spec) => [...owned].some((base) => spec.path.startsWith(base)));
  const keys = specs.map(cacheKey);
  const kept = keys.map((key) => store.get(key, 'png'));
  const missing = specs.map((_, i) => i).filter((i) => kept[i] === null);
  const save = (j: number, png: Buffer): void => {
    const i = missing[j];
    if (i === undefined) throw new Error(`social card ${j}: the worker answered a job it was not given`);
    kept[i] = store.put(keys[i] as string, 'png', png);
  };
  await renderAll(missing.map((i) => specs[i] as CardSpec), os.availableParallelism(), save, onProgress);
  // Kept cards are named by content and never change, so the site links to them instead of copying.
  const turn = createTurnTaker();
  for (const [i, spec] of specs.entries()) {
    linkOutput(outDir, spec.path, kept[i] as string);
    await turn();
  }
  return { total: specs.length, rendered: missing.length, cached: specs.length - missing.length, seconds: (performance.now() - t0) / 1000 };
}
