import type { z } from 'zod';

/** One schema problem, in words a person can act on. */
export interface SchemaIssue {
  /** Dotted JSON path, e.g. `axes.latency.wall_clock_ms` or `spans[2].name`; `(root)` for the whole record. */
  path: string;
  /** `expected X, found Y`. */
  message: string;
}

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** Formats a JSON path the way people write it: `a.b[2].c`, with odd keys quoted. */
export function formatJsonPath(path: readonly PathKey[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

const MAX_SHOWN = 60;

/** Describes a found value briefly: strings quoted and cut, objects and arrays by kind. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const quoted = JSON.stringify(value);
    return quoted.length > MAX_SHOWN ? `${quoted.slice(0, MAX_SHOWN - 1)}…" (${value.length} characters)` : quoted;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
  record: 'an object',
  literal: 'a fixed value',
};

function expectedFromType(expected: string): string {
  return TYPE_WORDS[expected] ?? expected;
}

function bound(issue: Issue & { minimum?: unknown; maximum?: unknown; inclusive?: boolean; origin?: string }): string {
  const isMin = issue.code === 'too_small';
  const limit = isMin ? issue.minimum : issue.maximum;
  const origin = issue.origin ?? 'number';
  if (origin === 'string' && isMin && limit === 1) return 'a non-empty string';
  if (origin === 'array' && isMin && limit === 1) return 'a non-empty array';
  if (origin === 'string') return `a string of ${isMin ? 'at least' : 'at most'} ${String(limit)} characters`;
  if (origin === 'array') return `an array of ${isMin ? 'at least' : 'at most'} ${String(limit)} items`;
  const op = isMin ? (issue.inclusive === false ? '>' : '>=') : issue.inclusive === false ? '<' : '<=';
  return `a number ${op} ${String(limit)}`;
}

/** What the issue expected, as a phrase ("a number", "one of \"a\", \"b\""). */
function expectedPhrase(issue: Issue): string {
  // Our schemas phrase their own messages as what was expected; Zod's defaults start with these words.
  if (!/^(Invalid|Too (small|big)|Unrecognized)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return expectedFromType(issue.expected);
    case 'invalid_value':
      return issue.values.length === 1
        ? JSON.stringify(issue.values[0])
        : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
    case 'too_big':
      return bound(issue as Issue & { minimum?: unknown; maximum?: unknown });
    case 'not_multiple_of':
      return `a multiple of ${String(issue.divisor)}`;
    case 'invalid_key':
      return `keys that are ${issue.issues.map(expectedPhrase).join(' and ')}`;
    case 'invalid_union':
      return unionPhrases(issue).join(' or ');
    default:
      // custom refinements and string formats carry our own "expected" phrase as their message
      return issue.message;
  }
}

function unionPhrases(issue: Issue & { code: 'invalid_union' }): string[] {
  const phrases: string[] = [];
  for (const branch of issue.errors) {
    for (const inner of branch) if (inner.path.length === 0) phrases.push(expectedPhrase(inner));
  }
  return [...new Set(phrases)];
}

/** Flattens one Zod issue into readable issues; unions collapse to "expected X or Y". */
function flatten(issue: Issue, prefix: readonly PathKey[]): SchemaIssue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // When every branch fails at the top, say what the union would take; else report the branch that got furthest.
    const allAtRoot = issue.errors.every((branch) => branch.every((inner) => inner.path.length === 0));
    if (!allAtRoot) {
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0] ?? [];
      return best.flatMap((inner) => flatten(inner, path));
    }
  }
  if (issue.code === 'invalid_key') {
    const key = path[path.length - 1];
    return [{ path: formatJsonPath(path), message: `expected ${expectedPhrase(issue)}, found the key ${JSON.stringify(String(key))}` }];
  }
  if (issue.code === 'invalid_element') return issue.issues.flatMap((inner) => flatten(inner, path));
  const input = (issue as { input?: unknown }).input;
  const found = input === undefined && issue.code === 'invalid_type' ? 'nothing (the field is missing)' : describeValue(input);
  return [{ path: formatJsonPath(path), message: `expected ${expectedPhrase(issue)}, found ${found}` }];
}

function depth(branch: readonly Issue[]): number {
  return Math.max(0, ...branch.map((inner) => inner.path.length));
}

/** Turns a Zod error into readable issues, one per problem, in document order. Parse with `reportInput: true`. */
export function formatSchemaIssues(error: z.ZodError): SchemaIssue[] {
  return error.issues.flatMap((issue) => flatten(issue, []));
}
