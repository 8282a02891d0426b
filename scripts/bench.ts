// npm run bench [-- --sizes 2000,20000] [--runs 3] [--large] [--no-incremental] [--keep-cards] [--render-processes N]:
// builds synthetic archives of several sizes with the full build and with a plain baseline writer,
// in the same run, and reports medians. --large adds 50,000 cells; --keep-cards keeps the cards
// rendered by an earlier run (then the cold cost of cards is not measured); --render-processes sets
// SWEEPSITE_RENDER_PROCESSES for every build (default: the build's own, one per core); --results FILE
// says where the JSON goes (default bench-out/results.json); --incremental-only skips the sizes and
// measures adding the smallest size to the largest up to 20,000.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateBenchSweep } from './lib/demo/sweep.ts';
import { writeSweep } from './lib/demo/write-sweep.ts';
import { measure, measureOutput, medianOf, type Measurement } from './lib/bench/measure.ts';
import { codeVersion } from './lib/output/unit-keys.ts';
import { forgetSweepRead } from './lib/read-store.ts';

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i < 0 ? undefined : argv[i + 1];
};
const sizes = (flag('--sizes') ?? '2000,20000').split(',').map(Number);
if (argv.includes('--large') && !sizes.includes(50_000)) sizes.push(50_000);
const runs = Number(flag('--runs') ?? 3);
const root = path.resolve('bench-out');
const node = process.execPath;
// Cards are rendered once per layout and content and kept; every size shares the one cache.
const cardCache = path.join(root, 'cache');
const renderProcesses = flag('--render-processes');
const buildEnv: Record<string, string> = { ASTRO_TELEMETRY_DISABLED: '1', ...(renderProcesses === undefined ? {} : { SWEEPSITE_RENDER_PROCESSES: renderProcesses }) };

interface SizeResult {
  cells: number;
  pages: number;
  baseline: { medianSeconds: number; peakRssMb: number; runs: number[] };
  build: { medianSeconds: number; peakRssMb: number; runs: number[]; phases: Record<string, number>; searchIndexSeconds: number | null; coldSeconds: number | null; cardsPerSecondCold: number | null; badgesPerSecond: number | null; badgesDrawnPerSecondCold: number | null; outputMb: number };
  ratio: number;
  pagesPerSecond: number;
  secondsPer1000Cells: number;
}

function numberAfter(text: string, pattern: RegExp): number | null {
  const m = pattern.exec(text);
  return m?.[1] === undefined ? null : Number(m[1]);
}

/** Phase times from the build's summary line: `(read and validate 1.2 s, render pages 20.1 s, …)`. */
function phasesOf(stdout: string): Record<string, number> {
  const summary = /\] built .* in [\d.]+ s \((.*)\)\s*$/m.exec(stdout)?.[1] ?? '';
  return Object.fromEntries([...summary.matchAll(/([a-z][a-z -]+) ([\d.]+) s/g)].map((m) => [m[1] ?? '', Number(m[2])]));
}

function cellCount(archive: string): number {
  const ids = fs.readdirSync(archive);
  return ids.reduce((n, id) => n + fs.readdirSync(path.join(archive, id, 'cells'), { recursive: true }).filter((f) => String(f).endsWith('.json')).length, 0);
}

/**
 * Removes a build's output and any old copy a previous build left for its detached rm, untimed:
 * that background delete would otherwise run during the next measurement.
 */
function clearOutput(out: string): void {
  const dir = path.dirname(out);
  for (const name of fs.readdirSync(dir)) if (name === path.basename(out) || name.startsWith(`${path.basename(out)}.old-`)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
}

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function benchSize(cells: number): Promise<SizeResult> {
  const archive = path.join(root, `archive-${cells}`);
  if (!fs.existsSync(archive)) writeSweep(path.join(archive, `bench-${cells}`), generateBenchSweep({ sweepId: `bench-${cells}`, cells, seed: 7 }), { layout: 'files' });
  const out = path.join(root, `dist-${cells}`);
  // Full builds: the card cache stays warm, the per-sweep page cache is off (that is measured apart).
  const env = { ...buildEnv, SWEEPS_DIR: archive, OUT_DIR: out, SWEEPSITE_CACHE_DIR: cardCache, SWEEPSITE_NO_CACHE: '1' };
  // The first build renders the cards this size has not rendered before: its time is the cold cost of images.
  const cold = await measure(node, ['scripts/build.ts'], env);
  const cardsRendered = numberAfter(cold.stdout, /social cards: (\d+) rendered/) ?? 0;
  const badgesDrawn = numberAfter(cold.stdout, /badges: (\d+) drawn/) ?? 0;
  log(`  ${cells} cells, first build: ${cold.seconds.toFixed(1)} s, ${cardsRendered} cards rendered, ${badgesDrawn} badges drawn`);
  const baseline: Measurement[] = [];
  const build: Measurement[] = [];
  // Baseline and build alternate so both see the same machine noise.
  for (let i = 0; i < runs; i++) {
    fs.rmSync(path.join(root, 'baseline-out'), { recursive: true, force: true });
    clearOutput(out);
    const b = await measure(node, ['scripts/lib/bench/baseline-writer.ts', archive, path.join(root, 'baseline-out')], {});
    baseline.push(b);
    const f = await measure(node, ['scripts/build.ts'], env);
    build.push(f);
    log(`  ${cells} cells run ${i + 1}/${runs}: baseline ${b.seconds.toFixed(1)} s, build ${f.seconds.toFixed(1)} s (${f.peakRssMb} MB)`);
  }
  const output = measureOutput(out);
  const seconds = build.map((m) => m.seconds);
  const medianBuild = medianOf(seconds);
  const median = build.find((m) => m.seconds === medianBuild) ?? build[0];
  const last = build[build.length - 1];
  return {
    cells: cellCount(archive),
    pages: output.pages,
    baseline: { medianSeconds: medianOf(baseline.map((m) => m.seconds)), peakRssMb: Math.max(...baseline.map((m) => m.peakRssMb)), runs: baseline.map((m) => m.seconds) },
    build: {
      medianSeconds: medianBuild,
      peakRssMb: Math.max(...build.map((m) => m.peakRssMb)),
      runs: seconds,
      phases: phasesOf(median?.stdout ?? ''),
      // Search indexing overlaps other phases; its own line gives its whole time.
      searchIndexSeconds: numberAfter(median?.stdout ?? '', /search indexes of .* in ([\d.]+) s/),
      // Only a first build that rendered most of its cards says what cold cards cost.
      coldSeconds: cardsRendered > 0 ? cold.seconds : null,
      cardsPerSecondCold: cardsRendered > 0 ? numberAfter(cold.stdout, /\((\d+) rendered\/s\)/) : null,
      badgesPerSecond: numberAfter(last?.stdout ?? '', /badges: .* in [\d.]+ s \((\d+)\/s/),
      // Badges are cached as cards are: only a first build that drew them says what drawing costs.
      badgesDrawnPerSecondCold: badgesDrawn > 0 ? numberAfter(cold.stdout, /badges: .* (\d+) drawn\/s\)/) : null,
      outputMb: output.megabytes,
    },
    ratio: medianBuild / medianOf(baseline.map((m) => m.seconds)),
    pagesPerSecond: output.pages / medianBuild,
    secondsPer1000Cells: (1000 * medianBuild) / Math.max(1, cellCount(archive)),
  };
}

/** Adding a sweep, measured: `incremental*` into an empty output folder (as on CI), `inPlace*` into the previous site's (as on a maintainer's machine). */
interface IncrementalResult {
  large: number;
  small: number;
  /** Building the small sweep alone, into its own folder, from scratch. */
  aloneSeconds: number;
  aloneRuns: number[];
  /** Adding it to the archive holding the large sweep, into the previous site. */
  addingSeconds: number;
  addingRuns: number[];
  /** addingSeconds / aloneSeconds. */
  ratio: number;
  peakRssMb: number;
}

/** Forgets what earlier builds kept of a sweep folder: its read and its unit, so a build makes it anew. */
function forgetSweep(cacheDir: string, outDir: string, sweepDir: string): void {
  forgetSweepRead(cacheDir, codeVersion(process.cwd(), ''), sweepDir);
  const units = `${outDir}.sweepsite/units`;
  if (!fs.existsSync(units)) return;
  for (const name of fs.readdirSync(units)) if (name.startsWith(`${path.basename(sweepDir)}-`)) fs.rmSync(path.join(units, name), { recursive: true, force: true });
}

/**
 * Adding a small sweep to an archive holding a large one, into the previous site (the large
 * sweep's unit reused, the new one made), against building the small sweep alone; cards warm in
 * all. The new sweep is new to every timed build: its read and its unit are forgotten first.
 */
async function benchIncremental(large: number, small: number): Promise<IncrementalResult> {
  const archive = path.join(root, `archive-inc-${large}-${small}`);
  fs.rmSync(archive, { recursive: true, force: true });
  // A copy, not a link: the archive reader refuses links that lead out of the archive.
  const source = path.join(root, `archive-${large}`);
  if (!fs.existsSync(source)) writeSweep(path.join(source, `bench-${large}`), generateBenchSweep({ sweepId: `bench-${large}`, cells: large, seed: 7 }), { layout: 'files' });
  fs.cpSync(source, archive, { recursive: true });
  const outDir = path.join(root, 'dist-inc');
  const env = { ...buildEnv, SWEEPS_DIR: archive, OUT_DIR: outDir, SWEEPSITE_CACHE_DIR: cardCache };
  const newId = `bench-new-${small}`;
  const alone = path.join(root, `archive-alone-${small}`);
  fs.rmSync(alone, { recursive: true, force: true });
  writeSweep(path.join(alone, newId), generateBenchSweep({ sweepId: newId, cells: small, seed: 11, startedAt: '2026-10-01T00:00:00Z' }), { layout: 'files' });
  const aloneEnv = { ...buildEnv, SWEEPS_DIR: alone, OUT_DIR: path.join(root, 'dist-alone'), SWEEPSITE_CACHE_DIR: cardCache };
  await measure(node, ['scripts/build.ts'], aloneEnv); // renders the new sweep's cards once
  await measure(node, ['scripts/build.ts'], env); // the site before the sweep is added: the large sweep's unit
  const added = path.join(archive, newId);
  const adding: Measurement[] = [];
  const aloneRuns: Measurement[] = [];
  for (let i = 0; i < runs; i++) {
    fs.rmSync(added, { recursive: true, force: true });
    fs.cpSync(path.join(alone, newId), added, { recursive: true });
    forgetSweep(cardCache, outDir, added);
    const inc = await measure(node, ['scripts/build.ts'], env);
    if (!/reusing 1 unchanged sweep/.test(inc.stdout)) throw new Error('bench: adding a sweep did not reuse the large sweep');
    adding.push(inc);
    fs.rmSync(added, { recursive: true, force: true });
    await measure(node, ['scripts/build.ts'], env); // back to the site before the sweep was added, untimed
    forgetSweep(cardCache, aloneEnv.OUT_DIR, path.join(alone, newId));
    const a = await measure(node, ['scripts/build.ts'], aloneEnv);
    aloneRuns.push(a);
    log(`  adding ${small} cells to ${large}, run ${i + 1}/${runs}: ${inc.seconds.toFixed(1)} s; that sweep alone ${a.seconds.toFixed(1)} s`);
  }
  const seconds = (ms: Measurement[]): number[] => ms.map((m) => m.seconds);
  const addingSeconds = medianOf(seconds(adding));
  const aloneSeconds = medianOf(seconds(aloneRuns));
  return {
    large,
    small,
    aloneSeconds,
    aloneRuns: seconds(aloneRuns),
    addingSeconds,
    addingRuns: seconds(adding),
    ratio: addingSeconds / aloneSeconds,
    peakRssMb: Math.max(...adding.map((m) => m.peakRssMb)),
  };
}

fs.mkdirSync(root, { recursive: true });
if (!argv.includes('--keep-cards')) fs.rmSync(cardCache, { recursive: true, force: true });
const results: SizeResult[] = [];
// --incremental-only measures just adding a sweep (sizes give the large and small sweep).
for (const n of argv.includes('--incremental-only') ? [] : sizes) {
  log(`benchmarking ${n} cells (${runs} runs)`);
  results.push(await benchSize(n));
}
const largest = Math.max(...sizes.filter((s) => s <= 20_000));
const smallest = Math.min(...sizes);
const incremental = sizes.length > 1 && !argv.includes('--no-incremental') ? await benchIncremental(largest, smallest) : null;
const report = { date: new Date().toISOString(), machine: { cpus: os.availableParallelism(), memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version }, renderProcesses: renderProcesses ?? `default (${os.availableParallelism()})`, runs, results, incremental };
const resultsFile = path.resolve(flag('--results') ?? path.join(root, 'results.json'));
fs.writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
log('\n cells   pages  baseline s  build s  ratio  pages/s  s/1k cells  peak RSS MB  cards/s cold  badges/s cold  badges/s  output MB');
for (const r of results) {
  log(`${String(r.cells).padStart(6)} ${String(r.pages).padStart(7)} ${r.baseline.medianSeconds.toFixed(1).padStart(11)} ${r.build.medianSeconds.toFixed(1).padStart(8)} ${r.ratio.toFixed(2).padStart(6)} ${r.pagesPerSecond.toFixed(0).padStart(8)} ${r.secondsPer1000Cells.toFixed(2).padStart(11)} ${String(r.build.peakRssMb).padStart(12)} ${String(r.build.cardsPerSecondCold ?? '-').padStart(13)} ${String(r.build.badgesDrawnPerSecondCold ?? '-').padStart(14)} ${String(r.build.badgesPerSecond ?? '-').padStart(9)} ${String(r.build.outputMb).padStart(10)}`);
}
if (incremental !== null) {
  const pct = (r: number): string => `${(r * 100).toFixed(0)}%`;
  log(`\nadding ${incremental.small} cells to an archive of ${incremental.large}: ${incremental.addingSeconds.toFixed(1)} s, against ${incremental.aloneSeconds.toFixed(1)} s for that sweep alone (${pct(incremental.ratio)})`);
}
log(`results written to ${resultsFile}`);
