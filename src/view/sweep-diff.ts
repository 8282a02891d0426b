import type { LoadedSweep } from '../ingest/load-sweep.ts';
import type { ConfigAggregate } from '../metrics/aggregate.ts';
import { formatPercent, formatRankBand } from '../format/numbers.ts';
import { configPath, sweepPath, taskPath } from '../urls/routes.ts';
import { runsKey, type SiteArchive } from '../data/archive.ts';
import { metricsOf } from '../data/metrics.ts';
import { siteOrigin } from '../data/site-config.ts';
import { plural } from '../format/numbers.ts';

/** A cell whose outcome changed between two sweeps, with both addresses. */
export interface FlippedCell {
  label: string;
  direction: 'now passes' | 'now fails';
  oldHref: string;
  newHref: string;
}

/** A config present in both sweeps, with its rank band and pass rate in each. */
export interface ConfigMove {
  label: string;
  oldBand: string;
  newBand: string;
  oldPass: string;
  newPass: string;
  moved: boolean;
  oldHref: string;
  newHref: string;
}

/** What changed from one sweep to the next. */
export interface SweepDiff {
  newer: { id: string; title: string; href: string };
  older: { id: string; title: string; href: string };
  canonical: string;
  flipped: FlippedCell[];
  configs: ConfigMove[];
  addedConfigs: Array<{ label: string; href: string }>;
  removedConfigs: Array<{ label: string; href: string }>;
  addedTasks: Array<{ label: string; href: string }>;
  removedTasks: Array<{ label: string; href: string }>;
  headline: string;
}

function band(c: ConfigAggregate | undefined): string {
  const r = c?.rank;
  if (r === undefined || r === null) return 'unranked';
  return formatRankBand(r);
}

/** `/sweeps/<new>/diff/<old>/` */
export function sweepDiffPath(newer: string, older: string): string {
  return `${sweepPath(newer)}diff/${sweepPath(older).split('/')[2] ?? older}/`;
}

/** Compares a sweep with the one before it: flipped cells, moved rank bands, added and removed configs and tasks. */
export function buildSweepDiff(archive: SiteArchive, newer: LoadedSweep, older: LoadedSweep): SweepDiff {
  const mNew = metricsOf(newer);
  const mOld = metricsOf(older);
  const flipped: FlippedCell[] = [];
  for (const entry of archive.cells) {
    if (entry.sweep !== newer || entry.ref.attempt !== 1) continue;
    const before = archive.runs.get(runsKey(older.id, entry.ref.tui, entry.ref.model, entry.ref.task))?.[0];
    if (before === undefined) continue;
    const wasPass = before.loaded.cell.axes.pass_rate.pass >= 0.5;
    const isPass = entry.loaded.cell.axes.pass_rate.pass >= 0.5;
    if (wasPass !== isPass) flipped.push({ label: `${entry.ref.tui} × ${entry.ref.model} on ${entry.ref.task}`, direction: isPass ? 'now passes' : 'now fails', oldHref: before.path, newHref: entry.path });
  }
  const configs: ConfigMove[] = [];
  for (const c of mNew.configs) {
    const o = mOld.configByKey.get(`${c.tui}/${c.model}`);
    if (o === undefined) continue;
    configs.push({
      label: `${c.tui} × ${c.model}`,
      oldBand: band(o),
      newBand: band(c),
      oldPass: formatPercent(o.passRate?.estimate ?? null),
      newPass: formatPercent(c.passRate?.estimate ?? null),
      moved: band(o) !== band(c),
      oldHref: configPath(older.id, o.tui, o.model),
      newHref: configPath(newer.id, c.tui, c.model),
    });
  }
  const link = (sweep: LoadedSweep) => (c: ConfigAggregate) => ({ label: `${c.tui} × ${c.model}`, href: configPath(sweep.id, c.tui, c.model) });
  const tasksOf = (m: typeof mNew): Set<string> => new Set(m.byTask.keys());
  const newTasks = tasksOf(mNew);
  const oldTasks = tasksOf(mOld);
  const addedConfigs = mNew.configs.filter((c) => !mOld.configByKey.has(`${c.tui}/${c.model}`)).map(link(newer));
  const removedConfigs = mOld.configs.filter((c) => !mNew.configByKey.has(`${c.tui}/${c.model}`)).map(link(older));
  const addedTasks = [...newTasks].filter((t) => !oldTasks.has(t)).sort().map((t) => ({ label: t, href: taskPath(newer.id, t) }));
  const removedTasks = [...oldTasks].filter((t) => !newTasks.has(t)).sort().map((t) => ({ label: t, href: taskPath(older.id, t) }));
  const moved = configs.filter((c) => c.moved).length;
  return {
    newer: { id: newer.id, title: newer.manifest.title ?? newer.id, href: sweepPath(newer.id) },
    older: { id: older.id, title: older.manifest.title ?? older.id, href: sweepPath(older.id) },
    canonical: `${siteOrigin()}${sweepDiffPath(newer.id, older.id)}`,
    flipped: flipped.sort((a, b) => a.direction.localeCompare(b.direction) || a.label.localeCompare(b.label)),
    configs,
    addedConfigs,
    removedConfigs,
    addedTasks,
    removedTasks,
    headline: `${plural(flipped.length, 'cell')} changed outcome, ${moved} of ${plural(configs.length, 'shared config')} changed rank band; ${plural(addedConfigs.length, 'config')} and ${plural(addedTasks.length, 'task')} added, ${plural(removedConfigs.length, 'config')} and ${plural(removedTasks.length, 'task')} removed.`,
  };
}

/** Consecutive sweep pairs, newest first: each sweep with the one that ran before it. */
export function consecutivePairs(archive: SiteArchive): Array<[LoadedSweep, LoadedSweep]> {
  const pairs: Array<[LoadedSweep, LoadedSweep]> = [];
  for (let i = 0; i + 1 < archive.sweeps.length; i++) {
    const newer = archive.sweeps[i];
    const older = archive.sweeps[i + 1];
    if (newer !== undefined && older !== undefined) pairs.push([newer, older]);
  }
  return pairs;
}
