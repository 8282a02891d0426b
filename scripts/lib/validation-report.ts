import type { ArchiveLoad } from '../../src/ingest/load-archive.ts';
import { formatProblem, type Problem } from '../../src/ingest/problem.ts';
import { formatCount, plural } from '../../src/format/numbers.ts';

/** The validator's result in numbers and problems, as printed by `--json`. */
export interface ValidationReport {
  ok: boolean;
  archive: string;
  counts: { sweepFolders: number; sweeps: number; recordsFound: number; cells: number; errors: number; warnings: number };
  problems: Problem[];
}

/** Summarises an archive load: valid means no error-severity problem. */
export function buildValidationReport(archive: string, load: ArchiveLoad): ValidationReport {
  const errors = load.problems.filter((p) => p.severity === 'error').length;
  return {
    ok: errors === 0,
    archive,
    counts: {
      sweepFolders: load.sweepFolders,
      sweeps: load.sweeps.length,
      recordsFound: load.recordsFound,
      cells: load.sweeps.reduce((n, s) => n + s.cells.length, 0),
      errors,
      warnings: load.problems.length - errors,
    },
    problems: load.problems,
  };
}

/** Prints problems grouped by file, errors before warnings, then one summary line. */
export function formatValidationReport(report: ValidationReport): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of report.problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines: string[] = [];
  for (const [file, problems] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(file);
    for (const p of problems) lines.push(`  ${p.severity === 'error' ? 'error  ' : 'warning'} ${formatProblem({ ...p, file: '' }).replace(/^ -> /, '')}`);
  }
  const c = report.counts;
  const verdict = report.ok ? 'valid' : 'INVALID';
  lines.push(
    `${lines.length > 0 ? '\n' : ''}${verdict}: ${report.archive}: ${formatCount(c.sweeps)} of ${plural(c.sweepFolders, 'sweep')}, ${formatCount(c.cells)} of ${plural(c.recordsFound, 'cell')} valid; ${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}`,
  );
  return lines.join('\n');
}
