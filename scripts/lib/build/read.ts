import fs from 'node:fs';
import { indexArchive, type SiteArchive } from '../../../src/data/archive.ts';
import { assembleArchive, readArchive } from '../../../src/ingest/load-archive.ts';
import { displayPath } from '../../../src/ingest/paths.ts';
import { emptyArchiveRefusal } from '../empty-archive-guard.ts';
import { storingSweepReader } from '../read-store.ts';
import { buildValidationReport, formatValidationReport } from '../validation-report.ts';
import { BuildStopped, type Build } from './context.ts';

/**
 * Step: read and validate every sweep folder once, keeping each read and its records' bytes in
 * the read store (where the render processes take them from), and stop on any problem unless
 * the build was asked to keep going. An empty or missing archive never replaces a published
 * site without --allow-empty.
 */
export async function readTheArchive(build: Build): Promise<SiteArchive> {
  const { options, log } = build;
  const reader = storingSweepReader(options.cacheDir, build.code, options.useCache);
  const exists = fs.existsSync(options.archive);
  const reads = log.phase('read and validate', () => readArchive(options.archive, reader.read));
  const load = assembleArchive(reads);
  const refusal = emptyArchiveRefusal({ dir: options.archive, exists, sweepFolders: load.sweepFolders }, options.outDir, options.allowEmpty);
  if (refusal !== null) throw new BuildStopped(refusal);
  // Asked for on purpose, a missing archive is an empty one.
  if (options.allowEmpty && !exists) load.problems = [];
  const report = buildValidationReport(displayPath(options.archive), load);
  if (!report.ok) {
    process.stderr.write(`${formatValidationReport(report)}\n`);
    if (!options.keepGoing) throw new BuildStopped('build stopped: fix the problems above, or build with --keep-going to publish the valid cells and list the rest on /validation/');
  }
  build.reads = {
    dir: reads.dir,
    problems: options.allowEmpty && !exists ? [] : reads.problems,
    folders: reads.folders.map((f) => {
      if ('problem' in f) return f;
      const stored = reader.stored.get(f.dir);
      if (stored === undefined) throw new Error(`no stored read of ${f.dir}`);
      return { name: f.name, dir: f.dir, stored };
    }),
  };
  return indexArchive(load);
}
