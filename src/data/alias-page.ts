import { escapeAttr, escapeText } from '../badges/xml.ts';
import type { CellEntry } from './archive.ts';
import { siteOrigin } from './site-config.ts';

const MAIN = /<main id="main"[^>]*>/;

/**
 * The alias page of a cell (`/cell/…/`): the newest sweep's permanent page, which already names
 * itself as canonical, with a quiet one-line note saying so and linking to the permanent address,
 * left out of search. Made from the rendered page instead of rendering the cell twice.
 */
export function aliasHtml(permanentHtml: string, entry: CellEntry, origin: string = siteOrigin()): string {
  if (!MAIN.test(permanentHtml)) throw new Error(`the page at ${entry.path} has no <main id="main">`);
  const note =
    `<p class="alias-note" role="note">This address follows the newest sweep to run this cell, ${escapeText(entry.sweep.id)}. ` +
    `To cite it, use <a href="${escapeAttr(entry.path)}" title="${escapeAttr(`${origin}${entry.path}`)}">its permanent address</a>.</p>`;
  return permanentHtml
    .replace(MAIN, `<main id="main">${note}`)
    .replace(/<span hidden data-pagefind-(?:meta|filter)="[^"]*"><\/span>/g, '');
}
