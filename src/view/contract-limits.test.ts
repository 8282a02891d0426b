import { expect, it } from 'vitest';
import { contractLimits } from './contract-limits.ts';

it('states the limits with the numbers the validator uses', () => {
  const rules = contractLimits().map((l) => l.rule).join('\n');
  expect(rules).toContain('at most 64 levels deep');
  expect(rules).toContain('at most 100 characters');
  expect(rules).toContain('the last 400 lines');
});
