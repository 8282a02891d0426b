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
  const env = { SWEEPS_DIR: archive, OUT_DIR: out, SWEEPSITE_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' };
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

fs.mkdirSync(root, { recursive: true });
const results = sizes.map((n) => {
  process.stdout.write(`benchmarking ${n} cells (${runs} runs)\n`);
  return benchSize(n);
});
const report = { machine: { cpus: (await import('node:os')).availableParallelism(), node: process.version }, runs, results };
fs.writeFileSync(path.join(root, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write('\ncells   pages  baseline s  build s  ratio  pages/s  peak RSS MB  cold s  cards/s  badges/s  output MB\n');
for (const r of results) {
  process.stdout.write(`${String(r.cells).padStart(6)} ${String(r.pages).padStart(6)} ${r.baseline.medianSeconds.toFixed(1).padStart(11)} ${r.build.medianSeconds.toFixed(1).padStart(8)} ${r.ratio.toFixed(2).padStart(6)} ${r.pagesPerSecond.toFixed(0).padStart(8)} ${String(r.build.peakRssMb).padStart(12)} ${r.build.coldSeconds.toFixed(1).padStart(7)} ${String(r.build.cardsPerSecondCold ?? '-').padStart(8)} ${String(r.build.badgesPerSecond ?? '-').padStart(9)} ${String(r.build.outputMb).padStart(10)}\n`);
}
process.stdout.write(`results written to ${path.join(root, 'results.json')}\n`);
