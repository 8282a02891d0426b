import type { Problem } from '../ingest/problem.ts';
import type { SiteArchive } from '../data/archive.ts';

/** The validation page: every problem the build saw, grouped by file. */
export interface ValidationPage {
  errors: number;
  warnings: number;
  cells: number;
  records: number;
  files: Array<{ file: string; problems: Problem[] }>;
}

/** Groups the archive's problems by file, errors first within each file. */
export function buildValidationPage(archive: SiteArchive): ValidationPage {
  const byFile = new Map<string, Problem[]>();
  for (const p of archive.load.problems) {
    const list = byFile.get(p.file);
    if (list === undefined) byFile.set(p.file, [p]);
    else list.push(p);
  }
  const errors = archive.load.problems.filter((p) => p.severity === 'error').length;
  return {
    errors,
    warnings: archive.load.problems.length - errors,
    cells: archive.cells.length,
    records: archive.load.recordsFound,
    files: [...byFile].sort(([a], [b]) => a.localeCompare(b)).map(([file, problems]) => ({ file, problems: [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)) })),
  };
}
