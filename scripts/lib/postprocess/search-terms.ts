import type { LoadedSweep } from '../../../src/ingest/load-sweep.ts';
import type { CellScore } from '../../../src/metrics/normalise.ts';
import { metricsOf } from '../../../src/data/metrics.ts';
import { EXACT_KEY_FILTER, exactKeysOf, ID_META, idWordsOf, pageKindOf, PAGE_KINDS, TERMS_META, type PageId } from '../../../src/view/search-facets.ts';
import { categoryPath, cellPath, configPath, configSegments, modelPath, sweepPath, taskPath, tuiPath } from '../../../src/urls/routes.ts';
import { failureModeText } from '../../../src/view/failure-mode-text.ts';
import { verdictOf } from '../../../src/view/verdict.ts';
import type { SearchRecord } from './search-records.ts';

/** What the sweep's data adds to the search record of one of its pages. */
export interface PageTerms {
  /** The page's own ids and their last segments, for a sweep, config, CLI, model, task or category page. */
  ids: string[];
  /** Other words the page is found by: ids it names, and for a cell the verdict on each of its runs. */
  words: string[];
  /** Filters the page's head does not give: its CLI, model or category, and its exact keys. */
  filters: Record<string, string[]>;
}

/**
 * The words of a run's outcome, in the site's vocabulary: the verdict (`Timed out`, `timeout`),
 * the failure mode (`No change`, `no-change`) and the raw outcome (`infra`). A run with no score
 * is `Not scored`. Order kept, duplicates dropped.
 *
 * @example
 * outcomeWords({ outcome: 'infra', failureMode: 'infra', readings: { trap: false } }); // ['Not scored', 'not scored', 'Infra failure', 'infra']
 */
export function outcomeWords(score: Pick<CellScore, 'outcome' | 'failureMode'> & { readings: Pick<CellScore['readings'], 'trap'> }): string[] {
  const verdict = verdictOf(score);
  const mode = score.failureMode === null ? [] : [failureModeText(score.failureMode).label, score.failureMode];
  return [...new Set([verdict.headline, verdict.word, ...mode, score.outcome])];
}

const unique = (words: readonly string[]): string[] => [...new Set(words)];

function entityTerms(page: PageId, filters: Record<string, string[]>): PageTerms {
  return { ids: idWordsOf(page), words: [PAGE_KINDS[page.kind]], filters: { ...filters, [EXACT_KEY_FILTER]: exactKeysOf(page) } };
}

/** A config's CLI and model, by the config part of its addresses (`<tui>/<vendor>/<model>`). */
type ConfigsBySegments = ReadonlyMap<string, { tui: string; model: string }>;

/**
 * What a sweep's data adds to the records of its pages, by page address: the ids of its sweep,
 * config, CLI, model, task and category pages (and their exact keys), the ids each cell names,
 * and the words of the outcome of every run of each cell on the cell's one record (its first run).
 */
function listedPageTerms(sweep: LoadedSweep): { terms: Map<string, PageTerms>; configs: ConfigsBySegments } {
  const terms = new Map<string, PageTerms>([[sweepPath(sweep.id), entityTerms({ kind: 'sweep', id: sweep.id }, {})]]);
  const configs = new Map<string, { tui: string; model: string }>();
  const add = (path: string, make: () => PageTerms): void => {
    if (!terms.has(path)) terms.set(path, make());
  };
  const positions = new Map<string, Array<LoadedSweep['cells'][number]>>();
  for (const loaded of sweep.cells) {
    const { tui, model, task } = loaded.cell;
    const key = `${tui}\n${model}\n${task}`;
    const runs = positions.get(key);
    if (runs === undefined) positions.set(key, [loaded]);
    else runs.push(loaded);
    const category = task.slice(0, task.indexOf('/'));
    configs.set(configSegments(tui, model), { tui, model });
    add(configPath(sweep.id, tui, model), () => entityTerms({ kind: 'config', tui, model }, { tui: [tui], model: [model] }));
    add(tuiPath(sweep.id, tui), () => entityTerms({ kind: 'tui', id: tui }, { tui: [tui] }));
    add(modelPath(sweep.id, model), () => entityTerms({ kind: 'model', id: model }, { model: [model] }));
    add(taskPath(sweep.id, task), () => entityTerms({ kind: 'task', id: task }, { category: [category] }));
    add(categoryPath(sweep.id, category), () => entityTerms({ kind: 'category', id: category }, { category: [category] }));
  }
  const scores = metricsOf(sweep).cellScores;
  for (const runs of positions.values()) {
    const first = runs.reduce((a, b) => (b.attempt < a.attempt ? b : a));
    const { tui, model, task } = first.cell;
    const verdicts = runs.flatMap((r) => {
      const score = scores.get(r.cell.cell_id);
      return score === undefined ? ['Not scored', 'not scored'] : outcomeWords(score);
    });
    const names = [...idWordsOf({ kind: 'tui', id: tui }), ...idWordsOf({ kind: 'model', id: model }), ...idWordsOf({ kind: 'task', id: task })];
    const words = unique([PAGE_KINDS.cell, ...names, ...verdicts, ...(runs.length > 1 ? ['rerun'] : [])]);
    terms.set(cellPath({ sweepId: sweep.id, tui, model, task, attempt: first.attempt }), { ids: [], words, filters: {} });
  }
  return { terms, configs };
}

/**
 * The words of a head-to-head page (`/sweeps/<id>/compare/<config>/vs/<config>/`): both configs'
 * ids, so a query of a model's name finds it (ranked below the model's own pages).
 */
function compareWords(prefix: string, configs: ConfigsBySegments, url: string): string[] {
  const sides = url.slice(prefix.length, -1).split('/vs/');
  const words = sides.length !== 2 ? [] : sides.flatMap((side) => {
    const config = configs.get(side);
    return config === undefined ? [] : idWordsOf({ kind: 'config', ...config });
  });
  return unique([PAGE_KINDS.compare, ...words]);
}

/**
 * What the sweep's data adds to the record of the page at an address in it (see `PageTerms`):
 * made once per sweep, looked up per page. Undefined for pages it adds nothing to.
 */
export function sweepSearchTerms(sweep: LoadedSweep): (url: string) => PageTerms | undefined {
  const { terms, configs } = listedPageTerms(sweep);
  const comparePrefix = `${sweepPath(sweep.id)}compare/`;
  return (url) => {
    const known = terms.get(url);
    if (known !== undefined) return known;
    const { kind } = pageKindOf(url);
    if (kind === 'compare') return { ids: [], words: compareWords(comparePrefix, configs, url), filters: {} };
    return kind === 'page' || kind === 'sweep' ? undefined : { ids: [], words: [PAGE_KINDS[kind]], filters: {} };
  };
}

/**
 * A record with what the data adds: filters merged (values the head gave first), and the ids and
 * words as fields of their own (`id`, `terms`), searched and weighted apart from the text so a
 * result's snippet stays the page's description.
 */
export function withSearchTerms(record: SearchRecord, terms: PageTerms | undefined): SearchRecord & { meta: Record<string, string> } {
  const meta: Record<string, string> = { title: record.title };
  if (terms === undefined) return { ...record, meta };
  if (terms.ids.length > 0) meta[ID_META] = terms.ids.join(' ');
  if (terms.words.length > 0) meta[TERMS_META] = terms.words.join(' ');
  const filters: Record<string, string[]> = { ...record.filters };
  for (const [key, values] of Object.entries(terms.filters)) filters[key] = unique([...(filters[key] ?? []), ...values]);
  return { ...record, filters, meta };
}
