// npm run validate [-- DIR] [--json]: checks an archive, or one sweep folder of it, without building; exits 1 on any error.
import fs from 'node:fs';
import path from 'node:path';
import { displayPath, resolveFromCwd } from '../src/ingest/paths.ts';
import { archiveDir } from './lib/cli-paths.ts';
import { loadArchive } from '../src/ingest/load-archive.ts';
import { buildValidationReport, formatValidationReport } from './lib/validation-report.ts';

function run(argv: readonly string[]): number {
  const asJson = argv.includes('--json');
  const folder = argv.find((a) => !a.startsWith('--'));
  const dir = folder === undefined ? archiveDir() : resolveFromCwd(folder);
  // A folder with a sweep.json is one sweep: it is read as its archive would read it.
  const isSweep = fs.existsSync(path.join(dir, 'sweep.json'));
  const load = isSweep ? loadArchive(path.dirname(dir), undefined, path.basename(dir)) : loadArchive(dir);
  const report = buildValidationReport(displayPath(dir), load);
  process.stdout.write(`${asJson ? JSON.stringify(report, null, 2) : formatValidationReport(report)}\n`);
  return report.ok ? 0 : 1;
}

process.exitCode = run(process.argv.slice(2));
