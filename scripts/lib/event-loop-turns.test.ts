import { describe, expect, it } from 'vitest';
import { createTurnTaker } from './event-loop-turns.ts';

describe('createTurnTaker', () => {
  it('lets a pending I/O callback run during a long loop, at most about every period', async () => {
    const turn = createTurnTaker(5);
    let ranAt = -1;
    setImmediate(() => {
      ranAt = i;
    });
    let i = 0;
    const end = performance.now() + 40;
    while (performance.now() < end) {
      i++;
      await turn();
    }
    expect(ranAt).toBeGreaterThan(0);
    expect(ranAt).toBeLessThan(i);
  });
  it('does not yield before its period is up', async () => {
    const turn = createTurnTaker(10_000);
    let ran = false;
    setImmediate(() => {
      ran = true;
    });
    for (let i = 0; i < 1000; i++) await turn();
    expect(ran).toBe(false);
  });
});
