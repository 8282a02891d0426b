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

/** The public origin the site is deployed at, for canonical links, embeds, citations and feeds. */
export function siteOrigin(): string {
  return origin;
}
