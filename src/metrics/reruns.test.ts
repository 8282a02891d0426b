import { describe, expect, it } from 'vitest';
import { rerunStats, type RerunStats } from './reruns.ts';

// A unit from its run outcomes; only `outcome` of each run and the pass count matter.
const unit = (...runs: boolean[]) => ({
  scored: runs.map((p) => ({ outcome: p ? ('pass' as const) : ('fail' as const) })) as never[],
  passes: runs.filter(Boolean).length,
});

describe('rerunStats', () => {
  it.each<[string, ReturnType<typeof unit>[], RerunStats | null]>([
    ['no units', [], null],
    ['single runs only', [unit(true), unit(false)], null],
    ['one unit 2 of 3: pass@3 1, pass^3 0, flaky', [unit(true, false, true)], { k: 3, units: 1, passAtK: 1, passHatK: 0, flakyUnits: 1, flakeRate: 1 }],
    ['all pass and all fail', [unit(true, true), unit(false, false)], { k: 2, units: 2, passAtK: 0.5, passHatK: 0.5, flakyUnits: 0, flakeRate: 0 }],
    // k = 2 (smallest run count): unit 1 n=2 c=1 -> pass@2 1, pass^2 0; unit 2 n=3 c=2 -> pass@2 1, pass^2 C(2,2)/C(3,2) = 1/3
    ['k is the smallest run count', [unit(true, false), unit(true, true, false), unit(true)], { k: 2, units: 2, passAtK: 1, passHatK: 1 / 6, flakyUnits: 2, flakeRate: 1 }],
  ])('%s', (_, units, expected) => {
    const got = rerunStats(units);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toEqual({ ...expected, passAtK: expect.closeTo(expected.passAtK, 12), passHatK: expect.closeTo(expected.passHatK, 12) });
  });
});
