import { describe, expect, it } from 'vitest';
import { formatDuration, formatRankBand, formatRecordedNumber, plural } from './numbers.ts';

it.each<[number, number, string]>([
  [3, 3, '3'],
  [2, 5, '2–5'],
])('formatRankBand(%i, %i) -> %s', (rankLow, rankHigh, text) => {
  expect(formatRankBand({ rankLow, rankHigh })).toBe(text);
});

it.each<[number, string]>([
  [0, '0 ms'],
  [840, '840 ms'],
  [19005.185999999998, '19.0 s'],
  [446729.856, '7 min 27 s'],
])('formatDuration(%d) -> %s', (ms, text) => {
  expect(formatDuration(ms)).toBe(text);
});

it('shortens only floating-point noise', () => {
  expect(formatRecordedNumber(19005.185999999998)).toBe('19005.186');
  expect(formatRecordedNumber(23475)).toBe('23475');
});

describe('plural', () => {
  it.each<[number, string, string]>([
    [0, 'task', '0 tasks'],
    [1, 'task', '1 task'],
    [2500, 'cell', '2,500 cells'],
  ])('%d %s', (n, word, text) => {
    expect(plural(n, word)).toBe(text);
  });
});
