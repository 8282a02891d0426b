/** The site's name, shown in titles and badges. */
export const SITE_NAME = 'sweepsite';

/** The origin every address says when the build names none (see the build's SITE_URL). */
export const PLACEHOLDER_ORIGIN = 'https://sweepsite.example';

let origin = PLACEHOLDER_ORIGIN;

/**
 * Sets the public origin the site is deployed at, once per build, before any page is made:
 * the build takes it from SITE_URL and hands it to its render processes.
 */
export function useSiteOrigin(url: string): void {
  origin = url.replace(/\/+$/, '');
}

let cellCards = false;

/**
 * Whether each cell gets a social card of its own (the build's --cell-cards). Off by default: a
 * card is one more file and about 60 KB per cell, most of a cell's bytes, for a link preview
 * that the config's card (its pass rate and rank) serves nearly as well.
 */
export function useCellCards(on: boolean): void {
  cellCards = on;
}

/** True when cells have social cards of their own. */
export function cellCardsOn(): boolean {
  return cellCards;
}

/** The public origin the site is deployed at, for canonical links, embeds, citations and feeds. */
export function siteOrigin(): string {
  return origin;
}
