import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Cell, Span } from '../schema/index.ts';
import { SEED_CELL_FILE } from '../../tests/helpers/fixtures.ts';
import { buildWaterfall, MAX_ATTR_CHARS, MAX_WATERFALL_ROWS } from './waterfall.ts';

const seed = JSON.parse(fs.readFileSync(SEED_CELL_FILE, 'utf8')) as Cell;
const span = (span_id: string, start_ms: number, duration_ms: number, more: Partial<Span> = {}): Span => ({ span_id, parent_id: null, kind: 'tool_call', name: span_id, start_ms, duration_ms, attrs: {}, error: null, ...more });

describe('buildWaterfall', () => {
  it('gives each seed span its start, kind, name, duration and error (the cell page lists them nowhere else)', () => {
    const rows = buildWaterfall(seed.spans ?? [], seed.started_at).rows;
    expect(rows.map((r) => [r.startLabel, r.kind, r.name, r.durationLabel, r.error])).toEqual([
      ['0 ms', 'task_setup', 'prepare:mutations/rust-error-negated', '1 ms', null],
      ['1 ms', 'adapter_run', 'openhands:mutations/rust-error-negated', '19.0 s', null],
      ['1 ms', 'tool_call', 'applied_plugins', '0 ms', null],
      ['1 ms', 'container', 'openhands:run', '19.0 s', null],
      ['19.0 s', 'cleanup', 'cleanup:openhands', '0 ms', null],
    ]);
  });

  it('keeps a span error as text', () => {
    const spans = [span('parent', 0, 5000), span('child', 4000, 500, { parent_id: 'parent', error: { type: 'Timeout', message: 'model call' } })];
    expect(buildWaterfall(spans, undefined).rows.map((r) => [r.name, r.startLabel, r.error])).toEqual([
      ['parent', '0 ms', null],
      ['child', '4.0 s', '{"type":"Timeout","message":"model call"}'],
    ]);
  });

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
