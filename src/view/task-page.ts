import type { LoadedSweep } from '../ingest/load-sweep.ts';
import type { TaskEntry } from '../schema/index.ts';
import { categoryOf } from '../metrics/sweep-input.ts';
import { categoryPath, configPath, taskPath } from '../urls/routes.ts';
import { failuresPath } from '../urls/group-routes.ts';
import { catalogueFacts, type CatalogueFact } from './catalogue-facts.ts';
import { buildGroupTiles, intervalText, type StatTile } from './group-tiles.ts';
import { plural } from '../format/numbers.ts';
import { markLegend, runSquares, type CellSquare, type MarkStyle } from './outcome-marks.ts';
import { buildCrumbs, buildFailureModes, canonicalOf, describeUnit, runSuffix, scoreText, type Crumb, type FailureModeView } from './group-common.ts';
import { metricsOf } from '../data/metrics.ts';

/** One config's runs of the task. */
export interface TaskConfigRow {
  tui: string;
  model: string;
  href: string;
  squares: CellSquare[];
  /** E.g. `passed`, `2 of 3 scored runs passed`. */
  result: string;
  /** Mean score over scored runs, or `not scored`. */
  composite: string;
}

/** The task's entry in the sweep's catalogue, ready to lay out. */
export interface TaskCatalogue {
  title: string | null;
  /** Markdown. */
  description: string | null;
  /** Markdown: the task README given to the agent. */
  prompt: string | null;
  /** Markdown: the task's AGENTS.md. */
  agentsMd: string | null;
  constraints: Array<{ id: string; kind: string; target: string | null; description: string }>;
  /** Every other field, as recorded. */
  facts: CatalogueFact[];
}

/** Everything a task page shows. */
export interface TaskPage {
  title: string;
  description: string;
  canonical: string;
  crumbs: Crumb[];
  task: string;
  /** The catalogue title, else the task id. */
  heading: string;
  /** The task id when the heading is its title. */
  subheading: string | null;
  category: string;
  categoryHref: string;
  headline: string;
  tiles: StatTile[];
  legend: MarkStyle[];
  rows: TaskConfigRow[];
  /** Configs of the sweep with no run of this task, e.g. `Not run by: aider × openai/gpt-oss-120b.`; null when every config ran it. */
  notRunBy: string | null;
  catalogue: TaskCatalogue | null;
  failureModes: FailureModeView[];
  failuresHref: string;
}

const CATALOGUE_MAIN_KEYS = ['title', 'description', 'prompt', 'agents_md', 'constraints'];

/** The task's catalogue entry, or null when the manifest has none. */
export function taskCatalogue(entry: TaskEntry | undefined): TaskCatalogue | null {
  if (entry === undefined) return null;
  return {
    title: entry.title ?? null,
    description: entry.description ?? null,
    prompt: entry.prompt ?? null,
    agentsMd: entry.agents_md ?? null,
    constraints: (entry.constraints ?? []).map((c) => ({ id: c.id, kind: c.kind, target: c.target ?? null, description: c.description })),
    facts: catalogueFacts(entry, CATALOGUE_MAIN_KEYS),
  };
}

/** One sentence on a task: the configs that ran it and how many of their runs passed. */
export function taskHeadline(sweep: LoadedSweep, task: string): string {
  const g = metricsOf(sweep).byTask.get(task);
  if (g === undefined) throw new Error(`task ${task} is not in sweep ${sweep.id}`);
  const pass = g.passRate === null ? 'no run could be scored' : `${g.passes} of ${plural(g.scoredCells, 'scored run')} passed (95% interval ${intervalText(g.passRate, true)})`;
  return `${plural(g.configs, 'config')} ran ${task}: ${pass}.`;
}

/**
 * Builds a task page: every config's runs of the task, the task's
 * aggregate, its failure modes and its catalogue entry.
 */
export function buildTaskPage(sweep: LoadedSweep, task: string): TaskPage {
  const m = metricsOf(sweep);
  const g = m.byTask.get(task);
  if (g === undefined) throw new Error(`task ${task} is not in sweep ${sweep.id}`);
  const category = categoryOf(task);
  const path = taskPath(sweep.id, task);
  const rows: TaskConfigRow[] = [];
  const notRunBy: string[] = [];
  for (const c of m.configs) {
    const unit = m.units.get(c.key)?.get(task);
    const name = `${c.tui} × ${c.model}`;
    if (unit === undefined) {
      notRunBy.push(name);
      continue;
    }
    rows.push({ tui: c.tui, model: c.model, href: configPath(sweep.id, c.tui, c.model), squares: runSquares(sweep.id, unit.runs, name), result: describeUnit(unit, false), composite: scoreText(unit.composite) });
  }
  const catalogue = taskCatalogue(sweep.manifest.tasks?.[task]);
  const headline = taskHeadline(sweep, task);
  return {
    title: `${catalogue?.title ?? task} in ${sweep.id}`,
    description: headline,
    canonical: canonicalOf(path),
    crumbs: buildCrumbs(sweep, [{ label: category, href: categoryPath(sweep.id, category) }, { label: task.slice(category.length + 1), href: null }]),
    task,
    heading: catalogue?.title ?? task,
    subheading: (catalogue?.title ?? null) === null ? null : task,
    category,
    categoryHref: categoryPath(sweep.id, category),
    headline,
    tiles: buildGroupTiles(g),
    legend: markLegend(rows.flatMap((r) => r.squares.map((s) => s.kind))),
    rows,
    notRunBy: notRunBy.length === 0 ? null : `Not run by: ${notRunBy.join(', ')}.`,
    catalogue,
    failureModes: buildFailureModes(sweep.id, g.failureModes, m.cellScores, (s) => `${s.tui} × ${s.model}${runSuffix(s)}`),
    failuresHref: failuresPath(sweep.id),
  };
}
