import type { SiteArchive } from '../../../src/data/archive.ts';
import type { PhaseLog } from '../phase-log.ts';
import type { ContentStore } from '../content-store.ts';
import { writeSweepBadges } from './badges.ts';
import { writeCellJson } from './cell-json.ts';
import { writeDownloads } from './downloads.ts';
import { writeCards } from './cards.ts';
import { createProgressLine } from '../progress-line.ts';

/** Where drawn images are kept between builds. */
export interface DrawnStores {
  badges: ContentStore;
  cards: ContentStore;
}

/**
 * Writes every file of the sweeps in `sweeps` (by id) that is not a page: raw cell records,
 * downloads, badges and social cards, under `outDir`.
 */
export async function writeSweepFiles(archive: SiteArchive, sweeps: ReadonlySet<string>, outDir: string, stores: DrawnStores, log: PhaseLog): Promise<void> {
  const own: SiteArchive = { ...archive, sweeps: archive.sweeps.filter((s) => sweeps.has(s.id)), cells: archive.cells.filter((e) => sweeps.has(e.sweep.id)) };
  log.note(`${await writeCellJson(own, outDir)} cell.json records`);
  log.note(`${writeDownloads(own, outDir)} download files`);
  const badges = await writeSweepBadges(archive, sweeps, outDir, stores.badges);
  const perSecond = (n: number): number => Math.round(n / Math.max(badges.seconds, 1e-3));
  log.note(`${badges.total} badges: ${badges.drawn} drawn, ${badges.cached} from the build cache, in ${badges.seconds.toFixed(2)} s (${perSecond(badges.total)}/s, ${perSecond(badges.drawn)} drawn/s)`);
  const progress = createProgressLine('render social cards');
  const cards = await writeCards(archive, sweeps, outDir, stores.cards, (done, total) => progress.update(done, total));
  progress.end();
  log.note(`${cards.total} social cards: ${cards.rendered} rendered, ${cards.cached} from the build cache, in ${cards.seconds.toFixed(2)} s (${Math.round(cards.rendered / Math.max(cards.seconds, 1e-3))} rendered/s)`);
}
