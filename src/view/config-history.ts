import { formatPercent, formatRankBand, formatScore } from '../format/numbers.ts';
import { intervalText } from './group-tiles.ts';
import { configPath, configSegments } from '../urls/routes.ts';
import { buildTrend, type Trend } from './trend.ts';
import type { SiteArchive } from '../data/archive.ts';
import { metricsOf } from '../data/metrics.ts';
import { siteOrigin } from '../data/site-config.ts';
import { scoreText } from './group-common.ts';

/** `/config/<tui>/<vendor>/<model>/`: one config across every sweep that ran it. */
export function configHistoryPath(tui: string, model: string): string {
  return `/config/${configSegments(tui, model)}/`;
}

/** A config's scores sweep by sweep, oldest first, with trend charts. */
export interface ConfigHistory {
  tui: string;
  model: string;
  canonical: string;
  rows: Array<{ sweep: string; href: string; passRate: string; passInterval: string; composite: string; rank: string }>;
  passTrend: Trend;
  compositeTrend: Trend;
}

/** Every config that any sweep ran, keyed `tui/model`, with its history. */
export function listConfigHistories(archive: SiteArchive): ConfigHistory[] {
  const byKey = new Map<string, { tui: string; model: string }>();
  for (const sweep of archive.sweeps) for (const c of metricsOf(sweep).configs) byKey.set(`${c.tui}/${c.model}`, { tui: c.tui, model: c.model });
  return [...byKey.values()].map(({ tui, model }) => buildConfigHistory(archive, tui, model));
}

/** Builds one config's history across the archive. */
export function buildConfigHistory(archive: SiteArchive, tui: string, model: string): ConfigHistory {
  const seen = [...archive.sweeps]
    .reverse()
    .map((sweep) => ({ sweep, c: metricsOf(sweep).configByKey.get(`${tui}/${model}`) }))
    .filter((x) => x.c !== undefined);
  const rows = seen.map(({ sweep, c }) => ({
    sweep: sweep.manifest.title ?? sweep.id,
    href: configPath(sweep.id, tui, model),
    passRate: formatPercent(c?.passRate?.estimate ?? null),
    passInterval: c?.passRate === null || c?.passRate === undefined ? '—' : intervalText(c.passRate, true),
    composite: scoreText(c?.composite?.estimate),
    rank: c?.rank === null || c?.rank === undefined ? 'unranked' : formatRankBand(c.rank),
  }));
  const series = (pick: 'passRate' | 'composite', fmt: (v: number) => string) =>
    seen.flatMap(({ sweep, c }) => {
      const i = c?.[pick];
      return i === null || i === undefined ? [] : [{ label: sweep.id, href: configPath(sweep.id, tui, model), estimate: i.estimate, low: i.low, high: i.high, value: fmt(i.estimate) }];
    });
  return {
    tui,
    model,
    canonical: `${siteOrigin()}${configHistoryPath(tui, model)}`,
    rows,
    passTrend: buildTrend(series('passRate', (v) => formatPercent(v))),
    compositeTrend: buildTrend(series('composite', (v) => formatScore(v))),
  };
}
