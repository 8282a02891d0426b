import { describe, expect, it } from 'vitest';
import { exampleSweep, makeSweep } from '../../tests/helpers/test-sweep.ts';
import { indexArchive } from '../data/archive.ts';
import type { LoadedSweep } from '../ingest/load-sweep.ts';
import { planSweep } from './plan-site.ts';
import type { RouteName } from './page-plan.ts';
import { restParam } from './route-params.ts';

const sweep = exampleSweep();
// Ids that the slug rule changes: upper case, a model without a vendor, a nested model name.
const odd = makeSweep(
  [
    { tui: 'Pi', model: 'openrouter/qwen/Qwen2.5:free', task: 'Cat/Ünïcode task', pass: 1 },
    { tui: 'Pi', model: 'solo', task: 'Cat/Ünïcode task', pass: 0 },
  ],
  { sweep_id: 'odd-sweep' },
);
const archive = indexArchive({ sweeps: [sweep, odd], problems: [], sweepFolders: 2, recordsFound: sweep.cells.length + odd.cells.length });

/** The planned pages of `route` in `of`, as their params and what the route is handed. */
function planned(of: LoadedSweep, route: RouteName): Array<[Record<string, string>, unknown]> {
  return planSweep(archive, of)
    .filter((p) => p.route === route)
    .map((p) => [p.params, p.ref]);
}
const param = (of: LoadedSweep, route: RouteName, name: string): string[] => planned(of, route).map(([params]) => params[name] as string);

describe('restParam', () => {
  it('cuts the sweep and kind off a builder path', () => {
    expect(restParam('s', 'config', '/sweeps/s/config/aider/openai/gpt-oss-120b/')).toBe('aider/openai/gpt-oss-120b');
  });
  it('refuses a path from another folder', () => {
    expect(() => restParam('s', 'task', '/sweeps/s/config/x/')).toThrow('/sweeps/s/config/x/ is not under /sweeps/s/task/');
  });
});

describe('the route params the plan hands each page', () => {
  it('gives one config page per config, params from the builder', () => {
    expect(planned(sweep, 'config')).toEqual([
      [{ sweep: 'test-sweep', config: 'x/v/m1' }, { sweep: 'test-sweep', key: 'x/v/m1' }],
      [{ sweep: 'test-sweep', config: 'y/v/m1' }, { sweep: 'test-sweep', key: 'y/v/m1' }],
      [{ sweep: 'test-sweep', config: 'x/v/m2' }, { sweep: 'test-sweep', key: 'x/v/m2' }],
    ]);
  });

  it('slugs every segment like the URL builders', () => {
    expect(param(odd, 'config', 'config')).toEqual(['pi/openrouter/qwen-qwen2.5-free', 'pi/_/solo']);
    expect(planned(odd, 'tui')).toEqual([[{ sweep: 'odd-sweep', tui: 'pi' }, { sweep: 'odd-sweep', tui: 'Pi' }]]);
    expect(param(odd, 'model', 'model')).toEqual(['openrouter/qwen-qwen2.5-free', '_/solo']);
    expect(param(odd, 'category', 'category')).toEqual(['cat']);
    expect(param(odd, 'task', 'task')).toEqual(['cat/unicode-task']);
  });

  it('lists tuis, models, categories, tasks and comparable pairs', () => {
    expect(param(sweep, 'tui', 'tui')).toEqual(['x', 'y']);
    expect(param(sweep, 'model', 'model')).toEqual(['v/m1', 'v/m2']);
    expect(param(sweep, 'category', 'category')).toEqual(['cat', 'dog']);
    expect(param(sweep, 'task', 'task')).toEqual(['cat/a', 'cat/b', 'dog/c']);
    expect(planned(sweep, 'compare').map(([params, ref]) => [params['pair'], (ref as { a: string }).a, (ref as { b: string }).b])).toEqual([
      ['x/v/m1/vs/y/v/m1', 'x/v/m1', 'y/v/m1'],
      ['x/v/m1/vs/x/v/m2', 'x/v/m1', 'x/v/m2'],
    ]);
    expect([sweep, odd].map((s) => planSweep(archive, s).find((p) => p.route === 'sweep')?.params)).toEqual([{ sweep: 'test-sweep' }, { sweep: 'odd-sweep' }]);
  });
});
