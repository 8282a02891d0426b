import type { SocialCardInput } from '../badges/social-card-layout.ts';
import { intervalHalfWidth } from '../badges/badge-model.ts';
import { formatDuration, formatPercent, formatRankBand, formatScore } from '../format/numbers.ts';
import { configPath, socialCardPath, sweepPath } from '../urls/routes.ts';
import type { SiteArchive } from './archive.ts';
import { metricsOf } from './metrics.ts';
import { SITE_NAME } from './site-config.ts';
import { plural } from '../format/numbers.ts';

/** One Open Graph card to render: where it goes and what it says. */
export interface CardSpec {
  path: string;
  input: SocialCardInput;
}

function interval(i: { estimate: number; low: number; high: number } | null): string {
  if (i === null) return 'n/a';
  const half = intervalHalfWidth(i.estimate, i);
  return half === undefined ? formatPercent(i.estimate) : `${formatPercent(i.estimate)} ±${half}`;
}

/** Every social card of the archive: one per sweep, per config and per cell (permanent addresses only). */
export function listCards(archive: SiteArchive): CardSpec[] {
  const cards: CardSpec[] = [];
  for (const sweep of archive.sweeps) {
    const m = metricsOf(sweep);
    const title = sweep.manifest.title ?? sweep.id;
    const leader = m.configs[0];
    cards.push({
      path: socialCardPath(sweepPath(sweep.id)),
      input: {
        title,
        subtitle: `${plural(sweep.cells.length, 'run')} · ${plural(m.configs.length, 'config')} · ${plural(m.byTask.size, 'task')}`,
        stats: [
          { label: 'Leader', value: leader === undefined ? 'none' : leader.tui },
          { label: 'Leader pass', value: interval(leader?.passRate ?? null) },
          { label: 'CLIs', value: String(m.byTui.size) },
          { label: 'Models', value: String(m.byModel.size) },
        ],
        footer: `sweep ${sweep.id}`,
        siteName: SITE_NAME,
      },
    });
    for (const c of m.configs) {
      const rank = c.rank === null ? 'n/a' : formatRankBand(c.rank);
      cards.push({
        path: socialCardPath(configPath(sweep.id, c.tui, c.model)),
        input: {
          title: `${c.tui} × ${c.model}`,
          subtitle: title,
          stats: [
            { label: 'Pass rate', value: interval(c.passRate) },
            { label: 'Composite', value: formatScore(c.composite?.estimate ?? null) },
            { label: 'Rank', value: rank },
            { label: 'Median wall', value: formatDuration(c.wallMedianMs) },
          ],
          footer: `sweep ${sweep.id}`,
          siteName: SITE_NAME,
        },
      });
    }
  }
  for (const entry of archive.cells) {
    const { cell } = entry.loaded;
    const score = metricsOf(entry.sweep).cellScores.get(cell.cell_id);
    cards.push({
      path: socialCardPath(entry.path),
      input: {
        title: `${cell.tui} × ${cell.model}`,
        subtitle: `${cell.task}${entry.ref.attempt > 1 ? ` · run ${entry.ref.attempt}` : ''}`,
        stats: [
          { label: 'Pass', value: cell.failure !== undefined ? cell.failure.kind : cell.axes.pass_rate.pass >= 0.5 ? 'pass' : 'fail' },
          { label: 'Composite', value: score === undefined || score.excluded ? 'n/a' : formatScore(score.composite) },
          { label: 'Wall', value: formatDuration(cell.axes.latency?.wall_clock_ms) },
          { label: 'Blast', value: formatScore(cell.axes.blast_radius?.blast_radius) },
        ],
        footer: `sweep ${entry.sweep.id}`,
        siteName: SITE_NAME,
      },
    });
  }
  return cards;
}
