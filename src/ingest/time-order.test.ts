import { expect, it } from 'vitest';
import { checkTimeOrder } from './time-order.ts';

it.each([
  [{ started_at: '2026-05-31T19:53:46.476582Z', ended_at: '2026-05-31T19:54:05.481768Z' }, null],
  [{ started_at: '2026-05-31T19:53:46Z', ended_at: '2026-05-31T19:53:46Z' }, null],
  [{ started_at: '2026-05-31T19:53:46Z' }, null],
  [{ started_at: '2026-05-31T21:53:46+02:00', ended_at: '2026-05-31T19:54:00Z' }, null],
  [{ started_at: '2026-05-31T19:54:05Z', ended_at: '2020-01-01T00:00:00Z' }, 'expected a time at or after started_at (2026-05-31T19:54:05Z), found 2020-01-01T00:00:00Z'],
])('%j', (record, message) => {
  expect(checkTimeOrder(record)).toBe(message);
});
