import { formatRecordedNumber } from '../format/numbers.ts';
import { splitOutputLines, type OutputLine } from '../format/output-lines.ts';
import { boundText } from '../format/bounded-text.ts';

/** A path in a file list, marked when the runner said whether it was expected. */
export interface ListItem {
  text: string;
  mark: 'expected' | 'unexpected' | null;
}

/** How one recorded value is shown: numbers formatted, booleans as words, lists as lists, output as a block. */
export type ValueView =
  /** `exact` is the number as recorded when `text` shortened its floating-point noise, else null. */
  | { kind: 'number'; text: string; exact: string | null }
  | { kind: 'boolean'; text: 'yes' | 'no' }
  | { kind: 'null'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'output'; lines: OutputLine[]; empty: boolean; omittedLines: number; totalLines: number }
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'json'; text: string; folded: boolean; omittedChars: number };

/** Output blocks show at most this many lines: the last ones, since runners record tails. */
export const MAX_OUTPUT_LINES = 400;
/** Lines longer than this are cut; the full text stays in the raw record. */
export const MAX_LINE_CHARS = 2000;

/** Strings longer than this, or with several lines, are shown as an output block. */
const LONG_TEXT = 160;
/** JSON longer than this starts folded. */
const FOLD_JSON = 400;

/** Turns one recorded value into a view; `marks` labels list items as expected or unexpected. */
export function viewValue(value: unknown, marks?: (item: string) => ListItem['mark']): ValueView {
  if (value === null) return { kind: 'null', text: 'null' };
  if (typeof value === 'number') {
    const text = formatRecordedNumber(value);
    return { kind: 'number', text, exact: text === String(value) ? null : String(value) };
  }
  if (typeof value === 'boolean') return { kind: 'boolean', text: value ? 'yes' : 'no' };
  if (typeof value === 'string') {
    if (value.includes('\n') || value.length > LONG_TEXT) return outputView(value);
    return { kind: 'text', text: value };
  }
  if (Array.isArray(value) && value.every((v): v is string => typeof v === 'string')) {
    return { kind: 'list', items: value.map((text) => ({ text, mark: marks?.(text) ?? null })) };
  }
  const shown = boundText(JSON.stringify(value, null, 2) ?? String(value));
  return { kind: 'json', text: shown.text, folded: shown.text.length > FOLD_JSON, omittedChars: shown.omitted };
}

/** An output block, keeping the last MAX_OUTPUT_LINES lines and cutting very long lines, so a hostile or huge tail cannot make a page unusable. */
function outputView(value: string): ValueView {
  // Only the tail that can be shown is parsed: the lines before it are counted, not styled.
  const tail = boundText(value, MAX_OUTPUT_LINES * (MAX_LINE_CHARS + 1), 'tail');
  const skipped = tail.omitted === 0 ? 0 : countLines(value.slice(0, tail.omitted)) - 1;
  const all = splitOutputLines(tail.text).map((line) => ({ ...line, number: line.number + skipped }));
  const totalLines = skipped + all.length;
  const lines = all.slice(-MAX_OUTPUT_LINES).map((line) => {
    const length = line.segments.reduce((n, s) => n + s.text.length, 0);
    if (length <= MAX_LINE_CHARS) return line;
    let budget = MAX_LINE_CHARS;
    const segments = line.segments.flatMap((s) => {
      if (budget <= 0) return [];
      const text = s.text.slice(0, budget);
      budget -= text.length;
      return [{ ...s, text }];
    });
    return { ...line, segments: [...segments, { text: ` … (${length - MAX_LINE_CHARS} more characters in the raw record)`, classes: 'ansi-dim' }] };
  });
  return { kind: 'output', lines, empty: value.trim() === '', omittedLines: totalLines - lines.length, totalLines };
}

/** Lines in a text, counting a last line without a newline. */
function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
