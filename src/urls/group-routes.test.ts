import { describe, expect, it } from 'vitest';
import { compareDataPath, compareIndexPath, comparePath, failuresPath } from './group-routes.ts';

describe('group routes', () => {
  it.each<[string, string]>([
    [comparePath('free-20260527', 'aider', 'openai/gpt-oss-120b', 'openhands', 'openai/gpt-oss-120b'), '/sweeps/free-20260527/compare/aider/openai/gpt-oss-120b/vs/openhands/openai/gpt-oss-120b/'],
    [comparePath('s', 'pi', 'openrouter/qwen/Qwen2.5:free', 'pi', 'no-vendor'), '/sweeps/s/compare/pi/openrouter/qwen-qwen2.5-free/vs/pi/_/no-vendor/'],
    [compareIndexPath('Sweep One'), '/sweeps/sweep-one/compare/'],
    [compareDataPath('s'), '/sweeps/s/compare/data.json'],
    [failuresPath('s'), '/sweeps/s/failures/'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
