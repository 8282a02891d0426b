/**
 * Leaderboard ranks with uncertainty. Each config's per-task score is its
 * normalised composite on that task (mean over reruns, excluded runs left
 * out); tasks are lined up in one fixed order (task ids sorted) and
 * `rankBands` resamples them with a seeded paired bootstrap.
 */

import type { UnitIndex } from './config-task-units.ts';
import { rankBands, seedFromString, type Interval } from './stats/index.ts';

/** A config's place on the leaderboard with its bootstrap band. */
export interface RankInfo {
  /** 1 = best by mean per-task composite; equal means ordered by config key. */
  rank: number;
  /** Best plausible rank (2.5% bootstrap quantile, rounded down). */
  rankLow: number;
  /** Worst plausible rank (97.5% bootstrap quantile, rounded up). */
  rankHigh: number;
  /** The paired interval of (leader − this config) reaches 0. True for the leader. */
  tiedWithLeader: boolean;
  /** Paired bootstrap interval of leader − this config on shared tasks; null if none shared. */
  gapToLeader: Interval | null;
  /** Tasks this config has a score on. */
  tasksScored: number;
}

/**
 * Per-task composite rows aligned on `taskOrder`; null where the config has
 * no unit for the task or every run of it was excluded.
 *
 * @example
 * taskScoreMatrix(units, ['cat/a', 'cat/b']).get('tui/vendor/m'); // [0.8, null]
 */
export function taskScoreMatrix(units: UnitIndex, taskOrder: readonly string[]): Map<string, (number | null)[]> {
  const matrix = new Map<string, (number | null)[]>();
  for (const [config, byTask] of units) matrix.set(config, taskOrder.map((task) => byTask.get(task)?.composite ?? null));
  return matrix;
}

/**
 * Ranks the configs of a sweep with `rankBands` (2000 resamples, 95%),
 * seeded with `seedFromString(`${sweepId}/rank`)`. A config with no scored
 * task (every run excluded) is left unranked (absent from the map).
 *
 * @returns config key → rank information.
 * @example
 * rankConfigs('free-20260527', units, taskOrder).get('aider/openai/gpt-oss-120b')?.rank; // 1
 */
export function rankConfigs(sweepId: string, units: UnitIndex, taskOrder: readonly string[]): Map<string, RankInfo> {
  const rows = new Map<string, (number | null)[]>();
  for (const [config, row] of taskScoreMatrix(units, taskOrder)) if (row.some((v) => v !== null)) rows.set(config, row);
  const ranks = new Map<string, RankInfo>();
  for (const band of rankBands(rows, { seed: seedFromString(`${sweepId}/rank`) })) {
    ranks.set(band.config, {
      rank: band.rank,
      rankLow: band.rankLow,
      rankHigh: band.rankHigh,
      tiedWithLeader: band.tiedWithLeader,
      gapToLeader: band.gapToLeader,
      tasksScored: band.tasks,
    });
  }
  return ranks;
}
