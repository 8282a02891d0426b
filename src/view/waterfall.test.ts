import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Cell, Span } from '../schema/index.ts';
import { SEED_CELL_FILE } from '../../tests/helpers/fixtures.ts';
import { buildSpanSummary, buildWaterfall, MAX_ATTR_CHARS, MAX_WATERFALL_ROWS } from './waterfall.ts';

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

describe('buildWaterfall', () => {
  it('draws at most MAX_WATERFALL_ROWS of 100,000 spans and says how many it left out', () => {
    const spans = Array.from({ length: 100_000 }, (_, i) => span(`s${i}`, i, 1));
    const w = buildWaterfall(spans, undefined);
    expect(w.rows).toHaveLength(MAX_WATERFALL_ROWS);
    expect(w.omittedSpans).toBe(100_000 - MAX_WATERFALL_ROWS);
    expect(w.totalMs).toBe(100_000);
  });

  it('cuts a huge attribute, saying how much is left', () => {
    const [row] = buildWaterfall([span('a', 0, 1, { attrs: { big: 'z'.repeat(3_000_000) } })], undefined).rows;
    const text = row?.attrs[0]?.[1] ?? '';
    expect(text.startsWith('z'.repeat(MAX_ATTR_CHARS))).toBe(true);
    expect(text.endsWith(' … (2,998,000 more characters in the raw record)')).toBe(true);
  });
});
