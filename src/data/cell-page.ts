import fs from 'node:fs';
import path from 'node:path';
import { readCellText } from '../ingest/read-cell.ts';
import { KNOWN_CELL_KEYS, type Cell, type Failure, type ModelCall } from '../schema/index.ts';
import { castFromParts, finalScreen, parseCastText, type Cast } from '../format/asciicast.ts';
import { formatCount, formatDuration, formatScore } from '../format/numbers.ts';
import { cellAliasPath, socialCardPath, cellBadgePath, cellJsonPath, configPath, sweepPath, taskPath, categoryPath, tuiPath, modelPath } from '../urls/routes.ts';
import { buildAxisBlocks, type AxisBlock } from '../view/axis-blocks.ts';
import { buildBibtex, buildPlainCitation } from '../view/cite.ts';
import { buildApaCitation, type ApaCitation } from '../view/cite-apa.ts';
import { buildIdentityRows, buildTimingRows, type FactRow } from '../view/identity-rows.ts';
import { buildRunCommands, type RunCommand } from '../view/run-commands.ts';
import { buildScoreTiles, type ScoreTile } from '../view/score-tiles.ts';
import { viewValue, type ValueView } from '../view/value-view.ts';
import { buildWaterfall, type Waterfall } from '../view/waterfall.ts';
import { neighbourKeys, runsKey, type CellEntry, type SiteArchive } from './archive.ts';
import { SITE_NAME, siteOrigin } from './site-config.ts';
import { cellOutcomeOf, cellScoreOf } from './scores.ts';
import { metricsOf } from './metrics.ts';
import { taskCatalogue, type TaskCatalogue } from './task-page.ts';
import type { SearchFacets } from './search-facets.ts';

/** A link to another cell with its headline numbers. */
export interface CellLink {
  label: string;
  href: string;
  pass: string;
  passed: boolean;
  composite: string;
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
    links: { sweep: string; config: string; task: string; category: string; tui: string; model: string };
    sweepTitle: string;
    run: { attempt: number; of: number; others: Array<{ attempt: number; href: string; current: boolean }> } | null;
  };
  failure: Failure | undefined;
  tiles: ScoreTile[];
  identity: FactRow[];
  timing: FactRow[];
  axes: AxisBlock[];
  waterfall: Waterfall | null;
  modelCalls: Array<{ index: number; timestamp: string; requestHash: string; prompt: string; completion: string; latency: string; finish: string; extra: string | null }>;
  terminal: { screen: string[]; castJson: string; duration: string; width: number } | { error: string } | null;
  task: { title: string | undefined; taskPrompt: string | undefined; catalogue: TaskCatalogue | null } | null;
  commands: RunCommand[];
  image: { name: string | undefined; digest: string | undefined };
  comparisons: Array<{ title: string; empty: string; links: CellLink[] }>;
  /** This cell in sweeps older than this one. */
  acrossSweeps: CellLink[];
  /** The alias that always shows the newest sweep's run of this cell. */
  aliasHref: string;
  otherFields: Array<{ key: string; value: ValueView }>;
  embed: { badgeSrc: string; badgeAbsolute: string; markdown: string; html: string; alt: string };
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

function linkTo(archive: SiteArchive, entry: CellEntry, label: string): CellLink {
  let byLabel = links.get(entry);
  if (byLabel === undefined) links.set(entry, (byLabel = new Map()));
  let link = byLabel.get(label);
  if (link === undefined) {
    const score = cellScoreOf(archive, entry);
    link = { label, href: entry.path, pass: formatScore(entry.loaded.cell.axes.pass_rate.pass), passed: entry.loaded.cell.axes.pass_rate.pass >= 0.5, composite: formatScore(score) };
    byLabel.set(label, link);
  }
  return link;
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
  return { screen: finalScreen(cast), castJson: JSON.stringify({ width: cast.width, height: cast.height, output: cast.output }), duration: formatDuration(cast.durationS * 1000), width: cast.width };
}

function buildModelCalls(calls: readonly ModelCall[]): CellPage['modelCalls'] {
  const known = new Set(['timestamp', 'request_hash', 'prompt_tokens', 'completion_tokens', 'latency_ms', 'finish_reason']);
  return calls.map((c, i) => {
    const extra = Object.fromEntries(Object.entries(c).filter(([k]) => !known.has(k)));
    return {
      index: i + 1,
      timestamp: c.timestamp,
      requestHash: c.request_hash ?? '—',
      prompt: c.prompt_tokens === undefined || c.prompt_tokens === null ? 'not recorded' : formatCount(c.prompt_tokens),
      completion: c.completion_tokens === undefined || c.completion_tokens === null ? 'not recorded' : formatCount(c.completion_tokens),
      latency: c.latency_ms === undefined || c.latency_ms === null ? 'not recorded' : formatDuration(c.latency_ms),
      finish: c.finish_reason ?? '—',
      extra: Object.keys(extra).length === 0 ? null : JSON.stringify(extra, null, 2),
    };
  });
}

/** Builds the full view of one cell page, reading the cell's complete record from disk. */
export function buildCellPage(archive: SiteArchive, entry: CellEntry): CellPage {
  const { sweep, ref } = entry;
  // Validated when the archive was read, and the schema transforms nothing (tested), so the record is
  // taken as parsed: validating tens of thousands of full records again cost a tenth of a page's time.
  const cell = JSON.parse(readCellText(entry.loaded.source)) as Cell;
  const manifest = sweep.manifest;
  const taskEntry = manifest.tasks?.[cell.task];
  const category = cell.task.slice(0, cell.task.indexOf('/'));
  const runs = archive.runs.get(runsKey(sweep.id, ref.tui, ref.model, ref.task)) ?? [entry];
  const keys = neighbourKeys(ref);
  const near = (key: string, label: (e: CellEntry) => string): CellLink[] =>
    // Leaves out this cell and its other runs: every run at this position shares tui, model and task.
    (archive.neighbours.get(key) ?? []).filter((e) => !(e.ref.tui === ref.tui && e.ref.model === ref.model && e.ref.task === ref.task)).map((e) => linkTo(archive, e, label(e)));
  const permanentUrl = `${siteOrigin()}${entry.path}`;
  const badgeSrc = cellBadgePath(ref);
  const badgeAbsolute = `${siteOrigin()}${badgeSrc}`;
  const passText = formatScore(cell.axes.pass_rate.pass);
  const alt = `${SITE_NAME}: ${cell.tui} × ${cell.model} on ${cell.task}`;
  const title = `${cell.tui} × ${cell.model} on ${cell.task}`;
  const citeInput = { title, sweepId: sweep.id, url: permanentUrl, date: manifest.snapshot_date ?? cell.started_at?.slice(0, 10), digest: cell.image_digest, siteName: SITE_NAME };
  const score = metricsOf(sweep).cellScores.get(cell.cell_id);
  const normalised = score?.composite ?? null;
  return {
    title,
    description: `${cell.tui} with ${cell.model} ${cell.axes.pass_rate.pass >= 0.5 ? 'passed' : 'failed'} ${cell.task} in sweep ${sweep.id} (pass ${passText}, wall ${formatDuration(cell.axes.latency?.wall_clock_ms)}${runs.length > 1 ? `; run ${ref.attempt} of ${runs.length}` : ''}).`,
    cell,
    header: {
      tui: cell.tui,
      model: cell.model,
      task: cell.task,
      category,
      taskTitle: taskEntry?.title,
      links: { sweep: sweepPath(sweep.id), config: configPath(sweep.id, cell.tui, cell.model), task: taskPath(sweep.id, cell.task), category: categoryPath(sweep.id, category), tui: tuiPath(sweep.id, cell.tui), model: modelPath(sweep.id, cell.model) },
      sweepTitle: manifest.title ?? sweep.id,
      run: runs.length > 1 || ref.attempt > 1 ? { attempt: ref.attempt, of: runs.length, others: runs.map((r) => ({ attempt: r.ref.attempt, href: r.path, current: r === entry })) } : null,
    },
    failure: cell.failure,
    tiles: buildScoreTiles(cell, normalised),
    identity: buildIdentityRows(cell, ref.attempt),
    timing: buildTimingRows(cell),
    axes: buildAxisBlocks(cell.axes),
    waterfall: cell.spans === undefined || cell.spans.length === 0 ? null : buildWaterfall(cell.spans, cell.started_at),
    modelCalls: buildModelCalls(cell.model_calls ?? []),
    terminal: buildTerminal(cell, sweep.dir),
    task: taskEntry === undefined && cell.task_prompt === undefined ? null : { title: taskEntry?.title, taskPrompt: cell.task_prompt, catalogue: taskCatalogue(taskEntry) },
    commands: buildRunCommands(cell, manifest),
    image: { name: cell.container_image ?? manifest.tuis?.[cell.tui]?.image, digest: cell.image_digest ?? manifest.tuis?.[cell.tui]?.digest },
    comparisons: [
      { title: `Other CLIs on this task with ${cell.model}`, empty: 'No other CLI ran this task with this model in this sweep.', links: near(keys.otherTuis, (e) => e.ref.tui) },
      { title: `Other models with ${cell.tui} on this task`, empty: 'No other model ran this task with this CLI in this sweep.', links: near(keys.otherModels, (e) => e.ref.model) },
      { title: `Other ${category} tasks for this config`, empty: 'This config ran no other task in this category.', links: near(keys.otherTasks, (e) => e.ref.task) },
    ],
    // Only earlier sweeps: a published page must not change when a newer sweep is added; the alias follows the newest.
    acrossSweeps: (archive.acrossSweeps.get(`${ref.tui}\n${ref.model}\n${ref.task}`) ?? []).filter((e) => archive.sweeps.indexOf(e.sweep) > archive.sweeps.indexOf(sweep)).map((e) => linkTo(archive, e, e.sweep.id)),
    aliasHref: cellAliasPath(ref.tui, ref.model, ref.task),
    otherFields: Object.entries(cell).filter(([k]) => !KNOWN_CELL_KEYS.has(k)).map(([key, value]) => ({ key, value: viewValue(value) })),
    embed: {
      badgeSrc,
      badgeAbsolute,
      alt,
      markdown: `[![${alt}](${badgeAbsolute})](${permanentUrl})`,
      html: `<a href="${permanentUrl}"><img src="${badgeAbsolute}" alt="${alt.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"></a>`,
    },
    cite: { bibtex: buildBibtex(citeInput), plain: buildPlainCitation(citeInput), apa: buildApaCitation(citeInput) },
    rawJsonHref: cellJsonPath(ref),
    permanentUrl,
    ogImage: `${siteOrigin()}${socialCardPath(entry.path)}`,
    searchable: runs[0] === entry,
    facets: { type: 'cell', sweep: sweep.id, tui: cell.tui, model: cell.model, category, outcome: [...new Set(runs.map(cellOutcomeOf))] },
  };
}
