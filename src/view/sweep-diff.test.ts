import { describe, expect, it } from 'vitest';
import { loadArchive } from '../ingest/load-archive.ts';
import { indexArchive } from '../data/archive.ts';
import { buildAtomFeed } from './atom-feed.ts';
import { buildSweepDiff, consecutivePairs, sweepDiffPath } from './sweep-diff.ts';
import { REAL_SAMPLE_DIR } from '../../tests/helpers/fixtures.ts';

const archive = indexArchive(loadArchive(REAL_SAMPLE_DIR));

describe('sweep diff of the real sample', () => {
  const pairs = consecutivePairs(archive);
  it('pairs each sweep with the one before it', () => {
    expect(pairs.map(([a, b]) => [a.id, b.id])).toEqual([['newmodels-20260620', 'free-20260527']]);
    expect(sweepDiffPath('newmodels-20260620', 'free-20260527')).toBe('/sweeps/newmodels-20260620/diff/free-20260527/');
  });
  it('lists added and removed configs and tasks, and no flips where no cell is shared', () => {
    const [newer, older] = pairs[0] ?? [];
    if (newer === undefined || older === undefined) throw new Error('no pair');
    const diff = buildSweepDiff(archive, newer, older);
    expect(diff.flipped).toEqual([]);
    expect(diff.addedConfigs.map((c) => c.label)).toEqual(['aider × minimaxai/minimax-m3']);
    expect(diff.removedConfigs).toHaveLength(5);
    expect(diff.addedTasks.map((t) => t.label)).toEqual(['polyglot/rust-error-handling']);
    expect(diff.removedTasks.map((t) => t.label)).toContain('mutations/rust-error-negated');
    expect(diff.headline).toBe('0 cells changed outcome, 0 of 0 shared configs changed rank band; 1 config and 1 task added, 5 configs and 6 tasks removed.');
  });
});

describe('the Atom feed', () => {
  it('lists every sweep newest first with escaped text and the diff link', () => {
    const feed = buildAtomFeed(archive);
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(feed.match(/<entry>/g)).toHaveLength(2);
    expect(feed.indexOf('newmodels-20260620')).toBeLessThan(feed.indexOf('free-20260527/'));
    expect(feed).toContain('/sweeps/newmodels-20260620/diff/free-20260527/');
    expect(feed).toContain('aider × minimaxai/minimax-m3');
  });
});
