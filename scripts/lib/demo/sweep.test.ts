import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CellSchema, SweepManifestSchema, type Cell } from '../../../src/schema/index.ts';
import { cellIdFor } from './cell.ts';
import { DEMO_SWEEPS } from './demo-archive.ts';
import { benchDimensions, generateBenchSweep, generateSweep, type GeneratedSweep, type SweepOptions } from './sweep.ts';
import { toMicros } from './time.ts';
import { SEED_SWEEP_DIR } from '../../../tests/helpers/fixtures.ts';

const [JULY, AUGUST] = DEMO_SWEEPS as [SweepOptions, SweepOptions];
const july = generateSweep(JULY);
const august = generateSweep(AUGUST);
const all: Array<[SweepOptions, GeneratedSweep]> = [[JULY, july], [AUGUST, august]];
const cellsOf = (): Cell[] => [...july.cells, ...august.cells];
const seedManifest = JSON.parse(fs.readFileSync(`${SEED_SWEEP_DIR}/sweep.json`, 'utf8')) as { run_templates: unknown };

describe('generateSweep', () => {
  it('writes manifests that pass SweepManifestSchema', () => {
    for (const [, g] of all) expect(SweepManifestSchema.safeParse(g.manifest).error).toBeUndefined();
  });

  it('writes cells that all pass CellSchema', () => {
    const bad = cellsOf().filter((c) => !CellSchema.safeParse(c).success).map((c) => c.cell_id);
    expect(bad).toEqual([]);
  });

  it('fills the whole grid, with reruns only for the rerun tasks', () => {
    expect(july.cells).toHaveLength(4 * 6 * 24);
    expect(august.cells).toHaveLength(5 * 7 * 25 + 4 * 2 * 5 * 7);
    const reruns = august.cells.filter((c) => !c.cell_id.endsWith('#run1'));
    expect(new Set(reruns.map((c) => c.task))).toEqual(new Set(AUGUST.rerunTasks));
  });

  it('gives every cell an id that matches sweep/tui/model/task (+#runN when the sweep reruns)', () => {
    for (const [options, g] of all) {
      for (const cell of g.cells) {
        const run = /#run(\d+)$/.exec(cell.cell_id)?.[1];
        expect(run === undefined).toBe(options.reruns === 1);
        expect(cell.cell_id).toBe(cellIdFor(options.sweepId, cell.tui, cell.model, cell.task, run === undefined ? undefined : Number(run)));
      }
      expect(new Set(g.cells.map((c) => c.cell_id)).size).toBe(g.cells.length);
    }
  });

  it('is deterministic for a seed, and changes with it', () => {
    expect(generateSweep(JULY)).toEqual(july);
    const other = generateSweep({ ...JULY, seed: JULY.seed + 1 });
    expect(other.cells.map((c) => c.axes.pass_rate.pass)).not.toEqual(july.cells.map((c) => c.axes.pass_rate.pass));
  });

  it('catalogues every tui, model and task a cell names, and copies the seed run templates verbatim', () => {
    for (const [, g] of all) {
      for (const cell of g.cells) {
        expect(g.manifest.tuis?.[cell.tui]).toBeDefined();
        expect(g.manifest.models?.[cell.model]).toBeDefined();
        expect(g.manifest.tasks?.[cell.task]).toBeDefined();
      }
      expect(g.manifest.run_templates).toEqual(seedManifest.run_templates);
    }
  });

  it('keeps times consistent: ended_at − started_at = wall_clock_ms, inside the sweep window', () => {
    for (const [, g] of all) {
      const [start, end] = [toMicros(g.manifest.started_at ?? ''), toMicros(g.manifest.ended_at ?? '')];
      for (const cell of g.cells) {
        const [s, e] = [toMicros(cell.started_at ?? ''), toMicros(cell.ended_at ?? '')];
        expect((e - s) / 1000).toBeCloseTo(cell.axes.latency?.wall_clock_ms ?? -1, 3);
        expect(s >= start && e <= end).toBe(true);
      }
    }
  });

  it('times out at exactly timeout_s × 1000 ms', () => {
    const timeouts = cellsOf().filter((c) => c['timed_out'] === true);
    expect(timeouts.length).toBeGreaterThan(0);
    for (const cell of timeouts) {
      expect(cell.axes.latency?.wall_clock_ms).toBe(600_000);
      expect(cell.exit_code).toBeNull();
    }
  });

  it('links every span to a parent in the same cell, and model_calls to the tokens axis', () => {
    for (const cell of cellsOf()) {
      const ids = new Set(cell.spans?.map((s) => s.span_id));
      expect(ids.size).toBe(cell.spans?.length);
      for (const span of cell.spans ?? []) if (span.parent_id != null) expect(ids.has(span.parent_id)).toBe(true);
      const tokens = cell.axes.tokens;
      const calls = cell.model_calls ?? [];
      expect(tokens?.model_calls).toBe(calls.length);
      expect(tokens?.prompt_tokens).toBe(calls.reduce((n, c) => n + (c.prompt_tokens ?? 0), 0));
      if (calls.length === 0) expect([tokens?.prompt_tokens, tokens?.completion_tokens, tokens?.total_tokens]).toEqual([0, 0, 0]);
    }
  });

  it('includes failures of every kind, trap refusals of every verdict, and unknown extra keys', () => {
    const cells = cellsOf();
    expect(new Set(cells.map((c) => c.failure?.kind).filter(Boolean))).toEqual(new Set(['infra', 'incompatible', 'harness']));
    const verdicts = new Set(cells.filter((c) => c.task.startsWith('refusal/')).map((c) => c.axes.refusal?.refusal_correct));
    expect(verdicts).toEqual(new Set(['true', 'false', 'partial']));
    expect(cells.some((c) => 'runner_host' in c)).toBe(true);
    expect(cells.some((c) => c.axes.integrity !== undefined && 'violations' in c.axes.integrity)).toBe(true);
  });

  it('records one terminal cast file and one inline recording', () => {
    expect(august.artifacts).toHaveLength(1);
    const [artifact] = august.artifacts;
    const withPath = august.cells.filter((c) => c.terminal != null && 'path' in c.terminal);
    expect(withPath.map((c) => (c.terminal != null && 'path' in c.terminal ? c.terminal.path : ''))).toEqual([artifact?.path]);
    const [header, ...events] = (artifact?.content ?? '').trimEnd().split('\n').map((line) => JSON.parse(line) as unknown);
    expect(header).toMatchObject({ version: 2 });
    for (const event of events) expect(event).toEqual([expect.any(Number), 'o', expect.any(String)]);
    expect(july.cells.filter((c) => c.terminal != null && 'events' in c.terminal)).toHaveLength(1);
  });
});

describe('generateBenchSweep', () => {
  it.each([2_000, 20_000, 50_000])('chooses a grid within 5%% of %i cells', (n) => {
    const d = benchDimensions(n);
    expect(Math.abs(d.tuis * d.models * d.tasks * d.reruns - n) / n).toBeLessThanOrEqual(0.05);
  });

  it('generates about 2,000 valid cells with unique ids, synthesising names as needed', () => {
    const g = generateBenchSweep({ sweepId: 'bench-2000', cells: 2_000, seed: 1 });
    expect(Math.abs(g.cells.length - 2_000)).toBeLessThanOrEqual(100);
    expect(new Set(g.cells.map((c) => c.cell_id)).size).toBe(g.cells.length);
    expect(g.cells.every((c) => CellSchema.safeParse(c).success)).toBe(true);
    expect(SweepManifestSchema.safeParse(g.manifest).success).toBe(true);
  });
});
