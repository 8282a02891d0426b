import { describe, expect, it } from 'vitest';
import { splitOutputLines, toneOfLine } from './output-lines.ts';

describe('toneOfLine', () => {
  it.each<[string, 'fail' | 'pass' | 'plain']>([
    ['test tests::gives_up_after_max_attempts ... FAILED', 'fail'],
    ['test tests::zero_max_attempts_errors ... ok', 'pass'],
    ["thread 'tests::x' (2344231) panicked at src/lib.rs:72:9:", 'fail'],
    ['assertion `left == right` failed', 'fail'],
    [' left: 1', 'fail'],
    ['error[E0382]: borrow of moved value: `prefix`', 'fail'],
    ['INTEGRITY FAIL: REFUSAL.md not found at repo root', 'fail'],
    ['test result: FAILED. 1 passed; 3 failed', 'fail'],
    ['test result: ok. 4 passed; 0 failed', 'pass'],
    ['OK', 'pass'],
    ['Ran 6 tests in 0.000s', 'plain'],
    ['running 4 tests', 'plain'],
    ['all tests passed', 'pass'],
  ])('%s -> %s', (line, tone) => {
    expect(toneOfLine(line)).toBe(tone);
  });
});

describe('splitOutputLines', () => {
  it('numbers lines, drops the final empty line and strips ANSI into classes', () => {
    const lines = splitOutputLines('\u001b[31mFAILED\u001b[0m x\r\nok\n');
    expect(lines.map((l) => [l.number, l.tone, l.segments])).toEqual([
      [1, 'fail', [{ text: 'FAILED', classes: 'ansi-red' }, { text: ' x', classes: '' }]],
      [2, 'pass', [{ text: 'ok', classes: '' }]],
    ]);
  });
});
