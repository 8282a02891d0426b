import fs from 'node:fs';
import path from 'node:path';
import { readRecordText } from '../ingest/read-cell.ts';
import { KNOWN_CELL_KEYS, type Cell, type ModelCall } from '../schema/index.ts';
import { castFromParts, finalScreen, parseCastText, type Cast } from '../format/asciicast.ts';
import { formatCount, formatDuration, formatScore } from '../format/numbers.ts';
import { cellAliasPath, socialCardPath, cellBadgeAliasPath, cellBadgePath, cellJsonPath, configPath, sweepPath, taskPath, categoryPath, tuiPath, modelPath } from '../urls/routes.ts';
import { failuresPath } from '../urls/group-routes.ts';
import { classifyCell, isTrapTask, type CellScore } from '../metrics/index.ts';
import { buildAxisBlocks, type AxisBlock } from './axis-blocks.ts';
import { buildCellVerdict, formatElapsed, type CellVerdictView } from './cell-verdict.ts';
import { buildEmbedOptions, buildPinnedEmbed, type EmbedOption } from './cell-embed.ts';
import { shownScore, verdictOf, type Verdict } from './verdict.ts';
import { buildBibtex, buildPlainCitation } from './cite.ts';
import { buildApaCitation, type ApaCitation } from './cite-apa.ts';
import { buildIdentityRows, buildTimingRows, type FactRow } from './identity-rows.ts';
import { buildRunCommands, type RunCommand, type RunCommandKind } from './run-commands.ts';
import { buildScoreTiles, type ScoreTile } from './score-tiles.ts';
import { viewValue, type ValueView } from './value-view.ts';
import { buildWaterfall, type Waterfall } from './waterfall.ts';
import { neighbourKeys, runsKey, type CellEntry, type SiteArchive } from '../data/archive.ts';
import { SITE_NAME, cellCardsOn, siteOrigin } from '../data/site-config.ts';
import { cellOutcomeOf } from './scores.ts';
import { failureAnchor } from './failures-page.ts';
import { metricsOf } from '../data/metrics.ts';
import { taskCatalogue, type TaskCatalogue } from './task-page.ts';
import type { SearchFacets } from './search-facets.ts';
import { boundText } from '../format/bounded-text.ts';
import type { PageHead } from '../plan/page-plan.ts';

/** A link to another cell with its verdict and score. */
export interface CellLink {
  label: string;
  /** The label cut after each `/`, where it may wrap. */
  labelParts: string[];
  href: string;
  /** The verdict's short word, e.g. `pass`, `timeout`, `not scored`. */
  word: string;
  tone: Verdict['tone'];
  /** The run's Score; empty when the run is not scored (its word says so). */
  score: string;
}

/** Everything a cell page shows, computed; the page only lays it out. */
export interface CellPage {
  title: string;
  description: string;
  cell: Cell;
  header: {
    tui: string;
    model: string;
    task: string;
    category: string;
    taskTitle: string | undefined;
    /** The model id cut after each `/`, so a heading breaks there (`<wbr>`) and never inside a word. */
    modelParts: string[];
    links: { sweep: string; config: string; task: string; category: string; tui: string; model: string };
    sweepTitle: string;
  };
  /** What the run came to, first on the page. */
  verdict: CellVerdictView;
  tiles: ScoreTile[];
  /** Said above the tiles of a run that is not scored, else null. */
  tilesNote: string | null;
  identity: FactRow[];
  timing: FactRow[];
  axes: AxisBlock[];
  waterfall: Waterfall | null;
  /** Model calls the record holds; `modelCalls` lists at most {@link MAX_MODEL_CALLS} of them. */
  modelCallsTotal: number;
  modelCalls: Array<{ index: number; timestamp: string; requestHash: string; prompt: string; completion: string; latency: string; finish: string; extra: string | null }>;
  /** The recording's final screen, and its events for replay unless it is too large to inline (null). */
  terminal: { screen: string[]; castJson: string | null; duration: string; width: number } | { error: string } | null;
  task: { title: string | undefined; taskPrompt: string | undefined; catalogue: TaskCatalogue | null } | null;
  /** The manifest's run templates filled for this cell, by what they reproduce. */
  commands: Record<RunCommandKind, RunCommand[]>;
  /** Titles of the commands that give citable results, for the provisional notice. */
  citableCommands: string[];
  image: { name: string | undefined; digest: string | undefined };
  /**
   * The first run's page when this is a later run of the cell, else null. A later run's page
   * shows what is its own (verdict, scores, trace, output); what every run of the cell shares
   * (comparisons, the badge that follows the newest sweep, and the task and commands when they are
   * the same) is on the first run's page, once, not repeated on each rerun's page.
   */
  firstRun: {
    href: string;
    label: string;
    /** Whether this run was given the first run's prompt: its page then links the task instead. */
    sameTask: boolean;
    /** Whether this run's commands are the first run's: its page then links them instead. */
    sameCommands: boolean;
  } | null;
  /** Comparisons with other configs; empty on a later run (see {@link firstRun}). */
  comparisons: Array<{ title: string; empty: string; links: CellLink[] }>;
  /** This cell in sweeps older than this one. */
  acrossSweeps: CellLink[];
  /** The alias that always shows the newest sweep's run of this cell. */
  aliasHref: string;
  otherFields: Array<{ key: string; value: ValueView }>;
  /** The badge that follows the newest sweep first, then this sweep's own. */
  embed: { alt: string; options: EmbedOption[] };
  cite: { bibtex: string; plain: string; apa: ApaCitation };
  rawJsonHref: string;
  permanentUrl: string;
  /** Absolute URL of the cell's social card. */
  ogImage: string;
  /**
   * Whether search finds this page: a cell run several times is found once, by its first run,
   * whose page links every run (three records of one cell would crowd the results and the index).
   */
  searchable: boolean;
  /** Search filters: page type, sweep, tui, model, category, and the outcome of every run. */
  facets: SearchFacets;
}

function linkTo(entry: CellEntry, label: string): CellLink {
  let byLabel = links.get(entry);
  if (byLabel === undefined) links.set(entry, (byLabel = new Map()));
  let link = byLabel.get(label);
  if (link === undefined) {
    const score = scoreOf(entry);
    const verdict = verdictOf(score);
    const shown = shownScore(score);
    link = { label, labelParts: splitAfterSlashes(label), href: entry.path, word: verdict.word, tone: verdict.tone, score: shown === null ? '' : formatScore(shown) };
    byLabel.set(label, link);
  }
  return link;
}

/** `a/b/c` as `['a/', 'b/', 'c']`: where a name may wrap without breaking a word. */
function splitAfterSlashes(name: string): string[] {
  return name.split(/(?<=\/)/);
}

/** The site's score of a cell. Every cell of a sweep is scored; were one not, its page would still classify it, with no score. */
function scoreOf(entry: CellEntry): Pick<CellScore, 'outcome' | 'failureMode' | 'readings' | 'composite' | 'excluded'> {
  const score = metricsOf(entry.sweep).cellScores.get(entry.loaded.cell.cell_id);
  if (score !== undefined) return score;
  const cell = entry.loaded.cell;
  const trap = isTrapTask(cell, entry.sweep.manifest);
  return { ...classifyCell(cell, trap), composite: Number.NaN, readings: { pass: cell.axes.pass_rate.pass, totalTokens: null, wallClockMs: null, blastRadius: null, integrity: null, trap, refusal: null } };
}

// A cell is linked from some forty neighbours' pages, always under one of a few labels; its link is made once.
const links = new WeakMap<CellEntry, Map<string, CellLink>>();

function buildTerminal(cell: Cell, sweepDir: string): CellPage['terminal'] {
  const t = cell.terminal;
  if (t === undefined || t === null) return null;
  let cast: Cast | null;
  if (typeof t['path'] === 'string') cast = parseCastText(fs.readFileSync(path.resolve(sweepDir, t['path']), 'utf8'));
  else cast = castFromParts((t['header'] ?? {}) as Record<string, unknown>, Array.isArray(t['events']) ? t['events'] : []);
  if (cast === null) return { error: 'The recording could not be read as asciicast v2 or v3.' };
  const castJson = JSON.stringify({ width: cast.width, height: cast.height, output: cast.output });
  // A recording past this size is not inlined for replay: the page shows its final screen only.
  return { screen: finalScreen(cast).slice(-MAX_SCREEN_LINES), castJson: castJson.length > MAX_CAST_CHARS ? null : castJson, duration: formatDuration(cast.durationS * 1000), width: cast.width };
}

/** A task prompt cut to what a page shows, saying where the rest is. */
function shownPrompt(prompt: string): string {
  const shown = boundText(prompt);
  return shown.omitted === 0 ? shown.text : `${shown.text} … (${formatCount(shown.omitted)} more characters in cell.json)`;
}

/** Characters of a recording inlined for replay at most; larger ones show their final screen only. */
export const MAX_CAST_CHARS = 2_000_000;
/** Lines of a final terminal screen shown at most. */
const MAX_SCREEN_LINES = 400;
/** Model calls listed at most; the raw record keeps them all. */
export const MAX_MODEL_CALLS = 1000;

function buildModelCalls(calls: readonly ModelCall[]): CellPage['modelCalls'] {
  const known = new Set(['timestamp', 'request_hash', 'prompt_tokens', 'completion_tokens', 'latency_ms', 'finish_reason']);
  return calls.slice(0, MAX_MODEL_CALLS).map((c, i) => {
    const extra = Object.fromEntries(Object.entries(c).filter(([k]) => !known.has(k)));
    return {
      index: i + 1,
      timestamp: c.timestamp,
      requestHash: c.request_hash ?? '—',
      prompt: c.prompt_tokens === undefined || c.prompt_tokens === null ? 'not recorded' : formatCount(c.prompt_tokens),
      completion: c.completion_tokens === undefined || c.completion_tokens === null ? 'not recorded' : formatCount(c.completion_tokens),
      latency: c.latency_ms === undefined || c.latency_ms === null ? 'not recorded' : formatDuration(c.latency_ms),
      finish: c.finish_reason ?? '—',
      extra: Object.keys(extra).length === 0 ? null : boundText(JSON.stringify(extra, null, 2)).text,
    };
  });
}

/** Builds the full view of one cell page, reading the cell's complete record from disk. */
export function buildCellPage(archive: SiteArchive, entry: CellEntry): CellPage {
  const { sweep, ref } = entry;
  // Validated when the archive was read, and the schema transforms nothing (tested), so the record is
  // taken as parsed: validating tens of thousands of full records again cost a tenth of a page's time.
  const cell = JSON.parse(readRecordText(entry.loaded.record)) as Cell;
  const manifest = sweep.manifest;
  const taskEntry = manifest.tasks?.[cell.task];
  const category = cell.task.slice(0, cell.task.indexOf('/'));
  const keys = neighbourKeys(ref);
  const near = (key: string, label: (e: CellEntry) => string): CellLink[] =>
    // Leaves out this cell and its other runs: every run at this position shares tui, model and task.
    (archive.neighbours.get(key) ?? []).filter((e) => !(e.ref.tui === ref.tui && e.ref.model === ref.model && e.ref.task === ref.task)).map((e) => linkTo(e, label(e)));
  const origin = siteOrigin();
  const permanentUrl = `${origin}${entry.path}`;
  const alt = `${SITE_NAME}: ${cell.tui} × ${cell.model} on ${cell.task}`;
  const head = cellHead(archive, entry);
  const title = head.title;
  const citeInput = { title, sweepId: sweep.id, url: permanentUrl, date: manifest.snapshot_date ?? cell.started_at?.slice(0, 10), digest: cell.image_digest, siteName: SITE_NAME };
  const score = scoreOf(entry);
  const shown = shownScore(score);
  const verdict = cellVerdictOf(archive, entry);
  const waterfall = cell.spans === undefined || cell.spans.length === 0 ? null : buildWaterfall(cell.spans, cell.started_at);
  const terminal = buildTerminal(cell, sweep.dir);
  const commands = buildRunCommands(cell, manifest);
  const aliasHref = cellAliasPath(ref.tui, ref.model, ref.task);
  const first = runsOf(archive, entry)[0] ?? entry;
  const later = first !== entry;
  const permanentEmbed = { badge: `${origin}${cellBadgePath(ref)}`, page: permanentUrl, badgePath: cellBadgePath(ref) };
  return {
    title,
    description: head.description,
    cell,
    header: {
      tui: cell.tui,
      model: cell.model,
      modelParts: splitAfterSlashes(cell.model),
      task: cell.task,
      category,
      taskTitle: taskEntry?.title,
      links: { sweep: sweepPath(sweep.id), config: configPath(sweep.id, cell.tui, cell.model), task: taskPath(sweep.id, cell.task), category: categoryPath(sweep.id, category), tui: tuiPath(sweep.id, cell.tui), model: modelPath(sweep.id, cell.model) },
      sweepTitle: manifest.title ?? sweep.id,
    },
    verdict,
    tiles: buildScoreTiles(cell, { shown, scored: verdict.verdict.scored, trap: score.readings.trap }),
    tilesNote: verdict.verdict.scored ? null : "This run could not measure the agent, so the site gives it no score. The numbers below are the runner's record, shown as recorded.",
    identity: buildIdentityRows(cell, ref.attempt),
    timing: buildTimingRows(cell),
    axes: buildAxisBlocks(cell.axes),
    waterfall,
    modelCallsTotal: cell.model_calls?.length ?? 0,
    modelCalls: buildModelCalls(cell.model_calls ?? []),
    terminal,
    task: taskEntry === undefined && cell.task_prompt === undefined ? null : { title: taskEntry?.title, taskPrompt: cell.task_prompt === undefined ? undefined : shownPrompt(cell.task_prompt), catalogue: taskCatalogue(taskEntry) },
    commands: { exact: commands.filter((c) => c.kind === 'exact'), 'own-endpoint': commands.filter((c) => c.kind === 'own-endpoint'), other: commands.filter((c) => c.kind === 'other') },
    citableCommands: commands.filter((c) => !c.provisional && c.kind === 'exact').map((c) => c.title),
    image: { name: cell.container_image ?? manifest.tuis?.[cell.tui]?.image, digest: cell.image_digest ?? manifest.tuis?.[cell.tui]?.digest },
    firstRun: later
      ? {
          href: first.path,
          label: `run ${first.ref.attempt}`,
          sameTask: first.loaded.cell.task_prompt === cell.task_prompt,
          sameCommands: JSON.stringify(buildRunCommands(first.loaded.cell, manifest)) === JSON.stringify(commands),
        }
      : null,
    comparisons: later ? [] : [
      { title: `Other CLIs on this task with ${cell.model}`, empty: 'No other CLI ran this task with this model in this sweep.', links: near(keys.otherTuis, (e) => e.ref.tui) },
      { title: `Other models with ${cell.tui} on this task`, empty: 'No other model ran this task with this CLI in this sweep.', links: near(keys.otherModels, (e) => e.ref.model) },
      { title: `Other ${category} tasks for this config`, empty: 'This config ran no other task in this category.', links: near(keys.otherTasks, (e) => e.ref.task) },
    ],
    // Only earlier sweeps: a published page must not change when a newer sweep is added; the alias follows the newest.
    acrossSweeps: later ? [] : (archive.acrossSweeps.get(`${ref.tui}\n${ref.model}\n${ref.task}`) ?? []).filter((e) => archive.sweeps.indexOf(e.sweep) > archive.sweeps.indexOf(sweep)).map((e) => linkTo(e, e.sweep.id)),
    aliasHref,
    otherFields: Object.entries(cell).filter(([k]) => !KNOWN_CELL_KEYS.has(k)).map(([key, value]) => ({ key, value: viewValue(value) })),
    embed: {
      alt,
      options: later
        ? [buildPinnedEmbed(alt, permanentEmbed, sweep.id)]
        : buildEmbedOptions(alt, { badge: `${origin}${cellBadgeAliasPath(ref.tui, ref.model, ref.task)}`, page: `${origin}${aliasHref}`, badgePath: cellBadgeAliasPath(ref.tui, ref.model, ref.task) }, permanentEmbed, sweep.id),
    },
    cite: { bibtex: buildBibtex(citeInput), plain: buildPlainCitation(citeInput), apa: buildApaCitation(citeInput) },
    rawJsonHref: cellJsonPath(ref),
    permanentUrl,
    ogImage: head.ogImage ?? '',
    searchable: head.searchable,
    facets: { type: 'cell', sweep: sweep.id, ...head.facets },
  };
}

/** Every run at this cell's position (config and task), by attempt. */
function runsOf(archive: SiteArchive, entry: CellEntry): CellEntry[] {
  return archive.runs.get(runsKey(entry.sweep.id, entry.ref.tui, entry.ref.model, entry.ref.task)) ?? [entry];
}

/** The verdict of a run, from its light record: what its page and its head say first. */
function cellVerdictOf(archive: SiteArchive, entry: CellEntry): CellVerdictView {
  const { sweep } = entry;
  const cell = entry.loaded.cell;
  const score = scoreOf(entry);
  return buildCellVerdict({
    cell,
    testCounts: entry.loaded.bulk.testCounts,
    score,
    timeoutS: sweep.manifest.timeout_s,
    failuresHref: score.failureMode === null ? failuresPath(sweep.id) : `${failuresPath(sweep.id)}#${failureAnchor(score.failureMode, cell.tui, cell.model)}`,
    runs: runsOf(archive, entry).map((r) => ({ attempt: r.ref.attempt, href: r.path, score: scoreOf(r), current: r === entry })),
  });
}

/**
 * A cell page's head, from the light record alone: title, a description stating the verdict,
 * the permanent address, and what search finds it by. A cell run several times is found once,
 * by its first run, with the outcome of every run.
 */
export function cellHead(archive: SiteArchive, entry: CellEntry): PageHead {
  const { sweep, ref } = entry;
  const cell = entry.loaded.cell;
  const runs = runsOf(archive, entry);
  const verdict = cellVerdictOf(archive, entry);
  const shown = shownScore(scoreOf(entry));
  const wall = cell.axes.latency?.wall_clock_ms;
  // A timed-out run's summary already says how long it ran.
  const wallFact = wall === undefined || verdict.verdict.kind === 'timed-out' ? null : `wall ${formatElapsed(wall)}`;
  const facts = [verdict.summary, shown === null ? 'not scored' : `score ${formatScore(shown)}`, wallFact, runs.length > 1 ? `run ${ref.attempt} of ${runs.length}` : null];
  const origin = siteOrigin();
  return {
    title: `${cell.tui} × ${cell.model} on ${cell.task}`,
    description: `${cell.tui} with ${cell.model} ${verdict.phrase} ${cell.task} in sweep ${sweep.id} (${facts.filter((f) => f !== null).join('; ')}).`,
    canonical: `${origin}${entry.path}`,
    // Without cards of their own, cells share their config's card.
    ogImage: `${origin}${socialCardPath(cellCardsOn() ? entry.path : configPath(sweep.id, cell.tui, cell.model))}`,
    searchable: runs[0] === entry,
    facets: { tui: cell.tui, model: cell.model, category: cell.task.slice(0, cell.task.indexOf('/')), outcome: [...new Set(runs.map(cellOutcomeOf))] },
  };
}
