import type { SocialCardInput } from '../badges/social-card-layout.ts';
import { intervalHalfWidth } from '../badges/badge-model.ts';
import { formatDuration, formatPercent, formatRankBand, formatScore } from '../format/numbers.ts';
import { configPath, socialCardPath, sweepPath } from '../urls/routes.ts';
import type { SiteArchive } from '../data/archive.ts';
import { metricsOf } from '../data/metrics.ts';
import { SITE_NAME, cellCardsOn } from '../data/site-config.ts';
import { plural } from '../format/numbers.ts';
import { SCORE_LABEL, shownScore, verdictOf } from './verdict.ts';

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

/** Every social card of the archive: one per sweep and per config, and per cell when cells have their own (permanent addresses only). */
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
          { label: 'Leader pass rate', value: interval(leader?.passRate ?? null) },
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
            { label: SCORE_LABEL, value: c.composite === null ? 'not scored' : formatScore(c.composite.estimate) },
            { label: 'Rank', value: rank },
            { label: 'Median wall', value: formatDuration(c.wallMedianMs) },
          ],
          footer: `sweep ${sweep.id}`,
          siteName: SITE_NAME,
        },
      });
    }
  }
  for (const entry of cellCardsOn() ? archive.cells : []) {
    const { cell } = entry.loaded;
    const score = metricsOf(entry.sweep).cellScores.get(cell.cell_id);
    const verdict = score === undefined ? null : verdictOf(score);
    const shown = shownScore(score);
    cards.push({
      path: socialCardPath(entry.path),
      input: {
        title: `${cell.tui} × ${cell.model}`,
        subtitle: `${cell.task}${entry.ref.attempt > 1 ? ` · run ${entry.ref.attempt}` : ''}`,
        // The outcome first, in the words of the cell page; then the score, or "not scored".
        stats: [
          { label: 'Verdict', value: verdict?.headline ?? 'Not scored', tone: verdict?.tone ?? 'neutral', span: 2 },
          { label: SCORE_LABEL, value: shown === null ? 'not scored' : formatScore(shown) },
          { label: 'Wall', value: formatDuration(cell.axes.latency?.wall_clock_ms) },
        ],
        footer: `sweep ${entry.sweep.id}`,
        siteName: SITE_NAME,
      },
    });
  }
  return cards;
}
