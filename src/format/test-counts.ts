/**
 * How many tests passed and failed, read from the test runner's own output
 * (`axes.pass_rate.stdout_tail` / `stderr_tail`). The runner records only a
 * pass value; the counts are in the text it captured, in whatever format the
 * task's test runner prints. Each reader below knows one format's summary
 * line; the first that recognises the output wins. Anything it cannot read
 * for certain gives null: a count on a page must never be a guess.
 */

import { stripAnsi } from './ansi.ts';
import type { Cell } from '../schema/index.ts';

/** Test counts of one run. `total` = passed + failed (skipped tests are left out). */
export interface TestCounts {
  passed: number;
  failed: number;
  total: number;
  /** Which format the counts were read from, e.g. `cargo`, `pytest`. */
  format: TestFormat;
}

/** The output formats the parser reads. */
export type TestFormat = 'cargo' | 'jest' | 'vitest' | 'pytest' | 'unittest' | 'junit' | 'mocha' | 'go' | 'generic';

type Reader = (text: string, lines: readonly string[]) => { passed: number; failed: number } | null;

const int = (s: string | undefined): number => (s === undefined ? 0 : Number.parseInt(s, 10));

/** `3 failed`, `1 passed`, `2 errors` … in a summary, as a word -> count map. */
function countWords(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const m of text.matchAll(/(?<!\d)(\d+) ([a-z]+)/g)) found.set(m[2] ?? '', (found.get(m[2] ?? '') ?? 0) + int(m[1]));
  return found;
}

// cargo: `test result: FAILED. 1 passed; 3 failed; 0 ignored; …`, once per test binary (summed).
const cargo: Reader = (text) => {
  let passed = 0;
  let failed = 0;
  let seen = false;
  for (const m of text.matchAll(/^test result: (?:ok|FAILED)\. (\d+) passed; (\d+) failed;/gm)) {
    seen = true;
    passed += int(m[1]);
    failed += int(m[2]);
  }
  return seen ? { passed, failed } : null;
};

// jest: `Tests:       1 failed, 1 skipped, 2 passed, 4 total`.
const jest: Reader = (_, lines) => {
  const line = lines.findLast((l) => /^\s*Tests:/.test(l) && /(?<!\d)\d+ total\s*$/.test(l));
  if (line === undefined) return null;
  const words = countWords(line.replace(/^\s*Tests:/, ''));
  return { passed: words.get('passed') ?? 0, failed: words.get('failed') ?? 0 };
};

// vitest: `      Tests  3 failed | 1 passed (4)`; `Test Files  1 failed (1)` is files, not tests.
const vitest: Reader = (_, lines) => {
  const line = lines.findLast((l) => /^\s*Tests\s{2,}\d+ [a-z]+(?: \| \d+ [a-z]+)* \(\d+\)\s*$/.test(l));
  if (line === undefined) return null;
  const words = countWords(line.replace(/\(\d+\)\s*$/, ''));
  return { passed: words.get('passed') ?? 0, failed: words.get('failed') ?? 0 };
};

// pytest: `==== 3 failed, 1 passed in 0.05s ====`, or the same without the rules under `-q`.
const pytest: Reader = (_, lines) => {
  const summary = /^(?:=+ )?(\d+ (?:failed|passed|errors?|skipped|xfailed|xpassed|deselected|warnings?|rerun)(?:, \d+ [a-z]+)*) in [\d.]+s(?: \([^)]*\))?(?: =+)?\s*$/;
  const line = lines.findLast((l) => summary.test(l));
  if (line === undefined) return null;
  const words = countWords(summary.exec(line)?.[1] ?? '');
  const failed = (words.get('failed') ?? 0) + (words.get('error') ?? 0) + (words.get('errors') ?? 0);
  return { passed: words.get('passed') ?? 0, failed };
};

// unittest: `Ran 4 tests in 0.002s`, then `FAILED (failures=3, errors=1, skipped=1)` or `OK (skipped=1)`.
const unittest: Reader = (text) => {
  const ran = /^Ran (\d+) tests? in [\d.]+s$/m.exec(text);
  if (ran === null) return null;
  const verdict = /^(OK|FAILED)(?: \(([^)]*)\))?\s*$/m.exec(text.slice(ran.index));
  if (verdict === null) return null;
  const detail = new Map([...(verdict[2] ?? '').matchAll(/([a-z ]+)=(\d+)/g)].map((m) => [(m[1] ?? '').trim(), int(m[2])]));
  const failed = (detail.get('failures') ?? 0) + (detail.get('errors') ?? 0) + (detail.get('unexpected successes') ?? 0);
  const skipped = (detail.get('skipped') ?? 0) + (detail.get('expected failures') ?? 0);
  const passed = int(ran[1]) - failed - skipped;
  return passed < 0 ? null : { passed, failed };
};

// Maven Surefire / JUnit: `Tests run: 4, Failures: 1, Errors: 0, Skipped: 0`; the last is the overall result.
const junit: Reader = (_, lines) => {
  const pattern = /Tests run: (\d+), Failures: (\d+), Errors: (\d+), Skipped: (\d+)/;
  const line = lines.findLast((l) => pattern.test(l));
  const m = line === undefined ? null : pattern.exec(line);
  if (m === null) return null;
  const failed = int(m[2]) + int(m[3]);
  const passed = int(m[1]) - failed - int(m[4]);
  return passed < 0 ? null : { passed, failed };
};

// mocha: `  3 passing (12ms)` and `  1 failing`; it always prints the passing line.
const mocha: Reader = (text) => {
  const passing = /^[ \t]*(\d+) passing\b/m.exec(text);
  if (passing === null) return null;
  return { passed: int(passing[1]), failed: int(/^[ \t]*(\d+) failing[ \t]*$/m.exec(text)?.[1]) };
};

// go test -v: one `--- PASS: TestX` / `--- FAIL: TestX` per top-level test (subtests are indented).
// Only when the output starts at the first `=== RUN`: a cut-off tail would undercount.
const goTest: Reader = (text, lines) => {
  if (!/^=== RUN\s/.test(text.trimStart())) return null;
  const passed = lines.filter((l) => /^--- PASS: /.test(l)).length;
  const failed = lines.filter((l) => /^--- FAIL: /.test(l)).length;
  return passed + failed === 0 ? null : { passed, failed };
};

// Plain harnesses: `3 of 4 tests failed`, `1 of 4 tests passed`.
const generic: Reader = (_, lines) => {
  const pattern = /(?<!\d)(\d+) of (\d+) tests? (failed|passed)\b/;
  const line = lines.findLast((l) => pattern.test(l));
  const m = line === undefined ? null : pattern.exec(line);
  if (m === null) return null;
  const [n, total] = [int(m[1]), int(m[2])];
  if (n > total) return null;
  return m[3] === 'failed' ? { passed: total - n, failed: n } : { passed: n, failed: total - n };
};

// Most specific first: a summary line names its runner; the generic sentence could appear in any output.
const READERS: ReadonlyArray<[TestFormat, Reader]> = [
  ['cargo', cargo],
  ['jest', jest],
  ['vitest', vitest],
  ['pytest', pytest],
  ['unittest', unittest],
  ['junit', junit],
  ['mocha', mocha],
  ['go', goTest],
  ['generic', generic],
];

/**
 * Test counts from a test runner's output, or null when no known summary is found or the
 * numbers do not add up. Escape sequences are stripped first; stdout and stderr are read
 * together (unittest prints to stderr).
 *
 * @example
 * parseTestCounts('test result: FAILED. 1 passed; 3 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s', '');
 * // { passed: 1, failed: 3, total: 4, format: 'cargo' }
 * parseTestCounts('REFUSAL FAIL: no REFUSAL.md found', ''); // null
 */
export function parseTestCounts(stdout: unknown, stderr: unknown): TestCounts | null {
  const text = [stdout, stderr].filter((t): t is string => typeof t === 'string' && t !== '').map((t) => stripAnsi(t).replace(/\r\n?/g, '\n')).join('\n');
  if (text.trim() === '') return null;
  const lines = text.split('\n');
  for (const [format, read] of READERS) {
    const counts = read(text, lines);
    if (counts === null) continue;
    const { passed, failed } = counts;
    if (!Number.isSafeInteger(passed) || !Number.isSafeInteger(failed) || passed < 0 || failed < 0 || passed + failed === 0) return null;
    return { passed, failed, total: passed + failed, format };
  }
  return null;
}

// Regular expressions here never start inside a run of digits or blanks, so hostile output
// (a line of a million digits) costs linear time, not quadratic.

/** The test counts of a cell, from its pass_rate axis's output tails. */
export function testCountsOf(cell: Pick<Cell, 'axes'>): TestCounts | null {
  const axis = cell.axes.pass_rate;
  return parseTestCounts(axis.stdout_tail, axis.stderr_tail);
}
