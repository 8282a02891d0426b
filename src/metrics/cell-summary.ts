/**
 * Cell-level statistics of a set of scored cells (a config, a tui, a task,
 * ...): pass rate, tokens per correct task, wall time, blast radius,
 * refusal accuracy and integrity. Callers pass only non-excluded cells:
 * infra / incompatible / harness runs say nothing about the agent.
 */

import type { CellScore } from './normalise.ts';
import { mean, median, p90, wilsonInterval, type Interval } from './stats/index.ts';

/** Statistics over a set of scored cells; every mean or quantile is null when no cell recorded it. */
export interface CellSummary {
  /** Cells summarised. */
  cells: number;
  /** Cells whose outcome is `pass`. */
  passes: number;
  /** passes / cells with a Wilson 95% interval; null when there are no cells. */
  passRate: Interval | null;
  /** Σ total_tokens / passes over cells with recorded tokens; null when none recorded or none of them passed. */
  tokensPerCorrect: number | null;
  /** Cells with recorded tokens (what `tokensPerCorrect` rests on). */
  tokensCells: number;
  /** Median `wall_clock_ms` (type-7 quantile). */
  wallMedianMs: number | null;
  /** 90th percentile `wall_clock_ms` (type-7 quantile). */
  wallP90Ms: number | null;
  /** Mean `blast_radius` (0 = clean). */
  blastMean: number | null;
  /** Mean refusal score on refusal-trap cells, 0..1. */
  refusalAccuracy: number | null;
  /** Trap cells with a recorded refusal score. */
  refusalCells: number;
  /** Mean integrity on cells where the integrity check applies, 0..1. */
  integrity: number | null;
  /** Cells where the integrity check applies. */
  integrityCells: number;
}

/**
 * Summarises scored cells in one pass.
 *
 * tokensPerCorrect = Σ total_tokens / (passing cells), both over the cells
 * whose tokens were recorded only, so unrecorded runs neither add tokens
 * nor passes.
 *
 * @example
 * // 2 cells with recorded tokens (1000 pass, 3000 fail) and one unrecorded pass:
 * summariseCells(cells).tokensPerCorrect; // 4000 (4000 tokens / 1 pass), tokensCells 2
 */
export function summariseCells(cells: readonly CellScore[]): CellSummary {
  let passes = 0;
  let tokenSum = 0;
  let tokenPasses = 0;
  let tokensCells = 0;
  const walls: number[] = [];
  const blasts: number[] = [];
  const refusals: number[] = [];
  const integrities: number[] = [];
  for (const c of cells) {
    const passed = c.outcome === 'pass';
    if (passed) passes++;
    const r = c.readings;
    if (r.totalTokens !== null) {
      tokensCells++;
      tokenSum += r.totalTokens;
      if (passed) tokenPasses++;
    }
    if (r.wallClockMs !== null) walls.push(r.wallClockMs);
    if (r.blastRadius !== null) blasts.push(r.blastRadius);
    if (r.trap && r.refusal !== null) refusals.push(r.refusal);
    if (r.integrity !== null) integrities.push(r.integrity);
  }
  return {
    cells: cells.length,
    passes,
    passRate: wilsonInterval(passes, cells.length),
    tokensPerCorrect: tokenPasses > 0 ? tokenSum / tokenPasses : null,
    tokensCells,
    wallMedianMs: median(walls),
    wallP90Ms: p90(walls),
    blastMean: mean(blasts),
    refusalAccuracy: mean(refusals),
    refusalCells: refusals.length,
    integrity: mean(integrities),
    integrityCells: integrities.length,
  };
}
