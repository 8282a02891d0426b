import type { BadgeInput } from '../badges/badge-model.ts';
import { cellBadgeAliasPath, cellBadgePath, configBadgeAliasPath, configBadgePath, modelBadgePath, tuiBadgePath } from '../urls/routes.ts';
import type { SiteArchive } from '../data/archive.ts';
import { metricsOf } from '../data/metrics.ts';
import { shownScore, verdictOf } from './verdict.ts';

/** One badge to write: where, and what it says. */
export interface BadgeSpec {
  path: string;
  input: BadgeInput;
  /**
   * An alias says exactly what the sweep's own badge says: the path of that badge, listed
   * earlier or taken from the build cache, so the writer can link it instead of drawing it again.
   */
  sameAs?: string;
}

/**
 * Every badge of the archive. Cells show their verdict, then their score (`fail · score 0.154`;
 * only "not scored" for infra, incompatible and harness runs); configs, tuis and models show
 * their pass rate with its 95% interval. Aliases follow the newest sweep that has the cell or config. Sweeps in
 * `reused` get only their aliases: their own badges come from the build cache.
 */
export function listBadges(archive: SiteArchive, reused: ReadonlySet<string> = new Set()): BadgeSpec[] {
  const specs: BadgeSpec[] = [];
  const seenAlias = new Set<string>();
  // Cells come newest sweep first, so the first alias written for a cell is the newest.
  for (const entry of archive.cells) {
    const { cell } = entry.loaded;
    const score = metricsOf(entry.sweep).cellScores.get(cell.cell_id);
    const verdict = score === undefined ? null : verdictOf(score);
    // A cell the metrics do not know (none today) says "not scored" rather than guess a verdict.
    const input: BadgeInput = {
      kind: 'cell',
      tui: cell.tui,
      model: cell.model,
      task: cell.task,
      verdict: verdict?.word ?? 'not scored',
      tone: verdict?.tone ?? 'neutral',
      score: shownScore(score),
    };
    const own = cellBadgePath(entry.ref);
    if (!reused.has(entry.sweep.id)) specs.push({ path: own, input });
    const alias = cellBadgeAliasPath(cell.tui, cell.model, cell.task);
    if (entry.ref.attempt === 1 && !seenAlias.has(alias)) {
      seenAlias.add(alias);
      specs.push({ path: alias, input, sameAs: own });
    }
  }
  for (const sweep of archive.sweeps) {
    const m = metricsOf(sweep);
    for (const c of m.configs) {
      const input: BadgeInput = { kind: 'pass', label: `${c.tui} × ${c.model}`, value: c.passRate?.estimate ?? null, interval: c.passRate };
      const own = configBadgePath(sweep.id, c.tui, c.model);
      if (!reused.has(sweep.id)) specs.push({ path: own, input });
      const alias = configBadgeAliasPath(c.tui, c.model);
      if (!seenAlias.has(alias)) {
        seenAlias.add(alias);
        specs.push({ path: alias, input, sameAs: own });
      }
    }
    if (reused.has(sweep.id)) continue;
    for (const g of m.byTui.values()) specs.push({ path: tuiBadgePath(sweep.id, g.key), input: { kind: 'pass', label: g.key, value: g.passRate?.estimate ?? null, interval: g.passRate } });
    for (const g of m.byModel.values()) specs.push({ path: modelBadgePath(sweep.id, g.key), input: { kind: 'pass', label: g.key, value: g.passRate?.estimate ?? null, interval: g.passRate } });
  }
  return specs;
}
