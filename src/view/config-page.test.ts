import { describe, expect, it } from 'vitest';
import { exampleSweep, makeSweep } from '../../tests/helpers/test-sweep.ts';
import { buildConfigPage } from './config-page.ts';

const sweep = exampleSweep();

describe('buildConfigPage', () => {
  const page = buildConfigPage(sweep, 'x/v/m2');

  it('names the page and links the tui, model and sweep', () => {
    expect(page).toMatchObject({
      title: 'x × v/m2',
      canonical: 'https://sweepsite.example/sweeps/test-sweep/config/x/v/m2/',
      tuiHref: '/sweeps/test-sweep/tui/x/',
      modelHref: '/sweeps/test-sweep/model/v/m2/',
      crumbs: [
        { label: 'test-sweep', href: '/sweeps/test-sweep/' },
        { label: 'x × v/m2', href: null },
      ],
    });
  });

  it('lays out every task of the sweep by category, one square per run, and marks tasks it did not run', () => {
    expect(page.categories.map((c) => [c.category, c.anchor, c.href, c.count])).toEqual([
      ['cat', 'category-cat', '/sweeps/test-sweep/category/cat/', '2 tasks'],
      ['dog', 'category-dog', '/sweeps/test-sweep/category/dog/', '1 task'],
    ]);
    const [cat, dog] = page.categories;
    expect(cat?.tasks.map((t) => [t.task, t.name, t.href, t.squares.map((s) => s.letter).join(''), t.summary])).toEqual([
      ['cat/a', 'a', '/sweeps/test-sweep/task/cat/a/', 'PFP', '2 of 3 scored runs passed · score 0.667'],
      ['cat/b', 'b', '/sweeps/test-sweep/task/cat/b/', 'FFF', '0 of 3 scored runs passed · score 0.000'],
    ]);
    expect(cat?.tasks[0]?.squares[1]).toEqual({ href: '/sweeps/test-sweep/cell/x/v/m2/cat/a/run-2/', kind: 'fail', letter: 'F', label: 'cat/a, run 2: fail' });
    expect(dog?.tasks).toEqual([{ task: 'dog/c', name: 'c', href: '/sweeps/test-sweep/task/dog/c/', squares: [], summary: 'not run' }]);
    expect(page.hasNotRun).toBe(true);
    expect(page.legend.map((s) => s.kind)).toEqual(['pass', 'fail']);
  });

  it('puts rank first, then the group tiles with reruns', () => {
    expect(page.tiles.map((t) => t.label)).toEqual(['Rank', 'Pass rate', 'Score', 'Tokens per correct', 'Wall time', 'Blast radius', 'Refusal accuracy', 'Integrity', 'Infra failures', 'pass@3', 'pass^3', 'Flake rate']);
    expect(page.tiles[0]).toMatchObject({ value: '3 of 3' });
  });

  it('lists failure modes with up to three example cells', () => {
    expect(page.failureModes).toEqual([
      {
        mode: 'test-failure',
        label: 'Test failure',
        description: 'The agent changed code and the tests failed.',
        excluded: false,
        count: 4,
        examples: [
          { label: 'cat/a (run 2)', href: '/sweeps/test-sweep/cell/x/v/m2/cat/a/run-2/' },
          { label: 'cat/b', href: '/sweeps/test-sweep/cell/x/v/m2/cat/b/' },
          { label: 'cat/b (run 2)', href: '/sweeps/test-sweep/cell/x/v/m2/cat/b/run-2/' },
        ],
      },
    ]);
    expect(page.failuresHref).toBe('/sweeps/test-sweep/failures/');
  });

  it('links the badge and every head-to-head sharing its tui or model', () => {
    expect(page.badge).toEqual({
      src: '/sweeps/test-sweep/badge/x/v/m2.svg',
      alt: 'sweepsite: x × v/m2 in test-sweep, pass rate 33% ±37',
      markdown: '[![sweepsite: x × v/m2 in test-sweep, pass rate 33% ±37](https://sweepsite.example/sweeps/test-sweep/badge/x/v/m2.svg)](https://sweepsite.example/sweeps/test-sweep/config/x/v/m2/)',
    });
    expect(page.sameTui).toEqual([{ label: 'vs x × v/m1', href: '/sweeps/test-sweep/compare/x/v/m1/vs/x/v/m2/' }]);
    expect(page.sameModel).toEqual([]);
    expect(buildConfigPage(sweep, 'x/v/m1').sameModel).toEqual([{ label: 'vs y × v/m1', href: '/sweeps/test-sweep/compare/x/v/m1/vs/y/v/m1/' }]);
  });

  it.each<[string, RegExp]>([
    ['x/v/m1', /^x × v\/m1 passed 2 of 3 scored runs \(67%, 95% interval 21%–94%\) with a score of 0\.643\. Rank 1 of 3.*: it leads the sweep\.$/],
    ['y/v/m1', /^y × v\/m1 passed 1 of 2 scored runs \(50%, 95% interval 9%–91%\)/],
  ])('summarises %s in one sentence', (key, headline) => {
    expect(buildConfigPage(sweep, key).headline).toMatch(headline);
  });

  it('says so when every run was excluded', () => {
    const allInfra = makeSweep([
      { tui: 'x', model: 'v/m1', task: 'cat/a', pass: 1 },
      { tui: 'y', model: 'v/m1', task: 'cat/a', pass: 0, failure: 'infra' },
    ]);
    const p = buildConfigPage(allInfra, 'y/v/m1');
    expect(p.headline).toBe('y × v/m1 has no scored run in this sweep: its only run was an infra, incompatible or harness failure.');
    expect(p.tiles[0]).toMatchObject({ value: 'not ranked', tone: 'missing' });
    expect(p.categories[0]?.tasks[0]?.summary).toBe('1 run, none scored');
  });

  it('refuses an unknown config', () => {
    expect(() => buildConfigPage(sweep, 'z/v/m9')).toThrow('config z/v/m9 is not in sweep test-sweep');
  });
});
