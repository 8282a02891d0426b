import path from 'node:path';
import type { SiteArchive } from '../../../src/data/archive.ts';
import type { PhaseLog } from '../phase-log.ts';
import { writeBadges } from './badges.ts';
import { writeCellJson } from './cell-json.ts';
import { writeDownloads } from './downloads.ts';
import { writeCards } from './cards.ts';
import { createProgressLine } from '../progress-line.ts';

/**
 * Writes every non-page file of the site: raw cell records, downloads, badges and cards. Badges and
 * cards are kept in `cacheDir` between builds, badges under their drawing version `badgeVersion`.
 */
export async function writeArtifacts(full: SiteArchive, outDir: string, log: PhaseLog, cacheDir: string, reused: ReadonlySet<string>, badgeVersion: string): Promise<void> {
  // Sweeps taken from the build cache already have their files; only aliases span every sweep.
  const archive: SiteArchive = { ...full, sweeps: full.sweeps.filter((s) => !reused.has(s.id)), cells: full.cells.filter((e) => !reused.has(e.sweep.id)) };
  log.note(`${await writeCellJson(archive, outDir)} cell.json records`);
  log.note(`${writeDownloads(archive, outDir)} download files`);
  const badges = await writeBadges(full, outDir, reused, path.join(cacheDir, 'badges', badgeVersion));
  const perSecond = (n: number): number => Math.round(n / Math.max(badges.seconds, 1e-3));
  log.note(`${badges.total} badges: ${badges.drawn} drawn, ${badges.cached} from the build cache, ${badges.aliases} aliases linked to their sweep's badge, in ${badges.seconds.toFixed(2)} s (${perSecond(badges.total)}/s, ${perSecond(badges.drawn)} drawn/s)`);
  const progress = createProgressLine('render social cards');
  const cards = await writeCards(archive, outDir, path.join(cacheDir, 'cards'), (done, total) => progress.update(done, total));
  progress.end();
  log.note(`${cards.total} social cards: ${cards.rendered} rendered, ${cards.cached} from cache, in ${cards.seconds.toFixed(2)} s (${Math.round(cards.rendered / Math.max(cards.seconds, 1e-3))} rendered/s)`);
}
