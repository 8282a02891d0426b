import { describe, expect, it } from 'vitest';
import { exampleSweep, makeSweep } from '../../tests/helpers/test-sweep.ts';
import { categoryRoutes, compareRoutes, configRoutes, modelRoutes, restParam, sweepRoutes, taskRoutes, tuiRoutes } from './group-paths.ts';

const sweep = exampleSweep();
// Ids that the slug rule changes: upper case, a model without a vendor, a nested model name.
const odd = makeSweep(
  [
    { tui: 'Pi', model: 'openrouter/qwen/Qwen2.5:free', task: 'Cat/Ünïcode task', pass: 1 },
    { tui: 'Pi', model: 'solo', task: 'Cat/Ünïcode task', pass: 0 },
  ],
  { sweep_id: 'odd-sweep' },
);

describe('restParam', () => {
  it('cuts the sweep and kind off a builder path', () => {
    expect(restParam('s', 'config', '/sweeps/s/config/aider/openai/gpt-oss-120b/')).toBe('aider/openai/gpt-oss-120b');
  });
  it('refuses a path from another folder', () => {
    expect(() => restParam('s', 'task', '/sweeps/s/config/x/')).toThrow('/sweeps/s/config/x/ is not under /sweeps/s/task/');
  });
});

describe('static paths', () => {
  it('gives one config page per config, params from the builder', () => {
    expect(configRoutes([sweep]).map((r) => [r.params, r.props.key])).toEqual([
      [{ sweep: 'test-sweep', config: 'x/v/m1' }, 'x/v/m1'],
      [{ sweep: 'test-sweep', config: 'y/v/m1' }, 'y/v/m1'],
      [{ sweep: 'test-sweep', config: 'x/v/m2' }, 'x/v/m2'],
    ]);
  });

  it('slugs every segment like the URL builders', () => {
    expect(configRoutes([odd]).map((r) => r.params.config)).toEqual(['pi/openrouter/qwen-qwen2.5-free', 'pi/_/solo']);
    expect(tuiRoutes([odd]).map((r) => [r.params.tui, r.props.tui])).toEqual([['pi', 'Pi']]);
    expect(modelRoutes([odd]).map((r) => r.params.model)).toEqual(['openrouter/qwen-qwen2.5-free', '_/solo']);
    expect(categoryRoutes([odd]).map((r) => r.params.category)).toEqual(['cat']);
    expect(taskRoutes([odd]).map((r) => r.params.task)).toEqual(['cat/unicode-task']);
  });

  it('lists tuis, models, categories, tasks and comparable pairs', () => {
    expect(tuiRoutes([sweep]).map((r) => r.params.tui)).toEqual(['x', 'y']);
    expect(modelRoutes([sweep]).map((r) => r.params.model)).toEqual(['v/m1', 'v/m2']);
    expect(categoryRoutes([sweep]).map((r) => r.params.category)).toEqual(['cat', 'dog']);
    expect(taskRoutes([sweep]).map((r) => r.params.task)).toEqual(['cat/a', 'cat/b', 'dog/c']);
    expect(compareRoutes([sweep]).map((r) => [r.params.pair, r.props.a, r.props.b])).toEqual([
      ['x/v/m1/vs/y/v/m1', 'x/v/m1', 'y/v/m1'],
      ['x/v/m1/vs/x/v/m2', 'x/v/m1', 'x/v/m2'],
    ]);
    expect(sweepRoutes([sweep, odd]).map((r) => r.params)).toEqual([{ sweep: 'test-sweep' }, { sweep: 'odd-sweep' }]);
  });
});
