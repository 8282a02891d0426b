/**
 * CSV for downloads: RFC 4180 (comma separated, CRLF line ends, fields
 * holding a comma, quote, CR or LF wrapped in double quotes with inner
 * quotes doubled), with spreadsheet formula injection neutralised.
 *
 * Cell text is untrusted (model names, paths, reasons). A spreadsheet treats
 * a field starting with `=`, `+`, `-` or `@` (and, in some programs, a tab
 * or carriage return) as a formula, so such a text field gets a leading
 * single quote `'`, which spreadsheets show as text and do not evaluate
 * (OWASP, "CSV Injection"). Plain numbers are left alone: a number value,
 * or a string that is just a decimal number such as `-0.5` or `-12e3`,
 * is written as is so that negative numbers stay numbers.
 */

/** A value in a CSV field; null and undefined are written as an empty field. */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Prefixes a formula-looking string with `'`, leaving plain numbers alone.
 *
 * @example
 * neutraliseFormula('=HYPERLINK("x")'); // "'=HYPERLINK(\"x\")"
 * neutraliseFormula('-0.25');           // '-0.25'
 * neutraliseFormula('-1+2');            // "'-1+2"
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * Formats one field: empty for null/undefined/non-finite numbers, numbers
 * and booleans as JavaScript prints them, strings neutralised then quoted
 * when they hold `"`, `,`, CR or LF.
 *
 * @example
 * csvField('a "b", c'); // '"a ""b"", c"'
 * csvField(null);        // ''
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as CSV with a header line. Columns are `columns` when given,
 * else the keys of the first row in order; a missing key is an empty field.
 * Every line, the last included, ends with CRLF; no rows and no columns
 * gives an empty string.
 *
 * @example
 * toCsv([{ tui: 'aider', pass_rate: 0.5 }]); // 'tui,pass_rate\r\naider,0.5\r\n'
 */
export function toCsv(rows: readonly Readonly<Record<string, CsvValue>>[], columns?: readonly string[]): string {
  const header = columns ?? Object.keys(rows[0] ?? {});
  if (header.length === 0) return '';
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(header.map((key) => csvField(row[key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
