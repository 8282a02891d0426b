// npm run build: validates the archive in SWEEPS_DIR, builds the site into a staging folder,
// writes the data files beside the pages, then swaps the result into OUT_DIR.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { indexArchive } from '../src/data/archive.ts';
import { writeArchiveSnapshot } from './lib/render/archive-snapshot.ts';
import { planSite } from '../src/plan/plan-site.ts';
import { useSiteOrigin, PLACEHOLDER_ORIGIN } from '../src/data/site-config.ts';
import { listProsePages } from './lib/prose-pages.ts';
import { plannedHeads } from './lib/render/planned-heads.ts';
import { metricsOf } from '../src/data/metrics.ts';
import { loadArchive } from '../src/ingest/load-archive.ts';
import { loadSweep } from '../src/ingest/load-sweep.ts';
import { cachedSweepReader, pruneReadCache } from './lib/read-cache.ts';
import { displayPath, resolveFromCwd } from '../src/ingest/paths.ts';
import { archiveDir, outputDir } from './lib/cli-paths.ts';
import { siteOrigin } from '../src/data/site-config.ts';
import { buildValidationReport, formatValidationReport } from './lib/validation-report.ts';
import { writeArtifacts } from './lib/artifacts/index.ts';
import { badgeDrawingVersion, pruneBadgeCache } from './lib/artifacts/badges.ts';
import { swapInto } from './lib/swap-dir.ts';
import { postprocess, writeSweepSitemap } from './lib/postprocess/index.ts';
import { buildSearchIndexes } from './lib/postprocess/search-index.ts';
import { headsUnder } from './lib/postprocess/page-heads.ts';
import { fileOf } from './lib/postprocess/site-files.ts';
import { sweepPath } from '../src/urls/routes.ts';
import { writeCellAliases } from './lib/artifacts/aliases.ts';
import { cachedAliasPage, codeVersion, findCachedSweeps, pruneSweepCache, restoreSweep, storeSweep, sweepCacheKeys, sweepOutputDir } from './lib/sweep-cache.ts';
import { forgetSite, keptSweeps, recordSite } from './lib/kept-sweeps.ts';
import type { LoadedSweep } from '../src/ingest/load-sweep.ts';
import type { CellEntry } from '../src/data/archive.ts';
import { createPhaseLog } from './lib/phase-log.ts';
import { startRenderShards, type RenderShards } from './lib/render-shards.ts';
import { createProgressLine, type ProgressLine } from './lib/progress-line.ts';
import { checkSiteUrl, loudWarning } from './lib/site-url.ts';
import { emptyArchiveRefusal } from './lib/empty-archive-guard.ts';
import { describeBuildFailure } from './lib/build-failure.ts';

/** How many render processes run at once: SWEEPSITE_RENDER_PROCESSES, default one per core. */
function renderProcesses(): number {
  const n = Number(process.env['SWEEPSITE_RENDER_PROCESSES'] ?? os.availableParallelism());
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** Where rendered images are cached between builds: SWEEPSITE_CACHE_DIR, default .cache/. */
function cacheDir(): string {
  return resolveFromCwd(process.env['SWEEPSITE_CACHE_DIR'] ?? '.cache');
}

/** The command that serves this build's output: `npm run serve`, with OUT_DIR when it is not the default. */
function serveCommand(outDir: string): string {
  return outDir === resolveFromCwd('dist') ? 'npm run serve' : `OUT_DIR=${JSON.stringify(displayPath(outDir))} npm run serve`;
}

async function run(argv: readonly string[]): Promise<number> {
  const target = outputDir();
  const siteUrl = checkSiteUrl(process.env, archiveDir(), path.resolve(import.meta.dirname, '../sweeps'));
  if (siteUrl.error !== null) {
    process.stderr.write(`${siteUrl.error}\n`);
    return 1;
  }
  if (siteUrl.warning !== null) process.stderr.write(`${loudWarning(siteUrl.warning)}\n`);
  // Render processes start now: bundling the site takes them some seconds, which overlap the read.
  const progress = createProgressLine('render pages');
  const shards = startRenderShards(renderProcesses(), (p) => progress.update(p.rendered, p.planned));
  try {
    const status = await buildSite(argv, shards, progress);
    if (status === 0) {
      if (siteUrl.warning !== null) process.stderr.write(`${loudWarning(siteUrl.warning)}\n`);
      process.stdout.write(`site ready in ${displayPath(target)}/: look at it with ${serveCommand(target)}\n`);
    }
    return status;
  } catch (e) {
    await shards.abort();
    throw e;
  } finally {
    progress.end();
  }
}

async function buildSite(argv: readonly string[], shards: RenderShards, progress: ProgressLine): Promise<number> {
  const keepGoing = argv.includes('--keep-going') || process.env['SWEEPSITE_KEEP_GOING'] === '1';
  const offline = argv.includes('--offline') || process.env['SWEEPSITE_OFFLINE'] === '1';
  const precompress = argv.includes('--precompress') || process.env['SWEEPSITE_PRECOMPRESS'] === '1';
  const log = createPhaseLog();
  // Published sweeps are immutable: a sweep whose inputs and code are unchanged is read, and its pages taken, from the cache.
  const useCache = !argv.includes('--no-cache') && process.env['SWEEPSITE_NO_CACHE'] !== '1';
  const code = codeVersion(process.cwd());
  const badgeVersion = badgeDrawingVersion(process.cwd());
  const allowEmpty = argv.includes('--allow-empty');
  const archiveExists = fs.existsSync(archiveDir());
  const archive = log.phase('read and validate', () => indexArchive(loadArchive(archiveDir(), useCache ? cachedSweepReader(cacheDir(), code) : loadSweep)));
  useSiteOrigin(process.env['SITE_URL'] ?? PLACEHOLDER_ORIGIN);
  const plan = log.phase('plan the site', () => planSite(archive, listProsePages(path.resolve(import.meta.dirname, '../content'))));
  const refusal = emptyArchiveRefusal({ dir: archiveDir(), exists: archiveExists, sweepFolders: archive.load.sweepFolders }, outputDir(), allowEmpty);
  if (refusal !== null) {
    await shards.abort();
    process.stderr.write(`${refusal}\n`);
    return 1;
  }
  // Asked for on purpose, a missing archive is an empty one.
  if (allowEmpty && !archiveExists) archive.load.problems = [];
  const report = buildValidationReport(displayPath(archiveDir()), archive.load);
  if (!report.ok) {
    process.stderr.write(`${formatValidationReport(report)}\n`);
    if (!keepGoing) {
      await shards.abort();
      process.stderr.write('build stopped: fix the problems above, or build with --keep-going to publish the valid cells and list the rest on /validation/\n');
      return 1;
    }
  }
  const target = outputDir();
  const staging = `${target}.staging-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  // The staging folder and the archive snapshot sit beside OUT_DIR, whose parent may not exist yet.
  fs.mkdirSync(path.dirname(staging), { recursive: true });
  process.env['OUT_DIR'] = staging;
  const keys = sweepCacheKeys(archive.sweeps, code);
  const cached = useCache ? findCachedSweeps(cacheDir(), keys) : new Set<LoadedSweep>();
  const reused = new Set([...cached].map((s) => s.id));
  if (reused.size > 0) log.note(`reusing ${reused.size} unchanged sweeps from the build cache: ${[...reused].join(', ')}`);
  // Reused sweeps whose folders in the previous site are their cached output already stay there;
  // the rest of the site is swapped in around them. Offline and precompressed sites rewrite and
  // add files in those folders, so they are neither kept nor recorded.
  const recordable = useCache && !offline && !precompress;
  const kept = recordable ? keptSweeps(cacheDir(), target, keys, cached) : new Set<LoadedSweep>();
  if (kept.size > 0) log.note(`leaving ${kept.size} of them in place in ${displayPath(target)}, where the previous build put them: ${[...kept].map((s) => s.id).join(', ')}`);
  try {
    // Pages render in the child processes while this one writes the data files and images beside them.
    const snapshot = `${staging}.archive.v8`;
    const pages = log.phaseAsync('render pages', async () => {
      // Cached sweeps' configs are ranked here once, not in every render process (their
      // archive-wide pages need them); this process needs them for alias badges anyway.
      writeArchiveSnapshot(archive.load, snapshot, new Map([...cached].map((s) => [s.id, metricsOf(s).configs])));
      try {
        shards.start({ origin: siteOrigin(), snapshot, pages: plan.filter((p) => p.sweep === null || !reused.has(p.sweep)) });
        await shards.finish(staging);
      } finally {
        fs.rmSync(snapshot, { force: true });
        progress.end();
      }
    });
    // Meanwhile cached sweeps are restored, with the aliases that lead to them, and the data files
    // and images of new sweeps written.
    const isReused = (e: { sweep: LoadedSweep }): boolean => cached.has(e.sweep);
    const sideWork = (async (): Promise<void> => {
      await log.phaseAsync('restore cached sweeps', async () => {
        fs.mkdirSync(staging, { recursive: true });
        for (const [sweep, key] of keys) if (cached.has(sweep) && !kept.has(sweep)) await restoreSweep(cacheDir(), key, staging, sweep);
        const keptAlias = (alias: string, entry: CellEntry): string | null => cachedAliasPage(cacheDir(), keys.get(entry.sweep) ?? '', alias);
        // An alias the cache lacks (its cell was not the newest when the sweep was stored) is made from the permanent page, wherever that is.
        const pageOf = (entry: CellEntry): string => fileOf(kept.has(entry.sweep) ? target : staging, `${entry.path}index.html`);
        if (cached.size > 0) {
          const aliases = await writeCellAliases(archive, staging, isReused, keptAlias, pageOf);
          log.note(`${aliases.count} cell aliases of cached sweeps, ${aliases.linked} of them kept by the cache`);
        }
      });
      await log.phaseAsync('write data files and images', () => writeArtifacts(archive, staging, log, cacheDir(), reused, badgeVersion));
    })();
    // Search indexes need only the heads the render processes noted (and the archive-wide pages):
    // Pagefind's own process builds them (new sweeps' and the archive-wide one) while this one
    // finishes the files above and writes the aliases of new sweeps. A sweep's index is part of
    // its output, so it is cached with it.
    const fresh = archive.sweeps.filter((s) => !cached.has(s));
    // Each new sweep's pages, in address order: its search index and its sitemap list them.
    const heads = plannedHeads(plan);
    const freshHeads = pages.then(() => new Map(fresh.map((sweep) => [sweep, headsUnder(heads, sweepPath(sweep.id))])));
    const search = freshHeads.then(async (headsOf) => {
      const t0 = performance.now();
      const r = await buildSearchIndexes(staging, headsOf);
      return { ...r, seconds: (performance.now() - t0) / 1000 };
    });
    search.catch(() => {}); // awaited below; a failure must not surface as unhandled before that
    const [headsOf] = await Promise.all([freshHeads, sideWork]);
    await log.phaseAsync('write aliases and sitemaps of new sweeps', async () => {
      log.note(`${(await writeCellAliases(archive, staging, (e) => !isReused(e))).count} cell aliases of new sweeps`);
      for (const [sweep, heads] of headsOf) {
        const map = writeSweepSitemap(staging, sweep, heads);
        log.note(`sitemap of ${sweep.id}: ${map.listed} pages (${map.left} noindex pages left out)`);
      }
    });
    const indexed = await log.phaseAsync('finish search indexes', () => search);
    log.note(`search indexes of ${fresh.length} new sweeps (${indexed.sweeps.pages} pages) and of ${indexed.site.pages} archive-wide pages in ${indexed.seconds.toFixed(2)} s`);
    for (const e of [...indexed.sweeps.errors, ...indexed.site.errors]) log.note(`warning: search index: ${e}`);
    if (useCache) await log.phaseAsync('store new sweeps in the build cache', async () => {
      const aliasesOf = (sweep: LoadedSweep): string[] => [...archive.aliases].filter(([, e]) => e.sweep === sweep).map(([alias]) => alias);
      for (const [sweep, key] of keys) if (!cached.has(sweep)) await storeSweep(cacheDir(), key, code, staging, sweep, aliasesOf(sweep));
    });
    const keptFolders = new Map([...kept].map((s) => [sweepPath(s.id).slice(0, -1), sweepOutputDir(target, s)]));
    await log.phaseAsync('post-process', () => postprocess(archive, staging, { offline, precompress, log, reused, kept: keptFolders }));
    forgetSite(cacheDir(), target);
    swapInto(staging, target, [...keptFolders.keys()]);
    if (recordable) recordSite(cacheDir(), target, keys);
    const badgeVersions = pruneBadgeCache(cacheDir(), badgeVersion);
    if (badgeVersions > 0) log.note(`build cache: removed the badges of ${badgeVersions} other versions of the badge drawing`);
    if (useCache) {
      const sweeps = pruneSweepCache(cacheDir(), code).length;
      const reads = pruneReadCache(cacheDir(), code);
      if (sweeps + reads > 0) log.note(`build cache: removed ${sweeps} sweep outputs and ${reads} reads kept by other versions of the site's code`);
    }
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  log.summary(`built ${archive.cells.length} cells from ${archive.sweeps.length} sweeps into ${displayPath(target)}`);
  return 0;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (e) {
  // A full disk, a read-only or unwritable folder: one line naming the path. Anything else is a bug.
  const line = describeBuildFailure(e, displayPath(outputDir()));
  if (line !== null) process.stderr.write(`build failed: ${line}\n`);
  else if (process.argv.includes('--debug')) process.stderr.write(`build failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  else process.stderr.write(`build failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n(a fault in sweepsite, not in your archive: rerun with --debug for the details, and report it)\n`);
  process.exitCode = 1;
}
