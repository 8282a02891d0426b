/** How bad a problem is: errors fail validation and a strict build; warnings are shown. */
export type Severity = 'error' | 'warning';

/** One thing wrong with the input, named so a person can fix it. */
export interface Problem {
  /** The file, relative to the current directory, e.g. `sweeps/x/cells/a.json` (`…/cells.jsonl:12` for a line). */
  file: string;
  /** Dotted JSON path inside the record, `(root)` for the whole record, `(file)` for the file itself. */
  path: string;
  /** `expected X, found Y`. */
  message: string;
  /** What to do about it, where that helps. */
  hint?: string;
  severity: Severity;
}

/** Builds an error-severity problem. */
export function error(file: string, path: string, message: string, hint?: string): Problem {
  return hint === undefined ? { file, path, message, severity: 'error' } : { file, path, message, hint, severity: 'error' };
}

/** Builds a warning-severity problem. */
export function warning(file: string, path: string, message: string, hint?: string): Problem {
  return hint === undefined ? { file, path, message, severity: 'warning' } : { file, path, message, hint, severity: 'warning' };
}

/** True when any problem is an error. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Formats one problem as `FILE -> path: message (hint)`. */
export function formatProblem(p: Problem): string {
  const head = `${p.file} -> ${p.path}: ${p.message}`;
  return p.hint === undefined ? head : `${head}\n    hint: ${p.hint}`;
}
