/**
 * `npm run demo [-- --out DIR]`: rebuilds the demo archive. Copies the real seed sweep verbatim, then
 * generates and writes the two synthetic monthly sweeps. Only those three folders are replaced.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_SWEEPS, SEED_SWEEP_ID } from './lib/demo/demo-archive.ts';
import { generateSweep, writeSweep } from './lib/demo/sweep.ts';

const SEED_DIR = fileURLToPath(new URL(`../tests/fixtures/seed-sweep/${SEED_SWEEP_ID}/`, import.meta.url));

/** Size of a folder's files in bytes, and how many there are. */
function measure(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** Step 1: the seed sweep, byte for byte. */
function copySeedSweep(outDir: string): void {
  const target = path.join(outDir, SEED_SWEEP_ID);
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(SEED_DIR, target, { recursive: true });
  console.log(`copied  ${SEED_SWEEP_ID}: ${measure(target).files - 1} cell(s), verbatim`);
}

/** Step 2: each generated sweep, replacing its folder. */
function writeDemoSweeps(outDir: string): void {
  for (const options of DEMO_SWEEPS) {
    const generated = generateSweep(options);
    const dir = path.join(outDir, options.sweepId);
    writeSweep(dir, generated, { layout: 'files' });
    const { bytes } = measure(dir);
    console.log(
      `wrote   ${options.sweepId}: ${options.tuis.length} tuis × ${options.models.length} models × ${generated.manifest.tasks ? Object.keys(generated.manifest.tasks).length : 0} tasks, ` +
        `${generated.cells.length} cells, ${(bytes / 1e6).toFixed(1)} MB`,
    );
  }
}

/** Rebuilds the demo archive under `--out` (default `sweeps`). */
export function run(argv: string[]): void {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string', default: 'sweeps' } } });
  const outDir = path.resolve(values.out);
  fs.mkdirSync(outDir, { recursive: true });
  copySeedSweep(outDir);
  writeDemoSweeps(outDir);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run(process.argv.slice(2));
}
