// npm run validate [-- DIR] [--json]: checks an archive without building; exits 1 on any error.
import { archiveDir, displayPath, resolveFromCwd } from '../src/ingest/paths.ts';
import { loadArchive } from '../src/ingest/load-archive.ts';
import { buildValidationReport, formatValidationReport } from './lib/validation-report.ts';

function run(argv: readonly string[]): number {
  const asJson = argv.includes('--json');
  const folder = argv.find((a) => !a.startsWith('--'));
  const dir = folder === undefined ? archiveDir() : resolveFromCwd(folder);
  const report = buildValidationReport(displayPath(dir), loadArchive(dir));
  process.stdout.write(`${asJson ? JSON.stringify(report, null, 2) : formatValidationReport(report)}\n`);
  return report.ok ? 0 : 1;
}

process.exitCode = run(process.argv.slice(2));
