import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, toCsv, type CsvValue } from './csv.ts';

describe('csvField (RFC 4180 quoting)', () => {
  it.each<[string, CsvValue, string]>([
    ['plain text', 'aider', 'aider'],
    ['a model id with / : @ inside', 'qwen/Qwen2.5-Coder-32B:free', 'qwen/Qwen2.5-Coder-32B:free'],
    ['a comma', 'a,b', '"a,b"'],
    ['a quote', 'say "hi"', '"say ""hi"""'],
    ['a newline', 'line1\nline2', '"line1\nline2"'],
    ['a carriage return', 'a\rb', '"a\rb"'],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['an integer', 42, '42'],
    ['a negative number', -0.25, '-0.25'],
    ['NaN', Number.NaN, ''],
    ['Infinity', Number.POSITIVE_INFINITY, ''],
    ['true', true, 'true'],
    ['false', false, 'false'],
    ['an empty string', '', ''],
  ])('%s', (_, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('formula injection is neutralised', () => {
  it.each<[string, string, string]>([
    ['= formula', '=1+1', "'=1+1"],
    ['+ formula', '+cmd', "'+cmd"],
    ['- formula', '-2+3', "'-2+3"],
    ['@ formula', '@SUM(A1)', "'@SUM(A1)"],
    ['leading tab', '\t=1', "'\t=1"],
    ['plain negative number string', '-12', '-12'],
    ['negative decimal string', '-0.5', '-0.5'],
    ['negative exponent string', '-1e5', '-1e5'],
    ['a dash word', '-rf', "'-rf"],
    ['a lone minus', '-', "'-"],
    ['= inside is fine', 'a=b', 'a=b'],
  ])('%s', (_, text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });

  it('neutralises before quoting', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });
});

describe('toCsv', () => {
  it.each<[string, Record<string, CsvValue>[], string[] | undefined, string]>([
    ['header from the first row, CRLF line ends', [{ tui: 'aider', pass_rate: 0.5 }, { tui: 'pi', pass_rate: null }], undefined, 'tui,pass_rate\r\naider,0.5\r\npi,\r\n'],
    ['explicit columns, missing keys empty', [{ a: 1 }], ['b', 'a'], 'b,a\r\n,1\r\n'],
    ['no rows, explicit columns', [], ['a', 'b'], 'a,b\r\n'],
    ['no rows, no columns', [], undefined, ''],
    ['injected header and value', [{ '=x': '@y' }], undefined, "'=x\r\n'@y\r\n"],
  ])('%s', (_, rows, columns, expected) => {
    expect(toCsv(rows, columns)).toBe(expected);
  });
});
