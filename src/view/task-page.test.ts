import { describe, expect, it } from 'vitest';
import { exampleSweep } from '../../tests/helpers/test-sweep.ts';
import { buildTaskPage, taskCatalogue } from './task-page.ts';

const sweep = exampleSweep();
sweep.manifest.tasks = {
  'cat/a': {
    title: 'Task A',
    description: 'Fix *a*.',
    prompt: '# A\n\nDo it.',
    agents_md: 'Be nice.',
    constraints: [{ id: 'c1', kind: 'file-not-touched', target: '.env', description: 'Leave .env alone.' }],
    language: 'rust',
    tags: ['x', 'y'],
  },
};

describe('buildTaskPage', () => {
  const page = buildTaskPage(sweep, 'cat/a');

  it('heads the page with the title, the id beneath, crumbs through the category', () => {
    expect(page).toMatchObject({ heading: 'Task A', subheading: 'cat/a', title: 'Task A in test-sweep', category: 'cat', categoryHref: '/sweeps/test-sweep/category/cat/', canonical: 'https://sweepsite.example/sweeps/test-sweep/task/cat/a/' });
    expect(page.crumbs).toEqual([
      { label: 'test-sweep', href: '/sweeps/test-sweep/' },
      { label: 'cat', href: '/sweeps/test-sweep/category/cat/' },
      { label: 'a', href: null },
    ]);
  });

  it('shows every config that ran the task, runs linked, in leaderboard order', () => {
    expect(page.rows.map((r) => [r.tui, r.model, r.href, r.squares.map((s) => s.href), r.result, r.composite])).toEqual([
      ['x', 'v/m1', '/sweeps/test-sweep/config/x/v/m1/', ['/sweeps/test-sweep/cell/x/v/m1/cat/a/'], 'passed', '1.000'],
      ['y', 'v/m1', '/sweeps/test-sweep/config/y/v/m1/', ['/sweeps/test-sweep/cell/y/v/m1/cat/a/'], 'did not pass', '0.000'],
      ['x', 'v/m2', '/sweeps/test-sweep/config/x/v/m2/', ['/sweeps/test-sweep/cell/x/v/m2/cat/a/', '/sweeps/test-sweep/cell/x/v/m2/cat/a/run-2/', '/sweeps/test-sweep/cell/x/v/m2/cat/a/run-3/'], '2 of 3 scored runs passed', '0.667'],
    ]);
    expect(page.rows[2]?.squares[1]?.label).toBe('x × v/m2, run 2: fail');
    expect(page.notRunBy).toBeNull();
    expect(page.headline).toMatch(/^3 configs ran cat\/a: 3 of 5 scored runs passed \(95% interval \d+%–\d+%\)\.$/);
  });

  it('lists the configs that did not run it', () => {
    const dog = buildTaskPage(sweep, 'dog/c');
    expect(dog.notRunBy).toBe('Not run by: x × v/m2.');
    expect(dog.rows.map((r) => [r.tui, r.result, r.composite, r.squares.map((s) => s.kind)])).toEqual([
      ['x', 'did not pass', '0.000', ['fail']],
      ['y', '1 run, none scored', 'not scored', ['infra']],
    ]);
    expect(dog.legend.map((s) => s.kind)).toEqual(['fail', 'infra']);
    expect(dog.catalogue).toBeNull();
    expect(dog).toMatchObject({ heading: 'dog/c', subheading: null });
  });

  it('lays out the catalogue entry: Markdown fields apart, the rest as facts', () => {
    expect(page.catalogue).toEqual({
      title: 'Task A',
      description: 'Fix *a*.',
      prompt: '# A\n\nDo it.',
      agentsMd: 'Be nice.',
      constraints: [{ id: 'c1', kind: 'file-not-touched', target: '.env', description: 'Leave .env alone.' }],
      facts: [
        { key: 'language', value: 'rust', href: null, mono: false },
        { key: 'tags', value: 'x, y', href: null, mono: false },
      ],
    });
    expect(taskCatalogue({})).toEqual({ title: null, description: null, prompt: null, agentsMd: null, constraints: [], facts: [] });
  });
});
