/**
 * Pieces every group page shares: the sweep's display title, breadcrumbs,
 * canonical URLs, and failure-mode lists with example cell links.
 */

import type { LoadedSweep } from '../ingest/load-sweep.ts';
import type { ConfigTaskUnit } from '../metrics/config-task-units.ts';
import type { FailureModeCount } from '../metrics/failure-modes.ts';
import type { CellScore } from '../metrics/normalise.ts';
import { formatScore } from '../format/numbers.ts';
import { cellPath, sweepPath } from '../urls/routes.ts';
import { plural } from '../format/numbers.ts';
import { failureModeText, type FailureModeText } from './failure-mode-text.ts';
import { siteOrigin } from '../data/site-config.ts';

/** One step of a breadcrumb trail; the current page has no href. */
export interface Crumb {
  label: string;
  href: string | null;
}

/** A sweep's title as pages show it: the manifest's title, else its id. */
export function sweepTitle(sweep: Pick<LoadedSweep, 'id' | 'manifest'>): string {
  return sweep.manifest.title ?? sweep.id;
}

/**
 * A breadcrumb trail starting at the sweep; the last step is the current page.
 *
 * @example
 * buildCrumbs(sweep, [{ label: 'aider', href: null }]); // [{ label: 'July 2026…', href: '/sweeps/cab-20260705/' }, { label: 'aider', href: null }]
 */
export function buildCrumbs(sweep: Pick<LoadedSweep, 'id' | 'manifest'>, rest: readonly Crumb[]): Crumb[] {
  return [{ label: sweepTitle(sweep), href: sweepPath(sweep.id) }, ...rest];
}

/** The absolute canonical URL of a site path. */
export function canonicalOf(path: string): string {
  return `${siteOrigin()}${path}`;
}

/** A link to one cell. */
export interface CellLinkView {
  label: string;
  href: string;
}

/** The link to a scored cell, labelled for this page. */
export function cellLinkOf(sweepId: string, score: CellScore, label: string): CellLinkView {
  return { label, href: cellPath({ sweepId, tui: score.tui, model: score.model, task: score.task, attempt: score.attempt }) };
}

/** One failure mode of a group, with its words and example cells. */
export interface FailureModeView extends FailureModeText {
  count: number;
  examples: CellLinkView[];
}

/**
 * The failure modes of a group with links to their example cells.
 *
 * @param labelOf names an example cell on this page (its task on a config page, its config on a task page).
 */
export function buildFailureModes(
  sweepId: string,
  counts: readonly FailureModeCount[],
  scores: ReadonlyMap<string, CellScore>,
  labelOf: (score: CellScore) => string,
): FailureModeView[] {
  return counts.map((c) => ({
    ...failureModeText(c.mode),
    count: c.count,
    examples: c.examples.flatMap((id) => {
      const s = scores.get(id);
      return s === undefined ? [] : [cellLinkOf(sweepId, s, labelOf(s))];
    }),
  }));
}

/** ` (run N)` for a rerun, else nothing: added to a cell's label where runs of one cell sit side by side. */
export function runSuffix(score: Pick<CellScore, 'attempt'>): string {
  return score.attempt > 1 ? ` (run ${score.attempt})` : '';
}

/**
 * A score as shown in tables and links: three decimals, or "not scored" when nothing could be
 * scored (every run infra, incompatible or harness), the words every surface uses for it.
 *
 * @example
 * scoreText(0.1538); // '0.154'
 * scoreText(null);   // 'not scored'
 */
export function scoreText(score: number | null | undefined): string {
  return score === null || score === undefined ? 'not scored' : formatScore(score);
}

/**
 * One config's result on one task in words.
 *
 * @example
 * describeUnit(unit); // 'passed · score 0.893', or '1 of 3 scored runs passed · score 0.323'
 * describeUnit(unit, false); // 'passed'
 */
export function describeUnit(unit: ConfigTaskUnit, withComposite = true): string {
  const scored = unit.scored.length;
  if (scored === 0) return `${plural(unit.runs.length, 'run')}, none scored`;
  const passed = unit.runs.length === 1 ? (unit.passes === 1 ? 'passed' : 'did not pass') : `${unit.passes} of ${plural(scored, 'scored run')} passed`;
  return withComposite ? `${passed} · score ${formatScore(unit.composite)}` : passed;
}
