import { describe, expect, it } from 'vitest';
import { exampleSweep } from '../../tests/helpers/test-sweep.ts';
import { metricsOf } from '../data/metrics.ts';
import { categoryPassTable } from './category-pass.ts';

describe('categoryPassTable', () => {
  const table = categoryPassTable(metricsOf(exampleSweep()).units);
  const counts = (key: string) => table.byConfig.get(key)?.map((c) => (c === null ? null : [c.passes, c.scored]));

  it('lists every category once, sorted', () => {
    expect(table.categories).toEqual(['cat', 'dog']);
  });

  it.each([
    // x/v/m1 passes cat/a and cat/b, fails dog/c.
    ['x/v/m1', [[2, 2], [0, 1]]],
    // y/v/m1 passes cat/b only; its dog/c run was an infra failure, so nothing there is scored.
    ['y/v/m1', [[1, 2], [0, 0]]],
    // x/v/m2 ran only cat tasks, three runs each: 2 of 3 and 0 of 3.
    ['x/v/m2', [[2, 6], null]],
  ])('counts scored runs and passes of %s per category', (key, expected) => {
    expect(counts(key)).toEqual(expected);
  });

  it('gives a Wilson interval, and none where no run was scored', () => {
    const [cat, dog] = table.byConfig.get('y/v/m1') ?? [];
    expect(cat?.passRate?.estimate).toBe(0.5);
    expect(cat?.passRate?.low).toBeLessThan(0.5);
    expect(dog?.passRate).toBeNull();
  });
});
