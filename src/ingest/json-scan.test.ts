import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, scanJsonText } from './json-scan.ts';

describe('scanJsonText', () => {
  it.each([
    ['{"a":1,"b":[1,2,{"c":"x"}],"d":{"e":null}}', []],
    ['{"s":"a \\" quoted \\\\ string with { and [ and , inside"}', []],
    ['{"axes":{"pass_rate":{"pass":0,"pass":1}}}', [['error', 'axes.pass_rate.pass', 'expected each key once in an object, found "pass" twice']]],
    ['{"a":{"x":1},"b":{"x":1}}', []],
    ['{"p\\u0061ss":0,"pass":1}', [['error', 'pass', 'expected each key once in an object, found "pass" twice']]],
    ['{"spans":[{"attrs":{"n":1e400}}]}', [['error', 'spans[0].attrs.n', 'expected a number a page can show, found 1e400, which is beyond the largest number JSON readers keep']]],
    ['{"a":[1,-1e999]}', [['error', 'a[1]', 'expected a number a page can show, found -1e999, which is beyond the largest number JSON readers keep']]],
    ['{"id":12345678901234567890}', [['warning', 'id', 'expected an integer within ±2^53, found 12345678901234567890; pages show it as 12345678901234567000 (the raw record keeps every digit)']]],
    ['{"x":1.5e10,"y":9007199254740991}', []],
  ])('%s', (text, expected) => {
    expect(scanJsonText(text).map((f) => [f.severity, f.path, f.message])).toEqual(expected);
  });

  it('stops at nesting past the limit, wherever it is', () => {
    const deep = `{"spans":[{"attrs":${'['.repeat(10_000)}${']'.repeat(10_000)}}]}`;
    const findings = scanJsonText(deep);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', message: `expected objects and arrays nested at most ${MAX_JSON_DEPTH} levels deep, found deeper nesting` });
    expect(findings[0]?.path.startsWith('spans[0].attrs[0][0]')).toBe(true);
    expect(scanJsonText(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`)).toEqual([]);
  });
});
