import { describe, expect, it } from 'vitest';
import { scriptJson } from './script-json.ts';

describe('scriptJson', () => {
  it.each([
    ['a script end tag', '</script><script>alert(1)</script>'],
    ['an upper-case end tag', '</SCRIPT >'],
    ['a comment opener', '<!-- <script>'],
    ['an entity', '&lt;&amp;'],
    ['line and paragraph separators', 'a\u2028b\u2029c'],
    ['quotes and backslashes', '"\\\'`'],
    ['plain text', 'goose × qwen/qwen3-coder'],
  ])('keeps %s inert and round-trips it', (_, text) => {
    const value = { name: text, list: [text, 1, null] };
    const out = scriptJson(value);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(value);
  });

  it('escapes with JSON unicode escapes', () => {
    expect(scriptJson({ name: '</script>' })).toBe('{"name":"\\u003c/script\\u003e"}');
  });
});
