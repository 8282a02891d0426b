import { describe, expect, it, vi } from 'vitest';
import { boundedMemo } from './bounded-memo.ts';

describe('boundedMemo', () => {
  it('computes each key once while under the bound', () => {
    const compute = vi.fn((s: string) => s.length);
    const memo = boundedMemo(compute, { limit: 10 });
    expect([memo('ab'), memo('ab'), memo('abc'), memo('ab')]).toEqual([2, 2, 3, 2]);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('keeps undefined results too', () => {
    const compute = vi.fn((): string | undefined => undefined);
    const memo = boundedMemo(compute, { limit: 10 });
    memo('x');
    memo('x');
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('computes without keeping once the bound is reached, and still answers correctly', () => {
    const compute = vi.fn((s: string) => s.toUpperCase());
    const memo = boundedMemo(compute, { limit: 1 });
    expect([memo('a'), memo('b'), memo('b'), memo('a')]).toEqual(['A', 'B', 'B', 'A']);
    // 'a' was kept; 'b' came after the bound and is computed on every call.
    expect(compute.mock.calls.map(([k]) => k)).toEqual(['a', 'b', 'b']);
  });

  it('bounds the total weight when given a weigh function', () => {
    const compute = vi.fn((s: string) => s.repeat(2));
    const memo = boundedMemo(compute, { limit: 10, weigh: (k, v) => k.length + v.length });
    memo('abc'); // weight 9, kept
    memo('d'); // weight 3, would pass 10: not kept
    memo('abc');
    memo('d');
    expect(compute.mock.calls.map(([k]) => k)).toEqual(['abc', 'd', 'd']);
  });
});
