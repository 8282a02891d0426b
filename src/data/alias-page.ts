import type { CellEntry, SiteArchive } from './archive.ts';
import { siteOrigin } from './site-config.ts';
import { cellAliasPath } from '../urls/routes.ts';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const MAIN = /<main id="main"[^>]*>/;

/** The cell whose alias page is made: its permanent address and its sweep. */
export type AliasedCell = Pick<CellEntry, 'path'> & { sweep: Pick<CellEntry['sweep'], 'id'> };

/**
 * Response header by which a rendered cell page asks for its alias page: the alias address and the
 * sweep, as URI-encoded JSON (header values are Latin-1). The render process that reads the page's
 * body writes the alias from it (scripts/render-shard.ts), so no page is read back from disk.
 */
export const ALIAS_HEADER = 'x-sweepsite-alias';

export function aliasHeaderValue(alias: string, cell: AliasedCell): string {
  return encodeURIComponent(JSON.stringify({ alias, path: cell.path, sweep: cell.sweep.id }));
}

/** The {@link ALIAS_HEADER} value for a cell's page when the cell holds its alias address (the newest sweep's first run), else null. */
export function aliasRequestOf(archive: Pick<SiteArchive, 'aliases'>, entry: CellEntry): string | null {
  const alias = cellAliasPath(entry.ref.tui, entry.ref.model, entry.ref.task);
  return archive.aliases.get(alias) === entry ? aliasHeaderValue(alias, entry) : null;
}

export function parseAliasHeader(value: string): { alias: string; cell: AliasedCell } {
  const { alias, path, sweep } = JSON.parse(decodeURIComponent(value)) as { alias: string; path: string; sweep: string };
  return { alias, cell: { path, sweep: { id: sweep } } };
}

/**
 * The alias page of a cell (`/cell/…/`): the newest sweep's permanent page, which already names
 * itself as canonical, with a banner saying so and linking to the permanent address, left out of
 * search. Made from the rendered page instead of rendering the cell twice.
 */
export function aliasHtml(permanentHtml: string, entry: AliasedCell, origin: string = siteOrigin()): string {
  if (!MAIN.test(permanentHtml)) throw new Error(`the page at ${entry.path} has no <main id="main">`);
  const url = `${origin}${entry.path}`;
  const banner =
    `<div class="banner" role="note"><strong>This address always shows the newest sweep that ran this cell: ${escapeHtml(entry.sweep.id)}.</strong> ` +
    `To cite this result, use its permanent address: <a href="${escapeHtml(entry.path)}">${escapeHtml(url)}</a></div>`;
  return permanentHtml
    .replace(MAIN, `<main id="main">${banner}`)
    .replace(/<span hidden data-pagefind-(?:meta|filter)="[^"]*"><\/span>/g, '');
}
