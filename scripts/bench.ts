// npm run bench [-- --sizes 2000,20000] [--runs 3] [--large]: builds synthetic archives of several
// sizes with the full build and with a plain baseline writer, in the same run, and reports medians.
import fs from 'node:fs';
import path from 'node:path';
import { generateBenchSweep } from './lib/demo/sweep.ts';
import { writeSweep } from './lib/demo/write-sweep.ts';
import { measure, measureOutput, medianOf } from './lib/bench/measure.ts';

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i < 0 ? undefined : argv[i + 1];
};
const sizes = (flag('--sizes') ?? (argv.includes('--large') ? '2000,20000,50000' : '2000,20000')).split(',').map(Number);
const runs = Number(flag('--runs') ?? 3);
const root = path.resolve('bench-out');
const node = process.execPath;

interface SizeResult {
  cells: number;
  pages: number;
  baseline: { medianSeconds: number; peakRssMb: number; runs: number[] };
  build: { medianSeconds: number; peakRssMb: number; runs: number[]; coldSeconds: number; cardsPerSecondCold: number | null; badgesPerSecond: number | null; outputMb: number };
  ratio: number;
  pagesPerSecond: number;
}

function numberAfter(text: string, pattern: RegExp): number | null {
  const m = pattern.exec(text);
  return m?.[1] === undefined ? null : Number(m[1]);
}

function benchSize(cells: number): SizeResult {
  const archive = path.join(root, `archive-${cells}`);
  writeSweep(path.join(archive, `bench-${cells}`), generateBenchSweep({ sweepId: `bench-${cells}`, cells, seed: 7 }), { layout: 'files' });
  const cache = path.join(root, `cache-${cells}`);
  fs.rmSync(cache, { recursive: true, force: true });
  const out = path.join(root, `dist-${cells}`);
  // Full builds: the card cache stays warm, the per-sweep page cache is off (that is measured apart).
  const env = { SWEEPS_DIR: archive, OUT_DIR: out, SWEEPSITE_CACHE_DIR: cache, SWEEPSITE_NO_CACHE: '1', ASTRO_TELEMETRY_DISABLED: '1' };
  // The first build fills the card cache: its time is the cold cost of images.
  const cold = measure(node, ['scripts/build.ts'], env);
  const baseline: number[] = [];
  const build: number[] = [];
  let baseRss = 0;
  let buildRss = 0;
  let badgesPerSecond: number | null = null;
  // Baseline and build alternate so both see the same machine noise.
  for (let i = 0; i < runs; i++) {
    fs.rmSync(path.join(root, 'baseline-out'), { recursive: true, force: true });
    const b = measure(node, ['scripts/lib/bench/baseline-writer.ts', archive, path.join(root, 'baseline-out')], {});
    baseline.push(b.seconds);
    baseRss = Math.max(baseRss, b.peakRssMb);
    const f = measure(node, ['scripts/build.ts'], env);
    build.push(f.seconds);
    buildRss = Math.max(buildRss, f.peakRssMb);
    badgesPerSecond = numberAfter(f.stdout, /badges in [\d.]+ s \((\d+)\/s\)/);
    process.stdout.write(`  ${cells} cells run ${i + 1}/${runs}: baseline ${b.seconds.toFixed(1)} s, build ${f.seconds.toFixed(1)} s (${f.peakRssMb} MB)\n`);
  }
  const output = measureOutput(out);
  const pages = output.pages;
  const medianBuild = medianOf(build);
  return {
    cells,
    pages,
    baseline: { medianSeconds: medianOf(baseline), peakRssMb: baseRss, runs: baseline },
    build: { medianSeconds: medianBuild, peakRssMb: buildRss, runs: build, coldSeconds: cold.seconds, cardsPerSecondCold: numberAfter(cold.stdout, /\((\d+) rendered\/s\)/), badgesPerSecond, outputMb: output.megabytes },
    ratio: medianBuild / medianOf(baseline),
    pagesPerSecond: pages / medianBuild,
  };
}

/**
 * Adding a small sweep to an archive holding a large one: an incremental build (the large sweep
 * copied from the per-sweep cache) against a full build of both, card caches warm in both.
 */
function benchIncremental(large: number, small: number): { large: number; small: number; incrementalSeconds: number; fullSeconds: number; ratio: number } {
  const archive = path.join(root, `archive-inc-${large}-${small}`);
  fs.rmSync(archive, { recursive: true, force: true });
  fs.cpSync(path.join(root, `archive-${large}`), archive, { recursive: true });
  const cache = path.join(root, `cache-inc-${large}-${small}`);
  fs.rmSync(cache, { recursive: true, force: true });
  fs.cpSync(path.join(root, `cache-${large}`), cache, { recursive: true });
  const env = { SWEEPS_DIR: archive, OUT_DIR: path.join(root, 'dist-inc'), SWEEPSITE_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' };
  measure(node, ['scripts/build.ts'], env); // stores the large sweep in the page cache
  writeSweep(path.join(archive, `bench-new-${small}`), generateBenchSweep({ sweepId: `bench-new-${small}`, cells: small, seed: 11, startedAt: '2026-10-01T00:00:00Z' }), { layout: 'files' });
  measure(node, ['scripts/build.ts'], { ...env, SWEEPSITE_NO_CACHE: '1' }); // warms the new sweep's cards only
  fs.rmSync(path.join(cache, 'sweeps'), { recursive: true, force: true });
  fs.rmSync(path.join(archive, `bench-new-${small}`), { recursive: true, force: true });
  measure(node, ['scripts/build.ts'], env); // the large sweep alone, cached again
  writeSweep(path.join(archive, `bench-new-${small}`), generateBenchSweep({ sweepId: `bench-new-${small}`, cells: small, seed: 11, startedAt: '2026-10-01T00:00:00Z' }), { layout: 'files' });
  const incremental = measure(node, ['scripts/build.ts'], env);
  const full = measure(node, ['scripts/build.ts'], { ...env, SWEEPSITE_NO_CACHE: '1' });
  process.stdout.write(`  adding ${small} cells to ${large}: incremental ${incremental.seconds.toFixed(1)} s, full ${full.seconds.toFixed(1)} s\n`);
  return { large, small, incrementalSeconds: incremental.seconds, fullSeconds: full.seconds, ratio: incremental.seconds / full.seconds };
}

fs.mkdirSync(root, { recursive: true });
const results = sizes.map((n) => {
  process.stdout.write(`benchmarking ${n} cells (${runs} runs)\n`);
  return benchSize(n);
});
const largest = Math.max(...sizes);
const incremental = sizes.length > 1 && !argv.includes('--no-incremental') ? benchIncremental(largest, Math.min(...sizes)) : null;
const report = { machine: { cpus: (await import('node:os')).availableParallelism(), node: process.version }, runs, results, incremental };
fs.writeFileSync(path.join(root, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write('\ncells   pages  baseline s  build s  ratio  pages/s  peak RSS MB  cold s  cards/s  badges/s  output MB\n');
for (const r of results) {
  process.stdout.write(`${String(r.cells).padStart(6)} ${String(r.pages).padStart(6)} ${r.baseline.medianSeconds.toFixed(1).padStart(11)} ${r.build.medianSeconds.toFixed(1).padStart(8)} ${r.ratio.toFixed(2).padStart(6)} ${r.pagesPerSecond.toFixed(0).padStart(8)} ${String(r.build.peakRssMb).padStart(12)} ${r.build.coldSeconds.toFixed(1).padStart(7)} ${String(r.build.cardsPerSecondCold ?? '-').padStart(8)} ${String(r.build.badgesPerSecond ?? '-').padStart(9)} ${String(r.build.outputMb).padStart(10)}\n`);
}
if (incremental !== null) process.stdout.write(`\nadding ${incremental.small} cells to an archive of ${incremental.large}: incremental ${incremental.incrementalSeconds.toFixed(1)} s vs full ${incremental.fullSeconds.toFixed(1)} s (${(incremental.ratio * 100).toFixed(0)}%)\n`);
process.stdout.write(`results written to ${path.join(root, 'results.json')}\n`);
