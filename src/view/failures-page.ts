import type { LoadedSweep } from '../ingest/load-sweep.ts';
import { FAILURE_MODES, type FailureMode } from '../metrics/cell-outcome.ts';
import type { CellScore } from '../metrics/normalise.ts';
import { configPath, configSegments } from '../urls/routes.ts';
import { failuresPath } from '../urls/group-routes.ts';
import { FAILURE_MODES_DOC, failureModeText, type FailureModeText } from './failure-mode-text.ts';
import { plural } from '../format/numbers.ts';
import { buildCrumbs, canonicalOf, cellLinkOf, runSuffix, type CellLinkView, type Crumb } from './group-common.ts';
import { metricsOf } from '../data/metrics.ts';

/** One column of the matrix: a failure mode that occurs in the sweep. */
export interface FailureColumn extends FailureModeText {
  /** Id of the mode's section below the matrix. */
  anchor: string;
}

/** One count of the matrix. */
export interface FailureCount {
  /** The count as text. */
  text: string;
  /** Link to the list of these cells below the matrix; null for 0. */
  href: string | null;
  /** Accessible name, e.g. `3 no-change runs of aider × x`. */
  label: string;
}

/** One config's row of the matrix. */
export interface FailureRow {
  name: string;
  href: string;
  counts: FailureCount[];
  total: string;
}

/** The cells of one config that failed in one way. */
export interface FailureGroup {
  anchor: string;
  name: string;
  href: string;
  /** E.g. `3 runs`. */
  count: string;
  cells: CellLinkView[];
}

/** Every cell that failed in one way, by config. */
export interface FailureSection extends FailureModeText {
  anchor: string;
  /** E.g. `12 runs`. */
  count: string;
  groups: FailureGroup[];
}

/** Everything the failure-mode page shows. */
export interface FailuresPage {
  title: string;
  description: string;
  canonical: string;
  crumbs: Crumb[];
  headline: string;
  methodologyHref: string;
  columns: FailureColumn[];
  rows: FailureRow[];
  /** Per-column totals, then the grand total. */
  totals: string[];
  sections: FailureSection[];
}

/**
 * Id of the list of one config's cells with one failure mode, e.g. `no-change--aider--openai--gpt-oss-120b`.
 *
 * @example
 * failureAnchor('no-change', 'aider', 'openai/gpt-oss-120b'); // 'no-change--aider--openai--gpt-oss-120b'
 */
export function failureAnchor(mode: FailureMode, tui: string, model: string): string {
  return `${mode}--${configSegments(tui, model).replaceAll('/', '--')}`;
}

/** Id of a failure mode's section, e.g. `mode-no-change`. */
export function modeAnchor(mode: FailureMode): string {
  return `mode-${mode}`;
}

/**
 * Builds the failure-mode page: a failure mode × config matrix whose counts
 * link to full lists of the cells below it, one section per mode.
 */
export function buildFailuresPage(sweep: LoadedSweep): FailuresPage {
  const m = metricsOf(sweep);
  // mode -> config key -> failing cells, in cell_id order.
  const byMode = new Map<FailureMode, Map<string, CellScore[]>>();
  let failing = 0;
  let excluded = 0;
  for (const s of m.cellScores.values()) {
    if (s.failureMode === null) continue;
    failing++;
    if (s.excluded) excluded++;
    let byConfig = byMode.get(s.failureMode);
    if (byConfig === undefined) byMode.set(s.failureMode, (byConfig = new Map()));
    const list = byConfig.get(s.configKey);
    if (list === undefined) byConfig.set(s.configKey, [s]);
    else list.push(s);
  }
  const modes = FAILURE_MODES.filter((mode) => byMode.has(mode));
  const count = (mode: FailureMode, key: string): number => byMode.get(mode)?.get(key)?.length ?? 0;
  const rows: FailureRow[] = m.configs.map((c) => {
    const name = `${c.tui} × ${c.model}`;
    const counts = modes.map((mode): FailureCount => {
      const n = count(mode, c.key);
      return { text: String(n), href: n === 0 ? null : `#${failureAnchor(mode, c.tui, c.model)}`, label: `${plural(n, `${mode} run`)} of ${name}` };
    });
    return { name, href: configPath(sweep.id, c.tui, c.model), counts, total: String(modes.reduce((sum, mode) => sum + count(mode, c.key), 0)) };
  });
  const columnTotals = modes.map((mode) => [...(byMode.get(mode)?.values() ?? [])].reduce((sum, list) => sum + list.length, 0));
  const sections: FailureSection[] = modes.map((mode) => {
    const byConfig = byMode.get(mode) ?? new Map<string, CellScore[]>();
    const groups = m.configs.flatMap((c): FailureGroup[] => {
      const cells = byConfig.get(c.key);
      if (cells === undefined) return [];
      return [{ anchor: failureAnchor(mode, c.tui, c.model), name: `${c.tui} × ${c.model}`, href: configPath(sweep.id, c.tui, c.model), count: plural(cells.length, 'run'), cells: cells.map((s) => cellLinkOf(sweep.id, s, `${s.task}${runSuffix(s)}`)) }];
    });
    const total = groups.reduce((sum, g) => sum + g.cells.length, 0);
    return { ...failureModeText(mode), anchor: modeAnchor(mode), count: plural(total, 'run'), groups };
  });
  const path = failuresPath(sweep.id);
  const headline =
    failing === 0
      ? m.cellScores.size === 1
        ? 'The only run in this sweep passed.'
        : `All ${plural(m.cellScores.size, 'run')} in this sweep passed.`
      : `${failing} of ${plural(m.cellScores.size, 'run')} did not pass: ${plural(failing - excluded, 'failure')} of the agent and ${excluded} that could not measure it (infra, incompatible or harness).`;
  return {
    title: `Failure modes in ${sweep.id}`,
    description: headline,
    canonical: canonicalOf(path),
    crumbs: buildCrumbs(sweep, [{ label: 'Failure modes', href: null }]),
    headline,
    methodologyHref: FAILURE_MODES_DOC,
    columns: modes.map((mode) => ({ ...failureModeText(mode), anchor: modeAnchor(mode) })),
    rows,
    totals: [...columnTotals.map(String), String(failing)],
    sections,
  };
}
