import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SiteArchive } from '../../../src/data/archive.ts';
import { listCards, type CardSpec } from '../../../src/data/card-specs.ts';
import { writeOutput } from './write-file.ts';

/** Bump when the card layout or fonts change, so cached cards are rendered again. */
const CARD_LAYOUT_VERSION = 'card-v3';

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

/** Renders cards in worker threads, one per core, in input order of completion-independent output. */
async function renderAll(specs: readonly CardSpec[], workers: number): Promise<Buffer[]> {
  const results: Buffer[] = new Array<Buffer>(specs.length);
  const pool = Array.from({ length: Math.max(1, Math.min(workers, specs.length)) }, () => new Worker(new URL('./card-worker.ts', import.meta.url)));
  let next = 0;
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
              results[msg.id] = Buffer.from(msg.png);
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
  return results;
}

/**
 * Writes every social card, reusing cards cached by a hash of layout version and content in
 * `cacheDir`, so a rebuild renders only what changed.
 */
export async function writeCards(archive: SiteArchive, outDir: string, cacheDir: string): Promise<CardReport> {
  const t0 = performance.now();
  const specs = listCards(archive);
  fs.mkdirSync(cacheDir, { recursive: true });
  const keys = specs.map(cacheKey);
  const missing = specs.map((_, i) => i).filter((i) => !fs.existsSync(path.join(cacheDir, `${keys[i]}.png`)));
  const rendered = await renderAll(missing.map((i) => specs[i] as CardSpec), os.availableParallelism());
  missing.forEach((i, j) => {
    const png = rendered[j];
    if (png !== undefined) fs.writeFileSync(path.join(cacheDir, `${keys[i]}.png`), png);
  });
  specs.forEach((spec, i) => writeOutput(outDir, spec.path, fs.readFileSync(path.join(cacheDir, `${keys[i]}.png`))));
  return { total: specs.length, rendered: missing.length, cached: specs.length - missing.length, seconds: (performance.now() - t0) / 1000 };
}
