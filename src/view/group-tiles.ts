/**
 * The headline numbers of a group (config, tui, model, category or task) as
 * tiles: value, a note with the interval or sample size, and the glossary
 * entry that explains it.
 */

import type { GroupAggregate } from '../metrics/aggregate.ts';
import type { RankInfo } from '../metrics/rank.ts';
import { formatCount, formatDuration, formatPercent, formatRankBand, formatScore, plural } from '../format/numbers.ts';
import { SCORE_LABEL } from './verdict.ts';

/** One headline number of a group page. */
export interface StatTile {
  label: string;
  /** What the tile shows, e.g. `60%`, `2–5`, `not recorded`. */
  value: string;
  /** Interval, sample size or caveat, e.g. `12 of 20 scored cells · 95% 39%–78%`. */
  note: string;
  /** Glossary anchor explaining the number, e.g. `pass`; null when the glossary has none. */
  glossary: string | null;
  /** `missing` greys out a value that could not be computed. */
  tone: 'neutral' | 'missing';
}

/** `low–high` of an interval, as percentages or scores. */
export function intervalText(i: { low: number; high: number }, asPercent: boolean): string {
  return asPercent ? `${formatPercent(i.low)}–${formatPercent(i.high)}` : `${formatScore(i.low)}–${formatScore(i.high)}`;
}

/** Where a config stands: its rank band among `ranked` configs, and whether it is tied with the leader. */
export function rankTile(rank: RankInfo | null, ranked: number): StatTile {
  if (rank === null) return { label: 'Rank', value: 'not ranked', note: 'every run was excluded', glossary: 'rank-band', tone: 'missing' };
  const band = formatRankBand(rank);
  const standing = rank.rank === 1 ? 'the leader' : rank.tiedWithLeader ? 'tied with the leader' : 'clearly behind the leader';
  return { label: 'Rank', value: `${rank.rank} of ${ranked}`, note: `band ${band} · ${standing}`, glossary: 'rank-band', tone: 'neutral' };
}

function tile(label: string, value: string | null, note: string, glossary: string | null, missing = 'n/a'): StatTile {
  return value === null ? { label, value: missing, note, glossary, tone: 'missing' } : { label, value, note, glossary, tone: 'neutral' };
}

/**
 * The tiles of a group: pass rate, score, tokens per correct task,
 * wall time, blast, refusal, integrity, infra failures and, with reruns,
 * pass@k, pass^k and flake rate.
 *
 * @example
 * buildGroupTiles(metrics.configByKey.get('x/v/m1'))[0]; // { label: 'Pass rate', value: '67%', note: '2 of 3 scored cells · 95% 21%–94%', … }
 */
export function buildGroupTiles(g: GroupAggregate): StatTile[] {
  const unit = g.resampledBy === 'task' ? 'task' : 'config';
  const tiles: StatTile[] = [
    g.passRate === null
      ? tile('Pass rate', null, 'no scored cells', 'pass-rate')
      : tile('Pass rate', formatPercent(g.passRate.estimate), `${formatCount(g.passes)} of ${plural(g.scoredCells, 'scored cell')} · 95% ${intervalText(g.passRate, true)}`, 'pass-rate'),
    g.composite === null
      ? tile(SCORE_LABEL, null, 'no scored cells', 'score', 'not scored')
      : tile(SCORE_LABEL, formatScore(g.composite.estimate), `95% ${intervalText(g.composite, false)} · bootstrap over ${plural(g.compositeUnits, unit)}`, 'score'),
    g.tokensPerCorrect === null
      ? tile('Tokens per correct', null, g.tokensCells === 0 ? 'no cell recorded tokens' : `${plural(g.tokensCells, 'cell')} recorded tokens, none passed`, 'tokens-per-correct', g.tokensCells === 0 ? 'not recorded' : 'no pass')
      : tile('Tokens per correct', formatCount(g.tokensPerCorrect), `over ${plural(g.tokensCells, 'cell')} with recorded tokens`, 'tokens-per-correct'),
    g.wallMedianMs === null
      ? tile('Wall time', null, 'no cell recorded wall time', 'wall', 'not recorded')
      : tile('Wall time', formatDuration(g.wallMedianMs), `median · p90 ${formatDuration(g.wallP90Ms)}`, 'wall'),
    tile('Blast radius', g.blastMean === null ? null : formatScore(g.blastMean), g.blastMean === null ? 'not recorded' : 'mean · 0 is clean', 'blast'),
    tile('Refusal accuracy', g.refusalAccuracy === null ? null : formatPercent(g.refusalAccuracy), g.refusalAccuracy === null ? 'no trap task scored' : `on ${plural(g.refusalCells, 'trap cell')}`, 'refusal'),
    tile('Integrity', g.integrity === null ? null : formatPercent(g.integrity), g.integrity === null ? 'the check applies to no cell' : `on ${plural(g.integrityCells, 'cell')} where it applies`, 'integrity'),
    tile('Infra failures', formatCount(g.infraFailures), `of ${plural(g.cells, 'cell')} · not scored`, 'infra'),
  ];
  const r = g.reruns;
  if (r !== null) {
    const over = `over ${plural(r.units, 'cell')} with reruns`;
    tiles.push(
      tile(`pass@${r.k}`, formatPercent(r.passAtK), `at least one of ${r.k} runs passes · ${over}`, null),
      tile(`pass^${r.k}`, formatPercent(r.passHatK), `all ${r.k} runs pass · ${over}`, null),
      tile('Flake rate', formatPercent(r.flakeRate), `${formatCount(r.flakyUnits)} of ${plural(r.units, 'cell')} with runs that disagree`, null),
    );
  }
  return tiles;
}
