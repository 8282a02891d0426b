// npm run build: validates the archive in SWEEPS_DIR, builds the site into a staging folder,
// writes the data files beside the pages, then swaps the result into OUT_DIR.
import fs from 'node:fs';
import { build } from 'astro';
import { getArchive } from '../src/data/archive.ts';
import { archiveDir, displayPath, outputDir, resolveFromCwd } from '../src/ingest/paths.ts';
import { buildValidationReport, formatValidationReport } from './lib/validation-report.ts';
import { writeArtifacts } from './lib/artifacts/index.ts';
import { swapInto } from './lib/swap-dir.ts';
import { createPhaseLog } from './lib/phase-log.ts';

/** Where rendered images are cached between builds: SWEEPSITE_CACHE_DIR, default .cache/. */
function cacheDir(): string {
  return resolveFromCwd(process.env['SWEEPSITE_CACHE_DIR'] ?? '.cache');
}

async function run(argv: readonly string[]): Promise<number> {
  const keepGoing = argv.includes('--keep-going') || process.env['SWEEPSITE_KEEP_GOING'] === '1';
  const log = createPhaseLog();
  const archive = log.phase('read and validate', () => getArchive());
  const report = buildValidationReport(displayPath(archiveDir()), archive.load);
  if (!report.ok) {
    process.stderr.write(`${formatValidationReport(report)}\n`);
    if (!keepGoing) {
      process.stderr.write('build stopped: fix the problems above, or build with --keep-going to publish the valid cells and list the rest on /validation/\n');
      return 1;
    }
  }
  const target = outputDir();
  const staging = `${target}.staging-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  process.env['OUT_DIR'] = staging;
  try {
    await log.phaseAsync('render pages', () => build({ logLevel: 'warn', outDir: staging }));
    await log.phaseAsync('write data files and images', () => writeArtifacts(archive, staging, log, cacheDir()));
    swapInto(staging, target);
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  log.summary(`built ${archive.cells.length} cells from ${archive.sweeps.length} sweeps into ${displayPath(target)}`);
  return 0;
}

process.exitCode = await run(process.argv.slice(2));
