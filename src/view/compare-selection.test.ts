import { describe, expect, it } from 'vitest';
import { bestIndexes, pairLink, type CompareConfig } from './compare-selection.ts';

describe('bestIndexes', () => {
  it.each([
    ['the highest when higher is better', [0.5, 0.8, null, 0.7], 'high', [1]],
    ['the lowest when lower is better', [1200, 800, 950], 'low', [1]],
    ['every config sharing the best value', [0.5, 0.8, null, 0.8], 'high', [1, 3]],
    ['none when every known value is the same', [0.5, null, 0.5], 'high', []],
    ['none with fewer than two known values', [0.5, null], 'high', []],
    ['none for a row with no direction', [3, 5], null, []],
    ['none for values that are not numbers', [Number.NaN, null], 'low', []],
  ] as const)('marks %s', (_, values, better, expected) => {
    expect(bestIndexes(values, better)).toEqual(expected);
  });
});

describe('pairLink', () => {
  const config = (tui: string, model: string): CompareConfig => ({ key: `${tui}/${model}`, tui, model, name: `${tui} × ${model}`, href: '', segments: `${tui}/${model}`, values: [] });
  const data = { compareBase: '/sweeps/s/compare/', configs: [config('aider', 'v/m1'), config('goose', 'v/m1'), config('aider', 'v/m2'), config('goose', 'v/m2')] };

  it.each([
    ['the same CLI: the built head-to-head page, higher-ranked first', [2, 0], '/sweeps/s/compare/aider/v/m1/vs/aider/v/m2/'],
    ['the same model: the built page', [0, 1], '/sweeps/s/compare/aider/v/m1/vs/goose/v/m1/'],
    ['neither shared: the picker preset to the pair', [0, 3], '/sweeps/s/compare/?a=aider%2Fv%2Fm1&b=goose%2Fv%2Fm2#any-pair'],
  ])('links %s', (_, selected, href) => {
    expect(pairLink(data, selected)?.href).toBe(href);
  });

  it.each([[[]], [[0]], [[0, 1, 2]], [[1, 1]], [[0, 9]]])('gives no link for the selection %j', (selected) => {
    expect(pairLink(data, selected)).toBeNull();
  });
});
