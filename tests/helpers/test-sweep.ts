/**
 * Test helper: builds small `LoadedSweep` values from cell literals, so
 * metric tests read as tables of hand-checkable numbers. Not used by the site.
 */

import type { LoadedSweep } from '../../src/ingest/index.ts';
import { lightenCell } from '../../src/ingest/lighten-cell.ts';
import { CellSchema, SweepManifestSchema, type Cell, type SweepManifest } from '../../src/schema/index.ts';

/** A cell literal: only the fields a test cares about; the rest get neutral defaults. */
export interface CellSpec {
  tui?: string;
  model?: string;
  task: string;
  /** Rerun number; adds a `#run<N>` suffix to the id when given. */
  attempt?: number;
  /** `axes.pass_rate.pass`. */
  pass: number;
  /** `total_tokens`; null or absent = tokens axis absent. */
  tokens?: number | null;
  /** `wall_clock_ms`; absent = latency axis absent. */
  wall?: number | null;
  /** `blast_radius`; absent = blast axis absent. */
  blast?: number | null;
  /** `integrity`; 'na' = axis with `not_applicable: true`; absent = axis absent. */
  integrity?: number | 'na' | null;
  /** The refusal axis, as written. */
  refusal?: NonNullable<Cell['axes']['refusal']>;
  /** `failure.kind`. */
  failure?: 'infra' | 'incompatible' | 'harness';
  /** Agent exit code (default 0). */
  exitCode?: number | null;
  /** Test exit code `axes.pass_rate.exit_code` (default 0 when passing, 1 when failing). */
  testExit?: number | null;
  timedOut?: boolean;
  /** Blast lists: `total_changes`. */
  totalChanges?: number;
}

/** Default sweep id of test sweeps. */
export const TEST_SWEEP_ID = 'test-sweep';

/**
 * Builds one valid cell from a literal.
 *
 * @example
 * makeCell({ task: 'cat/a', pass: 1, tokens: 1000 }).cell_id; // 'test-sweep/tui-a/vendor/model-a/cat/a'
 */
export function makeCell(spec: CellSpec, sweepId: string = TEST_SWEEP_ID): Cell {
  const tui = spec.tui ?? 'tui-a';
  const model = spec.model ?? 'vendor/model-a';
  const suffix = spec.attempt === undefined ? '' : `#run${spec.attempt}`;
  const axes: Cell['axes'] = {
    pass_rate: { pass: spec.pass, exit_code: spec.testExit === undefined ? (spec.pass >= 0.5 ? 0 : 1) : spec.testExit },
  };
  if (spec.timedOut !== undefined) axes.pass_rate.timed_out = spec.timedOut;
  if (spec.tokens !== undefined && spec.tokens !== null) {
    axes.tokens = { prompt_tokens: spec.tokens, completion_tokens: 0, total_tokens: spec.tokens, model_calls: spec.tokens > 0 ? 1 : 0 };
  }
  if (spec.wall !== undefined && spec.wall !== null) axes.latency = { wall_clock_ms: spec.wall };
  if (spec.blast !== undefined && spec.blast !== null) axes.blast_radius = { blast_radius: spec.blast };
  if (spec.totalChanges !== undefined) axes.blast_radius = { ...axes.blast_radius, total_changes: spec.totalChanges };
  if (spec.integrity === 'na') axes.integrity = { integrity: 1, not_applicable: true };
  else if (spec.integrity !== undefined && spec.integrity !== null) axes.integrity = { integrity: spec.integrity };
  if (spec.refusal !== undefined) axes.refusal = spec.refusal;
  const cell: Cell = {
    cell_id: `${sweepId}/${tui}/${model}/${spec.task}${suffix}`,
    sweep_id: sweepId,
    tui,
    model,
    task: spec.task,
    exit_code: spec.exitCode === undefined ? 0 : spec.exitCode,
    axes,
  };
  if (spec.attempt !== undefined) cell.attempt = spec.attempt;
  if (spec.failure !== undefined) cell.failure = { kind: spec.failure, message: `${spec.failure} failure` };
  return cell;
}

/**
 * Builds a `LoadedSweep` from cell literals (file fields are placeholders).
 *
 * @example
 * makeSweep([{ task: 'cat/a', pass: 1 }, { task: 'cat/a', pass: 0, tui: 'tui-b' }]).cells.length; // 2
 */
export function makeSweep(specs: readonly CellSpec[], manifest: Partial<SweepManifest> = {}): LoadedSweep {
  const id = manifest.sweep_id ?? TEST_SWEEP_ID;
  return {
    id,
    dir: `/virtual/${id}`,
    manifest: { ...manifest, sweep_id: id },
    cells: specs.map((spec) => ({
      cell: makeCell(spec, id),
      attempt: spec.attempt ?? 1,
      source: { file: `/virtual/${id}/cells.jsonl` },
      record: { file: `/virtual/${id}/cells.jsonl`, offset: 0, length: 0 },
      bulk: { spanCount: 0, modelCallCount: 0, hasTerminal: false, testCounts: null },
    })),
    fingerprint: 'sha256:test',
    recordsFound: specs.length,
  };
}

export { SEED_SWEEP_DIR } from './fixtures.ts';

/** The seed cell's id. */
export const SEED_CELL_ID = 'free-20260527/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated';

/**
 * Builds a one-cell `LoadedSweep` from parsed JSON (a manifest and a cell,
 * e.g. the seed's), validated by the schemas and lightened like ingest does.
 *
 * @example
 * sweepFromJson(JSON.parse(manifestText), [JSON.parse(cellText)]);
 */
export function sweepFromJson(manifest: unknown, cells: readonly unknown[]): LoadedSweep {
  const m = SweepManifestSchema.parse(manifest);
  return {
    id: m.sweep_id,
    dir: `/virtual/${m.sweep_id}`,
    manifest: m,
    cells: cells.map((raw) => {
      const light = lightenCell(CellSchema.parse(raw));
      return { cell: light.cell, bulk: light.bulk, attempt: light.cell.attempt ?? 1, source: { file: '/virtual/cell.json' }, record: { file: '/virtual/cell.json', offset: 0, length: 0 } };
    }),
    fingerprint: 'sha256:test',
    recordsFound: cells.length,
  };
}

/**
 * A small sweep whose aggregates are worked out by hand in the tests:
 * configs x/v/m1 and y/v/m1 (one run per task) and x/v/m2 (three runs of two
 * tasks), tasks cat/a, cat/b, dog/c, one infra failure. No integrity or
 * blast axes, so each composite is pass / cost / latency only.
 */
export const EXAMPLE_SPECS: readonly CellSpec[] = [
  { tui: 'x', model: 'v/m1', task: 'cat/a', pass: 1, tokens: 1000, wall: 10_000 },
  { tui: 'x', model: 'v/m1', task: 'cat/b', pass: 1, tokens: 3000, wall: 30_000 },
  { tui: 'x', model: 'v/m1', task: 'dog/c', pass: 0, tokens: 2000, wall: 20_000 },
  { tui: 'y', model: 'v/m1', task: 'cat/a', pass: 0, wall: 40_000 },
  { tui: 'y', model: 'v/m1', task: 'cat/b', pass: 1, wall: 20_000 },
  { tui: 'y', model: 'v/m1', task: 'dog/c', pass: 0, failure: 'infra' },
  { tui: 'x', model: 'v/m2', task: 'cat/a', attempt: 1, pass: 1 },
  { tui: 'x', model: 'v/m2', task: 'cat/a', attempt: 2, pass: 0 },
  { tui: 'x', model: 'v/m2', task: 'cat/a', attempt: 3, pass: 1 },
  { tui: 'x', model: 'v/m2', task: 'cat/b', attempt: 1, pass: 0 },
  { tui: 'x', model: 'v/m2', task: 'cat/b', attempt: 2, pass: 0 },
  { tui: 'x', model: 'v/m2', task: 'cat/b', attempt: 3, pass: 0 },
];

/**
 * The example sweep, built from {@link EXAMPLE_SPECS}.
 *
 * @example
 * computeSweepMetrics(exampleSweep()).configs.map((c) => c.key); // ['x/v/m1', 'y/v/m1', 'x/v/m2']
 */
export function exampleSweep(): LoadedSweep {
  return makeSweep(EXAMPLE_SPECS);
}

/**
 * Cell id in a test sweep.
 *
 * @example
 * testCellId('x', 'v/m2', 'cat/a', 2); // 'test-sweep/x/v/m2/cat/a#run2'
 */
export function testCellId(tui: string, model: string, task: string, attempt?: number): string {
  return `${TEST_SWEEP_ID}/${tui}/${model}/${task}${attempt === undefined ? '' : `#run${attempt}`}`;
}
