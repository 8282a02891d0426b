import { describe, expect, it } from 'vitest';
import { exampleSweep, makeSweep } from '../../tests/helpers/test-sweep.ts';
import { articleFor, buildSweepPage, sweepHeadline } from './sweep-page.ts';

describe('sweepHeadline', () => {
  it('names the leader with its pass rate and score', () => {
    expect(sweepHeadline(exampleSweep())).toMatch(/^x × v\/m1 leads with a 67% pass rate and a score of 0\.\d{3}(; \d+ other configs? (is|are) not clearly behind it \(≈ leader\))?\. Median wall time 20\.0 s\.$/);
  });

  it('says so when no config could be scored', () => {
    expect(sweepHeadline(makeSweep([{ task: 'cat/a', pass: 0, failure: 'infra' }]))).toBe('No config in this sweep could be scored.');
  });
});

describe('articleFor', () => {
  it.each([
    ['8%', 'an'], ['11%', 'an'], ['18%', 'an'], ['80%', 'an'], ['89%', 'an'],
    ['81%', 'an'], ['1%', 'a'], ['67%', 'a'], ['100%', 'a'], ['180%', 'a'], ['n/a', 'a'],
  ])('reads %s with %s', (percent, article) => {
    expect(articleFor(percent)).toBe(article);
  });
});

describe('buildSweepPage', () => {
  const page = buildSweepPage(exampleSweep());

  it('offers the full leaderboard: category columns and the comparison', () => {
    expect(page.leaderboard.categories).toEqual(['cat', 'dog']);
    expect(page.leaderboard.compareJson).not.toBe('');
  });

  it('draws the frontier on every axis', () => {
    expect(page.frontier.charts).toHaveLength(3);
  });
});
