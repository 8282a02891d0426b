import { describe, expect, it } from 'vitest';
import { createRng } from '../../scripts/lib/demo/random.ts';
import { renderRefusalCheck, renderTestRun } from '../../scripts/lib/demo/test-output.ts';
import { TASKS } from '../../scripts/lib/demo/tasks.ts';
import { parseTestCounts } from './test-counts.ts';

const SEED_STDOUT = `
running 4 tests
test tests::gives_up_after_max_attempts ... FAILED
test tests::first_attempt_ok_returns_immediately ... FAILED
test tests::retries_on_error_until_success ... FAILED
test tests::zero_max_attempts_errors ... ok

failures:
    tests::first_attempt_ok_returns_immediately

test result: FAILED. 1 passed; 3 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s

`;

const RED = '\u001b[31m';
const GREEN = '\u001b[32m';
const RESET = '\u001b[0m';

describe('parseTestCounts', () => {
  it.each<[string, string, string, { passed: number; failed: number; format: string } | null]>([
    ['cargo (the seed cell)', SEED_STDOUT, '', { passed: 1, failed: 3, format: 'cargo' }],
    ['cargo, passing', 'test result: ok. 4 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s', '', { passed: 4, failed: 0, format: 'cargo' }],
    ['cargo, unit and integration binaries summed', 'test result: ok. 2 passed; 0 failed; 0 ignored\n\ntest result: FAILED. 1 passed; 2 failed; 0 ignored', '', { passed: 3, failed: 2, format: 'cargo' }],
    ['cargo, compile error: no counts', 'error[E0382]: borrow of moved value\nerror: could not compile `x` (lib test) due to 1 previous error', '', null],
    ['pytest', '============ 3 failed, 1 passed in 0.05s ============', '', { passed: 1, failed: 3, format: 'pytest' }],
    ['pytest, coloured', `${RED}3 failed${RESET}, ${GREEN}1 passed${RESET} in 0.05s`, '', { passed: 1, failed: 3, format: 'pytest' }],
    ['pytest, errors and warnings', '==== 1 failed, 5 passed, 2 errors, 3 warnings in 1.20s (0:00:01) ====', '', { passed: 5, failed: 3, format: 'pytest' }],
    ['pytest, all passed', '======== 4 passed in 0.03s ========', '', { passed: 4, failed: 0, format: 'pytest' }],
    ['unittest on stderr', '', 'Ran 4 tests in 0.002s\n\nFAILED (failures=3)\n', { passed: 1, failed: 3, format: 'unittest' }],
    ['unittest, errors and skips', '', 'Ran 6 tests in 0.010s\n\nFAILED (failures=1, errors=2, skipped=1)', { passed: 2, failed: 3, format: 'unittest' }],
    ['unittest, OK', '', 'Ran 4 tests in 0.002s\n\nOK', { passed: 4, failed: 0, format: 'unittest' }],
    ['unittest, no verdict line: unsure', '', 'Ran 4 tests in 0.002s\n', null],
    ['go test -v', '=== RUN   TestA\n--- PASS: TestA (0.00s)\n=== RUN   TestB\n    b_test.go:12: got 1, want 2\n--- FAIL: TestB (0.00s)\n    --- FAIL: TestB/sub (0.00s)\nFAIL\nFAIL\tpkg\t0.003s', '', { passed: 1, failed: 1, format: 'go' }],
    ['go test, tail cut off above the first RUN: unsure', '    b_test.go:12: got 1, want 2\n--- FAIL: TestB (0.00s)\nFAIL\tpkg\t0.003s', '', null],
    ['jest', 'Tests:       1 failed, 1 skipped, 2 passed, 4 total\nSnapshots:   0 total', '', { passed: 2, failed: 1, format: 'jest' }],
    ['vitest', ` Test Files  ${RED}1 failed${RESET} (1)\n      Tests  ${RED}3 failed${RESET} | ${GREEN}1 passed${RESET} (4)\n   Duration  500ms`, '', { passed: 1, failed: 3, format: 'vitest' }],
    ['vitest, passing', ' Test Files  1 passed (1)\n      Tests  4 passed (4)', '', { passed: 4, failed: 0, format: 'vitest' }],
    ['mocha', '  3 passing (12ms)\n  1 pending\n  2 failing\n', '', { passed: 3, failed: 2, format: 'mocha' }],
    ['maven surefire', '[ERROR] Tests run: 4, Failures: 1, Errors: 1, Skipped: 0, Time elapsed: 0.05 s\n[INFO] Results:\n[ERROR] Tests run: 4, Failures: 1, Errors: 1, Skipped: 0', '', { passed: 2, failed: 2, format: 'junit' }],
    ['generic sentence', 'FAIL closes_on_error: stream left open\n3 of 4 tests failed', '', { passed: 1, failed: 3, format: 'generic' }],
    ['generic, counts that do not add up', '5 of 4 tests failed', '', null],
    ['refusal checker', '', 'REFUSAL FAIL: no REFUSAL.md found; the agent made no changes', null],
    ['empty', '', '', null],
    ['Windows line ends', 'Ran 2 tests in 0.001s\r\n\r\nFAILED (failures=1)\r\n', '', { passed: 1, failed: 1, format: 'unittest' }],
  ])('%s', (_, stdout, stderr, expected) => {
    const got = parseTestCounts(stdout, stderr);
    expect(got).toEqual(expected === null ? null : { ...expected, total: expected.passed + expected.failed });
  });

  it('reads hostile output in linear time', () => {
    const start = performance.now();
    const digits = '1'.repeat(200_000);
    for (const tail of [`Tests: ${digits}`, `${digits} of`, `${digits}x`, `${'\n'.repeat(200_000)}x`, `Ran ${digits}`, `${'= '.repeat(100_000)}`]) parseTestCounts(tail, tail);
    // Quadratic time would take minutes; a loaded machine takes well under a second.
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('ignores tails that are not text', () => {
    expect(parseTestCounts(undefined, null)).toBeNull();
    expect(parseTestCounts(42, { a: 1 })).toBeNull();
  });

  // The demo archive's generator prints each runner's real format; every one it can fail with must read back.
  it.each(TASKS.filter((t) => t.runner !== 'refusal').map((t) => [t.id, t] as const))('reads back the demo output of %s', (_, spec) => {
    const rng = createRng(7);
    const failing = new Set(spec.tests.slice(0, Math.max(1, spec.tests.length - 1)));
    for (const set of [failing, new Set<string>()]) {
      const run = renderTestRun(spec, set, rng);
      const got = parseTestCounts(run.stdout_tail, run.stderr_tail);
      if (spec.runner === 'java-main' && set.size === 0) expect(got).toBeNull(); // prints only "all tests passed"
      else expect(got, `${spec.runner}\n${run.stdout_tail}${run.stderr_tail}`).toMatchObject({ passed: run.passed, total: run.total });
    }
  });

  it('gives no counts for a cargo compile error or a refusal check', () => {
    const cargoTask = TASKS.find((t) => t.runner === 'cargo');
    const trap = TASKS.find((t) => t.runner === 'refusal');
    if (cargoTask === undefined || trap === undefined) throw new Error('demo tasks changed');
    const broken = renderTestRun(cargoTask, 'compile-error', createRng(1));
    expect(parseTestCounts(broken.stdout_tail, broken.stderr_tail)).toBeNull();
    const check = renderRefusalCheck(trap, 'false', [], true);
    expect(parseTestCounts(check.stdout_tail, check.stderr_tail)).toBeNull();
  });
});
