import { describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS, MAX_OUTPUT_LINES, viewValue } from './value-view.ts';
import { MAX_SHOWN_CHARS } from '../format/bounded-text.ts';

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
    expect(view.totalLines).toBe(25_000);
    expect(view.lines.at(-1)?.segments[0]?.text).toBe('line 24999');
    expect(view.lines[0]?.number).toBe(25_000 - MAX_OUTPUT_LINES + 1);
  });

  it('reads only the tail of a 50 MB output, counting every line', () => {
    const line = `${'x'.repeat(99)}\n`;
    const view = viewValue(line.repeat(500_000));
    if (view.kind !== 'output') throw new Error(view.kind);
    expect(view).toMatchObject({ totalLines: 500_000, omittedLines: 500_000 - MAX_OUTPUT_LINES });
    expect(view.lines.at(-1)?.number).toBe(500_000);
  });

  it('cuts a huge JSON value and says how much it left out', () => {
    const view = viewValue({ attrs: 'z'.repeat(3_000_000) });
    if (view.kind !== 'json') throw new Error(view.kind);
    expect(view.text.length).toBe(MAX_SHOWN_CHARS);
    expect(view.omittedChars).toBe(JSON.stringify({ attrs: 'z'.repeat(3_000_000) }, null, 2).length - MAX_SHOWN_CHARS);
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
