import { describe, expect, it } from 'vitest';
import { renderShard, shardOf } from './render-scope.ts';

describe('renderShard', () => {
  it('is the whole site when unset', () => {
    expect(renderShard({})).toEqual({ index: 0, count: 1 });
  });
  it('reads index/count', () => {
    expect(renderShard({ SWEEPSITE_RENDER_SHARD: '1/3' })).toEqual({ index: 1, count: 3 });
  });
  it('names what it expected and found when the value is wrong', () => {
    for (const bad of ['3/3', '1', 'a/b', '0/0', '-1/2']) expect(() => renderShard({ SWEEPSITE_RENDER_SHARD: bad })).toThrow(`expected index/count with index < count, found "${bad}"`);
  });
});

describe('shardOf', () => {
  it('splits a route across shards so every page lands in exactly one, evenly', () => {
    const pages = Array.from({ length: 11 }, (_, i) => `p${i}`);
    const shards = [0, 1, 2].map((i) => shardOf(pages, { SWEEPSITE_RENDER_SHARD: `${i}/3` }));
    expect(shards.flat().sort()).toEqual([...pages].sort());
    expect(shards.map((s) => s.length)).toEqual([4, 4, 3]);
  });
  it('deals out runs of neighbouring pages, so a shard writes whole folders', () => {
    const pages = Array.from({ length: 64 }, (_, i) => i);
    const [first, second] = [0, 1].map((i) => shardOf(pages, { SWEEPSITE_RENDER_SHARD: `${i}/2` }));
    // 64 pages, 2 shards, 8 blocks each: blocks of 4, dealt in turn.
    expect(first?.slice(0, 8)).toEqual([0, 1, 2, 3, 8, 9, 10, 11]);
    expect(second?.slice(0, 8)).toEqual([4, 5, 6, 7, 12, 13, 14, 15]);
    expect([first?.length, second?.length]).toEqual([32, 32]);
  });
  it('keeps every page in a single process', () => {
    expect(shardOf(['a', 'b'], {})).toEqual(['a', 'b']);
  });
});
