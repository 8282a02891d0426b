/**
 * Generates a whole sweep (manifest + cells + artifacts) from a seed, and sweeps of a requested size for
 * the benchmark. Pure: writing to disk lives in `write-sweep.ts` (re-exported here).
 */
import type { Cell, SweepManifest } from '../../../src/schema/index.ts';
import { findModel, findTask, findTui, MODELS, synthName, TASKS, TUIS, type TuiSpec } from './catalogue.ts';
import { buildCell, type BuiltCell } from './cell.ts';
import { buildManifest, describeGrid, WEIGHTS } from './manifest.ts';
import { createRng, deriveRng, hashString } from './random.ts';
import { buildCast, castToText } from './terminal.ts';
import { isoFromMicros, toMicros } from './time.ts';

export { writeSweep, cellPathFor, type WriteOptions } from './write-sweep.ts';

/** What to generate. */
export interface SweepOptions {
  /** e.g. `cab-20260705`. */
  sweepId: string;
  seed: number;
  /** When the first cell starts, ISO-8601, e.g. `2026-07-05T06:00:00Z`. */
  startedAt: string;
  tuis: string[];
  models: string[];
  /** Task ids, or the first N of the catalogue. */
  tasks: string[] | number;
  /** Runs per cell; more than 1 writes `#run<N>` ids. */
  reruns: number;
  title?: string;
  /** Markdown; a description of the grid when absent. */
  description?: string;
  /** Only these tasks get runs 2..reruns (the rest run once, as `#run1`). Default: every task. */
  rerunTasks?: string[];
  /** Per-cell time limit, seconds (default 600). */
  timeoutS?: number;
  /** The cell (`tui/model/task#runN`, the id without the sweep) that gets a cast file under `artifacts/`. */
  castCell?: string;
  /** The cell that gets an inline `events` recording. */
  inlineCastCell?: string;
}

/** A file written beside the cells, path relative to the sweep folder. */
export interface Artifact {
  path: string;
  content: string;
}

/** A generated sweep. */
export interface GeneratedSweep {
  manifest: SweepManifest;
  cells: Cell[];
  artifacts: Artifact[];
}

interface Slot {
  tui: number;
  model: number;
  task: number;
  run: number;
}

/** Generates a sweep: every tui × model × task (× run) cell, scheduled in one lane per tui. */
export function generateSweep(options: SweepOptions): GeneratedSweep {
  const tuis = options.tuis.map(findTui);
  const models = options.models.map(findModel);
  const taskIds = typeof options.tasks === 'number' ? TASKS.slice(0, options.tasks).map((t) => t.id) : options.tasks;
  const tasks = taskIds.map(findTask);
  const timeoutS = options.timeoutS ?? 600;
  const rerunSet = new Set(options.rerunTasks ?? taskIds);
  const withRunSuffix = options.reruns > 1;
  const startUs = toMicros(options.startedAt);
  const built: Array<[Slot, BuiltCell]> = [];
  const artifacts: Artifact[] = [];

  tuis.forEach((tui, ti) => {
    const lane = deriveRng(options.seed, 'lane', tui.name);
    let clock = startUs + ti * lane.int(2e6, 40e6);
    for (let run = 1; run <= options.reruns; run++) {
      models.forEach((model, mi) => {
        tasks.forEach((task, ki) => {
          if (run > 1 && !rerunSet.has(task.id)) return;
          const cell = buildCell({ sweepId: options.sweepId, seed: options.seed, tui, model, task, run, withRunSuffix, startedAtUs: clock, timeoutS, weights: WEIGHTS });
          built.push([{ tui: ti, model: mi, task: ki, run }, cell]);
          clock = cell.endedAtUs + lane.int(300_000, 4_000_000);
        });
      });
    }
  });
  built.sort(([a], [b]) => a.tui - b.tui || a.model - b.model || a.task - b.task || a.run - b.run);

  for (const [slot, { cell, run }] of built) {
    const key = cell.cell_id.slice(options.sweepId.length + 1);
    const isFile = key === options.castCell;
    if (!isFile && key !== options.inlineCastCell) continue;
    const tui = tuis[slot.tui] as TuiSpec;
    const task = tasks[slot.task];
    if (task === undefined) continue;
    const cast = buildCast(cell, tui, task, run, deriveRng(options.seed, 'cast', cell.cell_id));
    if (isFile) {
      const path = `artifacts/casts/${key.replace(/[/#]/g, '__')}.cast`;
      artifacts.push({ path, content: castToText(cast) });
      cell.terminal = { format: 'asciicast', path };
    } else {
      cell.terminal = { format: 'asciicast', header: cast.header, events: cast.events };
    }
  }

  const cells = built.map(([, b]) => b.cell);
  const endUs = built.reduce((max, [, b]) => Math.max(max, b.endedAtUs), startUs);
  const manifest = buildManifest({
    sweepId: options.sweepId,
    title: options.title ?? options.sweepId,
    description: options.description ?? describeGrid(tuis, models, tasks, options.reruns),
    startedAt: isoFromMicros(startUs),
    endedAt: isoFromMicros(endUs),
    timeoutS,
    harness: { name: 'codingagentbench', version: '0.9.3', commit: createRng(hashString(`commit|${options.seed}`)).hex(40) },
    methodologyVersion: '0.1',
    tuis,
    models,
    tasks,
  });
  return { manifest, cells, artifacts };
}

/** Grid dimensions for a benchmark sweep of about `cells` cells (within a few percent from 100 up). */
export interface BenchDimensions {
  tuis: number;
  models: number;
  tasks: number;
  reruns: number;
}

/** Chooses tuis × models × tasks × reruns to reach about `cells` cells, keeping about 27 tasks per config. */
export function benchDimensions(cells: number): BenchDimensions {
  const reruns = cells >= 20_000 ? 3 : cells >= 5_000 ? 2 : 1;
  const perRun = cells / reruns;
  const baseTasks = Math.min(TASKS.length, Math.max(1, Math.round(perRun / 4)));
  const configs = Math.max(1, Math.round(perRun / baseTasks));
  const tuis = Math.max(1, Math.round(Math.sqrt(configs * 0.75)));
  const models = Math.max(1, Math.round(configs / tuis));
  const tasks = Math.max(1, Math.round(perRun / (tuis * models)));
  return { tuis, models, tasks, reruns };
}

/** `count` names cycling through a catalogue, suffixing `-x1`, `-x2`, … once it runs out. */
function cycleNames(names: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => synthName(names[i % names.length] ?? '', Math.floor(i / names.length)));
}

/** A sweep of about `cells` cells for the benchmark, synthesising extra tuis, models and tasks as needed. */
export function generateBenchSweep(options: { sweepId: string; cells: number; seed: number; startedAt?: string }): GeneratedSweep {
  const dims = benchDimensions(options.cells);
  return generateSweep({
    sweepId: options.sweepId,
    seed: options.seed,
    startedAt: options.startedAt ?? '2026-09-01T00:00:00Z',
    tuis: cycleNames(TUIS.map((t) => t.name), dims.tuis),
    models: cycleNames(MODELS.map((m) => m.id), dims.models),
    tasks: cycleNames(TASKS.map((t) => t.id), dims.tasks),
    reruns: dims.reruns,
    title: `Benchmark sweep (${options.cells} cells requested)`,
  });
}
