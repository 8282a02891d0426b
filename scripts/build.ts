// npm run build [-- --keep-going] [--offline] [--precompress] [--no-cache] [--allow-empty] [--cell-cards] [--host NAME]:
// reads and validates the archive in SWEEPS_DIR, plans the site, makes each new sweep's folder
// once and reuses each unchanged one, then publishes the whole site at OUT_DIR in one step.
// Each step is a function in scripts/lib/build/; this file reads as their list.
import os from 'node:os';
import path from 'node:path';
import { displayPath, resolveFromCwd } from '../src/ingest/paths.ts';
import { archiveDir, outputDir } from './lib/cli-paths.ts';
import { checkSiteUrl, loudWarning } from './lib/site-url.ts';
import { describeBuildFailure } from './lib/build-failure.ts';
import { OutputBusy } from './lib/output/out-store.ts';
import { createPhaseLog } from './lib/phase-log.ts';
import { createProgressLine } from './lib/progress-line.ts';
import { startRenderShards } from './lib/render-shards.ts';
import { BuildStopped, createBuild, type BuildOptions } from './lib/build/context.ts';
import { readTheArchive } from './lib/build/read.ts';
import { planTheSite } from './lib/build/plan.ts';
import { chooseUnits } from './lib/build/units.ts';
import { renderPages } from './lib/build/render.ts';
import { writeNewSweeps, sealNewSweeps } from './lib/build/sweeps.ts';
import { writeSiteRoot } from './lib/build/site-root.ts';
import { publishTheSite, pruneStores } from './lib/build/publish.ts';
import { checkPlannedSize, checkTheHost } from './lib/build/host.ts';
import { faultPoint } from './lib/build/fault.ts';
import { HOST_PROFILES, hostProfile, type HostProfile } from '../src/hosts/host-profiles.ts';

/** How many render processes run at once: SWEEPSITE_RENDER_PROCESSES, default one per core. */
function renderProcesses(): number {
  const n = Number(process.env['SWEEPSITE_RENDER_PROCESSES'] ?? os.availableParallelism());
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

const FLAGS = ['--keep-going', '--offline', '--precompress', '--no-cache', '--allow-empty', '--cell-cards', '--debug'];

/** The host named by `--host NAME` (or `--host=NAME`), the default when none; a usage message for a bad one. */
function hostOf(argv: readonly string[]): HostProfile | string {
  const i = argv.findIndex((a) => a === '--host' || a.startsWith('--host='));
  if (i < 0) return HOST_PROFILES[0] as HostProfile;
  const name = argv[i]?.startsWith('--host=') === true ? argv[i]?.slice('--host='.length) : argv[i + 1];
  const host = hostProfile(name ?? '');
  return host ?? `--host ${name === undefined ? 'needs a name' : `${JSON.stringify(name)} is not a host this build knows`}: use one of ${HOST_PROFILES.map((h) => h.name).join(', ')}`;
}

/** A message for the first argument that is neither a flag nor the host's name, or null. */
function unknownArgument(argv: readonly string[]): string | null {
  for (const [i, a] of argv.entries()) {
    // --fault-at=<point> is for the fault tests (scripts/lib/build/fault.ts), not for people.
    if (FLAGS.includes(a) || a.startsWith('--fault-at=') || a === '--host' || a.startsWith('--host=') || argv[i - 1] === '--host') continue;
    return `unknown option ${JSON.stringify(a)}: the build takes ${[...FLAGS, '--host NAME'].join(', ')}`;
  }
  return null;
}

function optionsOf(argv: readonly string[], host: HostProfile): BuildOptions {
  return {
    keepGoing: argv.includes('--keep-going'),
    offline: argv.includes('--offline'),
    precompress: argv.includes('--precompress'),
    useCache: !argv.includes('--no-cache'),
    allowEmpty: argv.includes('--allow-empty'),
    cellCards: argv.includes('--cell-cards'),
    host,
    archive: archiveDir(),
    outDir: outputDir(),
    cacheDir: resolveFromCwd(process.env['SWEEPSITE_CACHE_DIR'] ?? '.cache'),
    projectRoot: path.resolve(import.meta.dirname, '..'),
    siteUrl: process.env['SITE_URL'],
  };
}

/** The command that serves this build's output: `npm run serve`, with OUT_DIR when it is not the default. */
function serveCommand(outDir: string): string {
  return outDir === resolveFromCwd('dist') ? 'npm run serve' : `OUT_DIR=${JSON.stringify(displayPath(outDir))} npm run serve`;
}

async function run(argv: readonly string[]): Promise<number> {
  const host = hostOf(argv);
  const usage = typeof host === 'string' ? host : unknownArgument(argv);
  if (usage !== null || typeof host === 'string') {
    process.stderr.write(`build failed: ${usage}\n`);
    return 1;
  }
  const options = optionsOf(argv, host);
  const siteUrl = checkSiteUrl(process.env, options.archive, path.join(options.projectRoot, 'sweeps'));
  if (siteUrl.error !== null) {
    process.stderr.write(`${siteUrl.error}\n`);
    return 1;
  }
  if (siteUrl.warning !== null) process.stderr.write(`${loudWarning(siteUrl.warning)}\n`);
  const log = createPhaseLog();
  const progress = createProgressLine('render pages');
  // Render processes start first: bundling the site takes them some seconds, which overlap the read.
  const build = createBuild(options, log, startRenderShards(renderProcesses(), (p) => progress.update(p.rendered, p.planned)));
  try {
    const archive = await readTheArchive(build);
    faultPoint('after-read');
    const plan = planTheSite(build, archive);
    checkPlannedSize(build, archive, plan);
    faultPoint('after-plan');
    const units = await chooseUnits(build, archive);
    const rendered = renderPages(build, archive, plan, units);
    await writeNewSweeps(build, archive, units);
    faultPoint('after-files');
    await rendered.finished;
    progress.end();
    faultPoint('after-render');
    await sealNewSweeps(build, plan, units);
    faultPoint('after-seal');
    await writeSiteRoot(build, archive, plan, units);
    checkTheHost(build, archive, units);
    faultPoint('after-root');
    publishTheSite(build);
    faultPoint('after-publish');
    pruneStores(build, units);
    log.summary(`built ${archive.cells.length} cells from ${archive.sweeps.length} sweeps into ${displayPath(options.outDir)}`);
  } catch (e) {
    progress.end();
    await build.abandon();
    if (e instanceof BuildStopped) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  } finally {
    build.release();
  }
  if (siteUrl.warning !== null) process.stderr.write(`${loudWarning(siteUrl.warning)}\n`);
  process.stdout.write(`site ready in ${displayPath(options.outDir)}/: look at it with ${serveCommand(options.outDir)}\n`);
  return 0;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (e) {
  // A full disk, a read-only or unwritable folder, another build: one line naming the path. Anything else is a bug.
  const line = e instanceof OutputBusy ? e.message : describeBuildFailure(e, displayPath(outputDir()));
  if (line !== null) process.stderr.write(`build failed: ${line}\n`);
  else if (process.argv.includes('--debug')) process.stderr.write(`build failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  else process.stderr.write(`build failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n(a fault in sweepsite, not in your archive: rerun with --debug for the details, and report it)\n`);
  process.exitCode = 1;
}
