import type { CellEntry } from './archive.ts';
import { siteOrigin } from './site-config.ts';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const MAIN = /<main id="main"[^>]*>/;

/**
 * The alias page of a cell (`/cell/…/`): the newest sweep's permanent page, which already names
 * itself as canonical, with a banner saying so and linking to the permanent address, left out of
 * search. Made from the rendered page instead of rendering the cell twice.
 */
export function aliasHtml(permanentHtml: string, entry: CellEntry, origin: string = siteOrigin()): string {
  if (!MAIN.test(permanentHtml)) throw new Error(`the page at ${entry.path} has no <main id="main">`);
  const url = `${origin}${entry.path}`;
  const banner =
    `<div class="banner" role="note"><strong>This address always shows the newest sweep that ran this cell: ${escapeHtml(entry.sweep.id)}.</strong> ` +
    `To cite this result, use its permanent address: <a href="${escapeHtml(entry.path)}">${escapeHtml(url)}</a></div>`;
  return permanentHtml
    .replace(MAIN, `<main id="main">${banner}`)
    .replace(/<span hidden data-pagefind-(?:meta|filter)="[^"]*"><\/span>/g, '');
}
