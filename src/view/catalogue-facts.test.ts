import { describe, expect, it } from 'vitest';
import { catalogueFacts, factText, isWebAddress } from './catalogue-facts.ts';

describe('factText', () => {
  it.each<[unknown, string]>([
    ['rust', 'rust'],
    [19005.185999999998, '19005.186'],
    [true, 'yes'],
    [false, 'no'],
    [['a', 'b'], 'a, b'],
    [[], 'none'],
    [{ max_turns: 40 }, '{"max_turns":40}'],
    [null, 'null'],
  ])('%j -> %s', (value, text) => {
    expect(factText(value)).toBe(text);
  });
});

describe('isWebAddress', () => {
  it.each<[string, boolean]>([
    ['https://aider.chat', true],
    ['http://example.com/x?y=1', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['https://a b', false],
    ['aider.chat', false],
  ])('%s -> %s', (value, ok) => {
    expect(isWebAddress(value)).toBe(ok);
  });
});

describe('catalogueFacts', () => {
  it('keeps recorded order, skips the named keys, links only web addresses', () => {
    expect(catalogueFacts({ description: 'x', image: 'codingagentbench/aider:v0.86.0', homepage: 'https://aider.chat', note: 'javascript:alert(1)', budget: { timeout_s: 600 } }, ['description'])).toEqual([
      { key: 'image', value: 'codingagentbench/aider:v0.86.0', href: null, mono: true },
      { key: 'homepage', value: 'https://aider.chat', href: 'https://aider.chat', mono: false },
      { key: 'note', value: 'javascript:alert(1)', href: null, mono: false },
      { key: 'budget', value: '{"timeout_s":600}', href: null, mono: false },
    ]);
  });

  it('gives nothing for a missing entry', () => {
    expect(catalogueFacts(undefined, [])).toEqual([]);
  });
});
