/**
 * Everything the site shows about one sweep's numbers, computed once per
 * sweep: cell scores, aggregates by config / tui / model / category / task,
 * rank bands, neighbour look-ups and download rows. Everything is indexed,
 * so pages rendering thousands of cells look values up by key instead of
 * scanning the sweep.
 */

import { aggregateBy, aggregateConfigs, type ConfigAggregate, type GroupAggregate } from './aggregate.ts';
import { compareConfigs, comparablePairs, type ComparablePair, type ConfigComparison } from './compare.ts';
import { buildUnits, type UnitIndex } from './config-task-units.ts';
import { buildNeighbourIndex, findNeighbours, type CellNeighbours } from './neighbours.ts';
import { resolveWeights, scoreCells, type CellScore, type ComponentWeights } from './normalise.ts';
import { rankConfigs } from './rank.ts';
import { cellRow, leaderboardRow, type CellRow, type LeaderboardRow } from './rows.ts';
import { type CellInput, type SweepInput } from './sweep-input.ts';
import { compareStrings } from '../util/compare-strings.ts';

/** A sweep's metrics: maps for look-ups, lists in display order, and row builders for downloads. */
export interface SweepMetrics {
  sweepId: string;
  /** The composite weights before renormalisation (manifest, else DEFAULT_WEIGHTS). */
  weights: ComponentWeights;
  /** Every task id of the sweep, sorted: the fixed task order of rank bands and comparisons. */
  taskOrder: readonly string[];
  /** `cell_id` → score, in `cell_id` order. */
  cellScores: ReadonlyMap<string, CellScore>;
  /** Config key → task → that config's runs on that task. */
  units: UnitIndex;
  /** Configs sorted by rank (unranked last, by key). */
  configs: readonly ConfigAggregate[];
  /** Config key (`tui/model`) → config aggregate. */
  configByKey: ReadonlyMap<string, ConfigAggregate>;
  /** tui → aggregate over all its models. */
  byTui: ReadonlyMap<string, GroupAggregate>;
  /** model → aggregate over all its tuis. */
  byModel: ReadonlyMap<string, GroupAggregate>;
  /** category → aggregate. */
  byCategory: ReadonlyMap<string, GroupAggregate>;
  /** task → aggregate over every config that ran it. */
  byTask: ReadonlyMap<string, GroupAggregate>;
  /** Related cells of a cell page; empty lists for an unknown id. */
  neighbours(cellId: string): CellNeighbours;
  /** Head-to-head of two configs (keys `tui/model`), computed on demand. */
  compare(a: string, b: string): ConfigComparison;
  /** Every pair of configs sharing a tui or a model, in leaderboard order. */
  comparablePairs(): ComparablePair[];
  /** One row per config, in leaderboard order. */
  leaderboardRows(): LeaderboardRow[];
  /** One row per cell, in `cell_id` order. */
  cellRows(): CellRow[];
}

/**
 * Computes a sweep's metrics. Pure and deterministic: the same sweep gives
 * the same numbers on every build (all resampling is seeded by sweep id and
 * group). `knownConfigs`, this function's own `configs` for the same sweep
 * computed elsewhere (another process of the same build), skips ranking them again.
 *
 * @example
 * const m = computeSweepMetrics(sweep);
 * m.cellScores.get(cellId)?.composite;
 * m.configs[0]?.rank; // { rank: 1, rankLow: 1, rankHigh: 2, tiedWithLeader: true, … }
 */
export function computeSweepMetrics(sweep: SweepInput, knownConfigs?: readonly ConfigAggregate[]): SweepMetrics {
  const sweepId = sweep.id;
  const cellScores = scoreCells(sweep);
  const units = buildUnits(cellScores.values());
  const taskOrder = [...new Set([...cellScores.values()].map((s) => s.task))].sort(compareStrings);
  const configs = knownConfigs !== undefined ? [...knownConfigs] : aggregateConfigs(sweepId, units, rankConfigs(sweepId, units, taskOrder));
  const configByKey = new Map(configs.map((c) => [c.key, c]));
  const inputs = new Map<string, CellInput>(sweep.cells.map((c) => [c.cell.cell_id, c]));
  let neighbourIndex: ReturnType<typeof buildNeighbourIndex> | undefined;
  let byTui: Map<string, GroupAggregate> | undefined;
  let byModel: Map<string, GroupAggregate> | undefined;
  let byCategory: Map<string, GroupAggregate> | undefined;
  let byTask: Map<string, GroupAggregate> | undefined;
  const empty: CellNeighbours = { otherTuis: [], otherModels: [], otherTasksInCategory: [] };
  return {
    sweepId,
    weights: resolveWeights(sweep.manifest),
    taskOrder,
    cellScores,
    units,
    configs,
    configByKey,
    // Group aggregates are drawn on first use: a build that takes a sweep's pages from its cache
    // needs only its configs (config histories), and these cost a second at 20,000 cells. Each
    // group's resampling has its own seed, so the order they are drawn in changes nothing.
    get byTui() {
      return (byTui ??= aggregateBy(sweepId, 'tui', units, (u) => u.tui));
    },
    get byModel() {
      return (byModel ??= aggregateBy(sweepId, 'model', units, (u) => u.model));
    },
    get byCategory() {
      return (byCategory ??= aggregateBy(sweepId, 'category', units, (u) => u.category));
    },
    get byTask() {
      return (byTask ??= aggregateBy(sweepId, 'task', units, (u) => u.task));
    },
    neighbours(cellId) {
      const score = cellScores.get(cellId);
      if (score === undefined) return { ...empty };
      neighbourIndex ??= buildNeighbourIndex(cellScores.values());
      return findNeighbours(neighbourIndex, score);
    },
    compare: (a, b) => compareConfigs(sweepId, a, units.get(a), b, units.get(b)),
    comparablePairs: () => comparablePairs(configs),
    leaderboardRows: () => configs.map(leaderboardRow),
    cellRows: () =>
      [...cellScores.values()].flatMap((s) => {
        const input = inputs.get(s.cellId);
        return input === undefined ? [] : [cellRow(input, s)];
      }),
  };
}
