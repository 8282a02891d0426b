import { describe, expect, it } from 'vitest';
import { exampleSweep } from '../../tests/helpers/test-sweep.ts';
import { buildCategoryPage } from './category-page.ts';

const sweep = exampleSweep();
sweep.manifest.tasks = { 'cat/a': { title: 'Task A' } };

describe('buildCategoryPage', () => {
  const page = buildCategoryPage(sweep, 'cat');

  it('summarises the category', () => {
    // cat: x/m1 2 of 2, y/m1 1 of 2, x/m2 2 of 6 -> 5 of 10 scored runs.
    expect(page.headline).toBe('2 tasks in cat, run by 3 configs: a 50% pass rate (95% interval 24%–76%).');
    expect(page).toMatchObject({ title: 'cat tasks in test-sweep', canonical: 'https://sweepsite.example/sweeps/test-sweep/category/cat/' });
    expect(page.crumbs.at(-1)).toEqual({ label: 'cat', href: null });
  });

  it('ranks configs by score on the category tasks only', () => {
    expect(page.rows.map((r) => [r.tui, r.model, r.href, r.passRate, r.composite, r.passes, r.infra])).toEqual([
      ['x', 'v/m1', '/sweeps/test-sweep/config/x/v/m1/', '100%', '0.964', '2 of 2', '0'],
      ['y', 'v/m1', '/sweeps/test-sweep/config/y/v/m1/', '50%', '0.500', '1 of 2', '0'],
      ['x', 'v/m2', '/sweeps/test-sweep/config/x/v/m2/', '33%', '0.333', '2 of 6', '0'],
    ]);
    expect(page.rows[0]?.passBar).not.toBeNull();
  });

  it('lists its tasks with their titles; a task\'s score averages its configs', () => {
    // cat/a: (1 + 0 + 2/3) / 3; cat/b: (0.65/0.7 + 1 + 0) / 3.
    expect(page.tasks).toEqual([
      { task: 'cat/a', title: 'Task A', href: '/sweeps/test-sweep/task/cat/a/', passRate: '60%', composite: '0.556', runs: '5 runs' },
      { task: 'cat/b', title: '—', href: '/sweeps/test-sweep/task/cat/b/', passRate: '40%', composite: '0.643', runs: '5 runs' },
    ]);
  });

  it('counts infra failures on a category that has them', () => {
    const dog = buildCategoryPage(sweep, 'dog');
    expect(dog.rows.map((r) => [r.tui, r.passes, r.infra, r.composite])).toEqual([
      ['x', '0 of 1', '0', '0.000'],
      ['y', '0 of 0', '1', 'not scored'],
    ]);
    expect(dog.failureModes.map((f) => [f.mode, f.examples.map((e) => e.label)])).toEqual([
      ['infra', ['y × v/m1 on dog/c']],
      ['test-failure', ['x × v/m1 on dog/c']],
    ]);
  });
});
