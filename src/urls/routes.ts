import { slugModel, slugSegment, slugTask } from './slug.ts';

/** What names one cell: its sweep, config, task and rerun number. */
export interface CellRef {
  sweepId: string;
  tui: string;
  model: string;
  task: string;
  /** Rerun number, 1-based. */
  attempt: number;
}

/** The config part of a path: `<tui>/<vendor>/<model>`. */
export function configSegments(tui: string, model: string): string {
  const m = slugModel(model);
  return `${slugSegment(tui)}/${m.vendor}/${m.name}`;
}

/** The task part of a path: `<category>/<task>`. */
export function taskSegments(task: string): string {
  const t = slugTask(task);
  return `${t.category}/${t.name}`;
}

/** `/sweeps/<sweep_id>/` — a sweep's home (its leaderboard). */
export function sweepPath(sweepId: string): string {
  return `/sweeps/${slugSegment(sweepId)}/`;
}

/** The sweep's own search index (a Pagefind bundle), built and cached with its pages. */
export function sweepSearchBundlePath(sweepId: string): string {
  return `${sweepPath(sweepId)}pagefind/`;
}

/** Permanent cell address: `/sweeps/<sweep>/cell/<tui>/<vendor>/<model>/<category>/<task>/` (`run-N/` for reruns after the first). */
export function cellPath(ref: CellRef): string {
  const run = ref.attempt > 1 ? `run-${ref.attempt}/` : '';
  return `${sweepPath(ref.sweepId)}cell/${configSegments(ref.tui, ref.model)}/${taskSegments(ref.task)}/${run}`;
}

/** The raw record beside the cell page. */
export function cellJsonPath(ref: CellRef): string {
  return `${cellPath(ref)}cell.json`;
}

/** Seed-compatible alias for the newest sweep's cell: `/cell/<tui>/<vendor>/<model>/<category>/<task>/`. */
export function cellAliasPath(tui: string, model: string, task: string): string {
  return `/cell/${configSegments(tui, model)}/${taskSegments(task)}/`;
}

/** Config page in a sweep. */
export function configPath(sweepId: string, tui: string, model: string): string {
  return `${sweepPath(sweepId)}config/${configSegments(tui, model)}/`;
}

/** Task page in a sweep. */
export function taskPath(sweepId: string, task: string): string {
  return `${sweepPath(sweepId)}task/${taskSegments(task)}/`;
}

/** Category page in a sweep. */
export function categoryPath(sweepId: string, category: string): string {
  return `${sweepPath(sweepId)}category/${slugSegment(category)}/`;
}

/** Tui page in a sweep. */
export function tuiPath(sweepId: string, tui: string): string {
  return `${sweepPath(sweepId)}tui/${slugSegment(tui)}/`;
}

/** Model page in a sweep. */
export function modelPath(sweepId: string, model: string): string {
  const m = slugModel(model);
  return `${sweepPath(sweepId)}model/${m.vendor}/${m.name}/`;
}

/** Permanent cell badge: `/sweeps/<sweep>/badge/<tui>/<vendor>/<model>/<category>/<task>.svg`. */
export function cellBadgePath(ref: CellRef): string {
  const run = ref.attempt > 1 ? `.run-${ref.attempt}` : '';
  return `${sweepPath(ref.sweepId)}badge/${configSegments(ref.tui, ref.model)}/${taskSegments(ref.task)}${run}.svg`;
}

/** Seed-compatible badge alias for the newest sweep: `/badge/<tui>/<vendor>/<model>/<category>/<task>.svg`. */
export function cellBadgeAliasPath(tui: string, model: string, task: string): string {
  return `/badge/${configSegments(tui, model)}/${taskSegments(task)}.svg`;
}

/** Permanent config badge in a sweep. */
export function configBadgePath(sweepId: string, tui: string, model: string): string {
  return `${sweepPath(sweepId)}badge/${configSegments(tui, model)}.svg`;
}

/** Config badge alias for the newest sweep: `/badge/<tui>/<vendor>/<model>.svg`. */
export function configBadgeAliasPath(tui: string, model: string): string {
  return `/badge/${configSegments(tui, model)}.svg`;
}

/** Per-sweep leaderboard download. */
export function leaderboardCsvPath(sweepId: string): string {
  return `${sweepPath(sweepId)}leaderboard.csv`;
}

/** Tui badge in a sweep: `/sweeps/<sweep>/badge/_tui/<tui>.svg` (`_` cannot start a tui name, so it never meets a config badge). */
export function tuiBadgePath(sweepId: string, tui: string): string {
  return `${sweepPath(sweepId)}badge/_tui/${slugSegment(tui)}.svg`;
}

/** Model badge in a sweep: `/sweeps/<sweep>/badge/_model/<vendor>/<model>.svg`. */
export function modelBadgePath(sweepId: string, model: string): string {
  const m = slugModel(model);
  return `${sweepPath(sweepId)}badge/_model/${m.vendor}/${m.name}.svg`;
}

/** The shields.io endpoint JSON beside a badge. */
export function badgeEndpointPath(badgePath: string): string {
  return badgePath.replace(/\.svg$/, '.json');
}

/** The Open Graph card beside a page: `<page>og.png`. */
export function socialCardPath(pagePath: string): string {
  return `${pagePath}og.png`;
}
