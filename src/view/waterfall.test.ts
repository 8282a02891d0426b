import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Cell, Span } from '../schema/index.ts';
import { SEED_CELL_FILE } from '../../tests/helpers/fixtures.ts';
import { buildSpanSummary, buildWaterfall } from './waterfall.ts';

const seed = JSON.parse(fs.readFileSync(SEED_CELL_FILE, 'utf8')) as Cell;
const span = (span_id: string, start_ms: number, duration_ms: number, more: Partial<Span> = {}): Span => ({ span_id, parent_id: null, kind: 'tool_call', name: span_id, start_ms, duration_ms, attrs: {}, error: null, ...more });

describe('buildSpanSummary', () => {
  it('lists the seed spans in the order they started', () => {
    expect(buildSpanSummary(buildWaterfall(seed.spans ?? [], seed.started_at))).toEqual([
      { at: '0 ms', kind: 'task_setup', name: 'prepare:mutations/rust-error-negated', duration: '1 ms', error: null },
      { at: '1 ms', kind: 'adapter_run', name: 'openhands:mutations/rust-error-negated', duration: '19.0 s', error: null },
      { at: '1 ms', kind: 'tool_call', name: 'applied_plugins', duration: '0 ms', error: null },
      { at: '1 ms', kind: 'container', name: 'openhands:run', duration: '19.0 s', error: null },
      { at: '19.0 s', kind: 'cleanup', name: 'cleanup:openhands', duration: '0 ms', error: null },
    ]);
  });

  it('puts a late child after an earlier top-level span and keeps its error as text', () => {
    const spans = [span('parent', 0, 5000), span('child', 4000, 500, { parent_id: 'parent', error: { type: 'Timeout', message: 'model call' } }), span('next', 1000, 10)];
    expect(buildSpanSummary(buildWaterfall(spans, undefined)).map((r) => [r.name, r.at, r.error])).toEqual([
      ['parent', '0 ms', null],
      ['next', '1.0 s', null],
      ['child', '4.0 s', '{"type":"Timeout","message":"model call"}'],
    ]);
  });
});
