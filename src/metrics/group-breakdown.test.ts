import { describe, expect, it } from 'vitest';
import { computeSweepMetrics } from './sweep-metrics.ts';
import { exampleSweep } from '../../tests/helpers/test-sweep.ts';
import { aggregateWithin, selectUnits } from './group-breakdown.ts';

const m = computeSweepMetrics(exampleSweep());

describe('selectUnits', () => {
  it('keeps matching units in config then task order', () => {
    expect(selectUnits(m.units, (u) => u.task === 'cat/a').map((u) => u.configKey)).toEqual(['x/v/m1', 'x/v/m2', 'y/v/m1']);
  });
});

describe('aggregateWithin', () => {
  const units = selectUnits(m.units, (u) => u.tui === 'x');
  const byCategory = aggregateWithin('test-sweep', 'category', 'tui:x', units, (u) => u.category);

  it.each<[string, number, number, number]>([
    ['cat', 8, 4, 2],
    ['dog', 1, 0, 1],
  ])('%s: cells, passes, tasks', (key, cells, passes, tasks) => {
    expect(byCategory.get(key)).toMatchObject({ cells, passes, tasks, kind: 'category', key: `${key}@tui:x`, groupKey: `category:${key}@tui:x` });
  });

  it('sorts bucket keys', () => {
    expect([...aggregateWithin('test-sweep', 'config', 'category:cat', selectUnits(m.units, (u) => u.category === 'cat'), (u) => u.configKey).keys()]).toEqual(['x/v/m1', 'x/v/m2', 'y/v/m1']);
  });
});
