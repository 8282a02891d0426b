import { parseAnsi, type AnsiSegment } from './ansi.ts';

/** How a line of test output reads at a glance. */
export type LineTone = 'fail' | 'pass' | 'plain';

/** One line of test output, styled, with its tone. */
export interface OutputLine {
  number: number;
  segments: AnsiSegment[];
  tone: LineTone;
}

// Signatures of failing and passing lines across cargo, pytest, unittest, go test, junit and jest.
const FAIL = /\b(FAILED|FAIL|ERROR|panicked|Traceback|AssertionError|Exception|not ok)\b|\b[Ee]rror(\[E\d+\])?:|\bassert(ion)?\b.*\bfailed\b|^\s*(left|right):/;
const PASS = /(\.\.\. ok$|\bok\b$|^ok\b|\bPASS(ED)?\b|test result: ok|^OK$|\ball tests passed\b)/;

/** Classifies one line (ANSI already stripped). */
export function toneOfLine(text: string): LineTone {
  if (FAIL.test(text)) return 'fail';
  if (PASS.test(text.trim())) return 'pass';
  return 'plain';
}

/** Splits test output into numbered, styled lines with failing lines marked. */
export function splitOutputLines(output: string): OutputLine[] {
  const lines = output.replace(/\r\n?/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line, i) => {
    const segments = parseAnsi(line);
    return { number: i + 1, segments, tone: toneOfLine(segments.map((s) => s.text).join('')) };
  });
}
