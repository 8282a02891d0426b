// npm run bench [-- --sizes 2000,20000] [--runs 3] [--large] [--no-incremental] [--incremental-only]
//                  [--keep-images] [--results FILE]:
// builds synthetic archives of several sizes three ways, alternated in one run so all see the same
// machine noise: the real build, a bare Astro build of the same page set (same routes, layout and
// settings, one-paragraph bodies: Astro's own floor) and a plain writer (read, validate, one
// template-string page per cell: the practical floor). Then adds the smallest size as a new sweep
// to the largest (up to 20,000) against building that sweep alone. Reports medians and the peak
// memory of each build's whole process tree. --large adds 50,000 cells; --keep-images keeps the
// badges and cards an earlier run drew; --results says where the JSON goes (default
// bench-out/results.json).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateBenchSweep } from './lib/demo/sweep.ts';
import { writeSweep } from './lib/demo/write-sweep.ts';
import { measure, measureOutput, medianOf, type Measurement } from './lib/bench/measure.ts';
import { buildCodeVersion } from './lib/build/context.ts';
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
// Badges and cards are drawn once per layout and content and kept: every build here shares them,
// so the timed builds measure everything else (the first build of a size says what drawing costs).
const imageCache = path.join(root, 'cache');
const buildEnv = { ASTRO_TELEMETRY_DISABLED: '1', SWEEPSITE_CACHE_DIR: imageCache };
/** The code version the bench's builds run under (no SITE_URL, default flags): their reads are kept under it. */
const codeVersion = buildCodeVersion({ projectRoot: process.cwd(), siteUrl: undefined, offline: false, precompress: false, cellCards: false });

interface Runs {
  medianSeconds: number;
  peakRssMb: number;
  runs: number[];
}

interface SizeResult {
  cells: number;
  pages: number;
  /** The real build: every page, data file, image and search index, nothing reused but drawn images. */
  build: Runs & { phases: Record<string, number>; cold: { seconds: number; badgesDrawnPerSecond: number | null; cardsRenderedPerSecond: number | null } };
  /** Astro alone over the same page set: same routes, layout and settings, one-paragraph bodies. */
  bareAstro: Runs;
  /** Read and validate every cell, one template-string page each: the practical floor. */
  plainWriter: Runs;
  /** build / bareAstro and build / plainWriter medians. */
  ratioToBareAstro: number;
  ratioToPlainWriter: number;
  output: { files: number; megabytes: number; filesPerCell: number; kilobytesPerCell: number };
  /** The same site built for each host with limits: whether it fits, and its size as that host counts it. */
  hosts: HostBudget[];
}

/** Hosts whose limits the budgets are checked against. */
const BUDGET_HOSTS = ['cloudflare', 'github-pages', 'gitlab-pages'];

interface HostBudget {
  host: string;
  /** Null when the build published the site; else the one line it refused it with. */
  refusal: string | null;
  files: number;
  folders: number;
  megabytes: number;
  filesPerCell: number;
  kilobytesPerCell: number;
}

/**
 * Builds the site of `archive` in `out` once more for each host (every sweep's folder reused, so
 * only the site root is made again) and takes its size as the host counts it, from the build's
 * own tally line: files, folders and bytes, links followed.
 */
function hostBudgets(archive: string, out: string, cells: number): HostBudget[] {
  return BUDGET_HOSTS.map((host) => {
    const r = spawnSync(node, ['scripts/build.ts', '--host', host, '--debug'], { env: { ...process.env, ...buildEnv, SWEEPS_DIR: archive, OUT_DIR: out }, encoding: 'utf8', maxBuffer: 1 << 28 });
    const refusal = r.status === 0 ? null : (r.stderr.split('\n').find((l) => l.startsWith('build failed:')) ?? `exit code ${r.status}`);
    const tally = /whole site: ([\d,]+) files in ([\d,]+) folders, ([\d,]+) bytes/.exec(r.stdout);
    // A plan far over the host's file limit is refused before anything is written: only its least file count is known.
    const least = /at least ([\d,]+) files/.exec(refusal ?? '');
    if (tally === null && least === null) throw new Error(`bench: the build for ${host} printed no tally:\n${r.stdout}\n${r.stderr}`);
    const number = (v: string | undefined): number => Number(String(v).replace(/,/g, ''));
    const [files, folders, bytes] = tally === null ? [number(least?.[1]), Number.NaN, Number.NaN] : [number(tally[1]), number(tally[2]), number(tally[3])];
    log(`  ${cells} cells for ${host}: ${files} files in ${folders} folders, ${(bytes / 1e6).toFixed(0)} MB: ${refusal ?? 'fits'}`);
    return { host, refusal, files, folders, megabytes: bytes / 1e6, filesPerCell: files / cells, kilobytesPerCell: bytes / 1e3 / cells };
  });
}

function runsOf(ms: readonly Measurement[]): Runs {
  const seconds = ms.map((m) => m.seconds);
  return { medianSeconds: medianOf(seconds), peakRssMb: Math.max(...ms.map((m) => m.peakRssMb)), runs: seconds };
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
  return fs.readdirSync(archive).reduce((n, id) => n + fs.readdirSync(path.join(archive, id, 'cells'), { recursive: true }).filter((f) => String(f).endsWith('.json')).length, 0);
}

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** A synthetic archive of one sweep of about `cells` cells, written once and kept between runs. */
function benchArchive(cells: number): string {
  const archive = path.join(root, `archive-${cells}`);
  if (!fs.existsSync(archive)) writeSweep(path.join(archive, `bench-${cells}`), generateBenchSweep({ sweepId: `bench-${cells}`, cells, seed: 7 }), { layout: 'files' });
  return archive;
}

/**
 * Removes a build's site, its store of sweep folders and the reads of `archive`'s sweeps, untimed:
 * the next build of `archive` starts from nothing but drawn images. Only that archive's reads go:
 * the large sweep's read must survive a build of the small one alone, as it does for a maintainer.
 */
function forgetBuild(out: string, archive: string): void {
  for (const p of [out, `${out}.sweepsite`]) fs.rmSync(p, { recursive: true, force: true });
  for (const sweep of fs.readdirSync(archive, { withFileTypes: true })) if (sweep.isDirectory()) forgetSweepRead(imageCache, codeVersion, path.join(archive, sweep.name));
}

/**
 * Waits until the removals earlier builds left running are done (each build empties its trash
 * with a detached `rm` as it exits), so no timed build shares the disk with one: a 1 GB site
 * being deleted slowed the next build's reads and hashing by seconds. Gives up after a minute.
 */
async function settle(): Promise<void> {
  const bins = [path.join(process.cwd(), '.cache', 'render', 'trash'), path.join(imageCache, 'trash'), ...fs.readdirSync(root).filter((n) => n.endsWith('.sweepsite')).map((n) => path.join(root, n, 'trash'))];
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && bins.some((bin) => fs.existsSync(bin) && fs.readdirSync(bin).length > 0)) await new Promise((resolve) => setTimeout(resolve, 200));
}

async function benchSize(cells: number): Promise<SizeResult> {
  const archive = benchArchive(cells);
  const out = path.join(root, `dist-${cells}`);
  const bareOut = path.join(root, 'bare-out');
  const plainOut = path.join(root, 'plain-out');
  const pagesFile = path.join(root, `pages-${cells}.json`);
  execFileSync(node, ['scripts/lib/bench/bare-plan.ts', archive, pagesFile], { stdio: 'ignore' });
  const env = { ...buildEnv, SWEEPS_DIR: archive, OUT_DIR: out };
  // The first build draws the badges and cards this size has not drawn before: what images cost cold.
  forgetBuild(out, archive);
  await settle();
  const cold = await measure(node, ['scripts/build.ts'], env);
  log(`  ${cells} cells, first build (images cold): ${cold.seconds.toFixed(1)} s`);
  const build: Measurement[] = [];
  const bare: Measurement[] = [];
  const plain: Measurement[] = [];
  for (let i = 0; i < runs; i++) {
    forgetBuild(out, archive);
    await settle();
    build.push(await measure(node, ['scripts/build.ts'], env));
    fs.rmSync(bareOut, { recursive: true, force: true });
    await settle();
    bare.push(await measure(node, ['scripts/lib/bench/bare-astro.ts', pagesFile, bareOut], { ASTRO_TELEMETRY_DISABLED: '1' }));
    fs.rmSync(plainOut, { recursive: true, force: true });
    await settle();
    plain.push(await measure(node, ['scripts/lib/bench/baseline-writer.ts', archive, plainOut], {}));
    const [b, a, p] = [build[i], bare[i], plain[i]] as [Measurement, Measurement, Measurement];
    log(`  ${cells} cells run ${i + 1}/${runs}: build ${b.seconds.toFixed(1)} s (${b.peakRssMb} MB), bare Astro ${a.seconds.toFixed(1)} s (${a.peakRssMb} MB), plain writer ${p.seconds.toFixed(1)} s`);
  }
  const output = measureOutput(out);
  const n = cellCount(archive);
  const hosts = hostBudgets(archive, out, n);
  const result = runsOf(build);
  const median = build.find((m) => m.seconds === result.medianSeconds) ?? build[0];
  return {
    cells: n,
    pages: output.pages,
    build: {
      ...result,
      phases: phasesOf(median?.stdout ?? ''),
      cold: {
        seconds: cold.seconds,
        badgesDrawnPerSecond: numberAfter(cold.stdout, /badges: [1-9]\d* drawn, .* (\d+) drawn\/s\)/),
        cardsRenderedPerSecond: numberAfter(cold.stdout, /social cards: [1-9]\d* rendered, .*\((\d+) rendered\/s\)/),
      },
    },
    bareAstro: runsOf(bare),
    plainWriter: runsOf(plain),
    ratioToBareAstro: result.medianSeconds / runsOf(bare).medianSeconds,
    ratioToPlainWriter: result.medianSeconds / runsOf(plain).medianSeconds,
    output: { files: output.files, megabytes: output.megabytes, filesPerCell: output.files / n, kilobytesPerCell: (output.megabytes * 1024) / n },
    hosts,
  };
}

/** Adding a sweep: into the previous site, against building that sweep alone. */
interface IncrementalResult {
  large: number;
  small: number;
  /** Building the small sweep alone, into its own empty site. */
  alone: Runs;
  /** Adding it to the archive holding the large sweep, into the previous site (its unit reused). */
  adding: Runs;
  /** adding / alone medians. */
  ratio: number;
}

/** Forgets what earlier builds kept of a sweep folder: its read and its sealed folder, so a build makes it anew. */
function forgetSweep(outDir: string, sweepDir: string): void {
  forgetSweepRead(imageCache, codeVersion, sweepDir);
  const units = `${outDir}.sweepsite/units`;
  if (!fs.existsSync(units)) return;
  for (const name of fs.readdirSync(units)) if (name.startsWith(`${path.basename(sweepDir)}-`)) fs.rmSync(path.join(units, name), { recursive: true, force: true });
}

/**
 * Adding a small sweep to an archive holding a large one, into the previous site (the large
 * sweep's folder reused, the new one made), against building the small sweep alone; images warm
 * in all. The new sweep is new to every timed build: its read and its folder are forgotten first.
 */
async function benchIncremental(large: number, small: number): Promise<IncrementalResult> {
  const archive = path.join(root, `archive-inc-${large}-${small}`);
  fs.rmSync(archive, { recursive: true, force: true });
  // A copy, not a link: the archive reader refuses links that lead out of the archive.
  fs.cpSync(benchArchive(large), archive, { recursive: true });
  const outDir = path.join(root, 'dist-inc');
  const env = { ...buildEnv, SWEEPS_DIR: archive, OUT_DIR: outDir };
  const newId = `bench-new-${small}`;
  const alone = path.join(root, `archive-alone-${small}`);
  fs.rmSync(alone, { recursive: true, force: true });
  writeSweep(path.join(alone, newId), generateBenchSweep({ sweepId: newId, cells: small, seed: 11, startedAt: '2026-10-01T00:00:00Z' }), { layout: 'files' });
  const aloneOut = path.join(root, 'dist-alone');
  const aloneEnv = { ...buildEnv, SWEEPS_DIR: alone, OUT_DIR: aloneOut };
  forgetBuild(aloneOut, alone);
  await measure(node, ['scripts/build.ts'], aloneEnv); // draws the new sweep's images once
  forgetBuild(outDir, archive);
  await measure(node, ['scripts/build.ts'], env); // the site before the sweep is added
  const added = path.join(archive, newId);
  const adding: Measurement[] = [];
  const aloneRuns: Measurement[] = [];
  for (let i = 0; i < runs; i++) {
    fs.cpSync(path.join(alone, newId), added, { recursive: true });
    forgetSweep(outDir, added);
    await settle();
    const inc = await measure(node, ['scripts/build.ts'], env);
    if (!/reusing 1 unchanged sweep/.test(inc.stdout)) throw new Error('bench: adding a sweep did not reuse the large sweep');
    adding.push(inc);
    fs.rmSync(added, { recursive: true, force: true });
    await measure(node, ['scripts/build.ts'], env); // back to the site before the sweep was added, untimed
    forgetBuild(aloneOut, alone);
    await settle();
    const a = await measure(node, ['scripts/build.ts'], aloneEnv);
    aloneRuns.push(a);
    log(`  adding ${small} cells to ${large}, run ${i + 1}/${runs}: ${inc.seconds.toFixed(1)} s (${inc.peakRssMb} MB); that sweep alone ${a.seconds.toFixed(1)} s`);
  }
  return { large, small, alone: runsOf(aloneRuns), adding: runsOf(adding), ratio: medianOf(adding.map((m) => m.seconds)) / medianOf(aloneRuns.map((m) => m.seconds)) };
}

fs.mkdirSync(root, { recursive: true });
if (!argv.includes('--keep-images')) fs.rmSync(imageCache, { recursive: true, force: true });
const results: SizeResult[] = [];
for (const n of argv.includes('--incremental-only') ? [] : sizes) {
  log(`benchmarking ${n} cells (${runs} runs)`);
  results.push(await benchSize(n));
}
const largest = Math.max(...sizes.filter((s) => s <= 20_000));
const smallest = Math.min(...sizes);
const incremental = largest > smallest && !argv.includes('--no-incremental') ? await benchIncremental(largest, smallest) : null;
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
})();
const report = { date: new Date().toISOString(), commit, machine: { cpus: os.availableParallelism(), memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version }, runs, results, incremental };
const resultsFile = path.resolve(flag('--results') ?? path.join(root, 'results.json'));
fs.writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);

const pad = (v: string | number, w: number): string => String(v).padStart(w);
log('\n cells   pages  build s  bare Astro s  ratio  plain writer s  ratio  build peak MB  files/cell  KB/cell');
for (const r of results) {
  log(`${pad(r.cells, 6)} ${pad(r.pages, 7)} ${pad(r.build.medianSeconds.toFixed(1), 8)} ${pad(r.bareAstro.medianSeconds.toFixed(1), 13)} ${pad(r.ratioToBareAstro.toFixed(2), 6)} ${pad(r.plainWriter.medianSeconds.toFixed(1), 15)} ${pad(r.ratioToPlainWriter.toFixed(1), 6)} ${pad(r.build.peakRssMb, 14)} ${pad(r.output.filesPerCell.toFixed(2), 11)} ${pad(r.output.kilobytesPerCell.toFixed(0), 8)}`);
}
log('\n cells  host            files  folders      MB  files/cell  KB/cell  fits');
for (const r of results) {
  for (const h of r.hosts) log(`${pad(r.cells, 6)}  ${h.host.padEnd(13)} ${pad(h.files, 7)} ${pad(h.folders, 8)} ${pad(h.megabytes.toFixed(0), 7)} ${pad(h.filesPerCell.toFixed(2), 11)} ${pad(h.kilobytesPerCell.toFixed(1), 8)}  ${h.refusal === null ? 'yes' : 'no'}`);
}
if (incremental !== null) {
  log(`\nadding ${incremental.small} cells to an archive of ${incremental.large}: ${incremental.adding.medianSeconds.toFixed(1)} s, against ${incremental.alone.medianSeconds.toFixed(1)} s for that sweep alone (${incremental.ratio.toFixed(2)}×)`);
}
log(`results written to ${resultsFile}`);
