import { describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS, MAX_OUTPUT_LINES, viewValue } from './value-view.ts';

describe('viewValue', () => {
  it.each<[unknown, string]>([
    [19005.185999999998, 'number'],
    [true, 'boolean'],
    [null, 'null'],
    ['short', 'text'],
    ['two\nlines', 'output'],
    [['a.txt'], 'list'],
    [{ a: 1 }, 'json'],
  ])('%j is shown as %s', (value, kind) => {
    expect(viewValue(value).kind).toBe(kind);
  });

  it('keeps the last lines of a huge output and says how many were left out', () => {
    const view = viewValue(Array.from({ length: 25_000 }, (_, i) => `line ${i}`).join('\n'));
    if (view.kind !== 'output') throw new Error(view.kind);
    expect(view.lines).toHaveLength(MAX_OUTPUT_LINES);
    expect(view.omittedLines).toBe(25_000 - MAX_OUTPUT_LINES);
    expect(view.lines.at(-1)?.segments[0]?.text).toBe('line 24999');
  });

  it('cuts a very long line and says how much is left', () => {
    const view = viewValue(`${'A'.repeat(100_000)}\n`);
    if (view.kind !== 'output') throw new Error(view.kind);
    const text = view.lines[0]?.segments.map((s) => s.text).join('') ?? '';
    expect(text.startsWith('A'.repeat(MAX_LINE_CHARS))).toBe(true);
    expect(text).toContain(`${100_000 - MAX_LINE_CHARS} more characters`);
  });

  it('marks blast-radius paths as expected or unexpected', () => {
    const view = viewValue(['a', 'b', 'c'], (p) => (p === 'a' ? 'unexpected' : p === 'b' ? 'expected' : null));
    expect(view).toEqual({ kind: 'list', items: [{ text: 'a', mark: 'unexpected' }, { text: 'b', mark: 'expected' }, { text: 'c', mark: null }] });
  });
});
