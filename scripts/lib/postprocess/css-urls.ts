import { isRootRelative, relativeUrl } from './relative-url.ts';

const CSS_URL = /url\(\s*(["']?)([^"')]*)\1\s*\)/g;
const CSS_IMPORT = /@import\s+(["'])([^"']*)\1/g;

/**
 * Rewrites the root-relative `url(...)` and `@import "..."` references of a stylesheet (the fonts
 * of `/_astro/*.css`) relative to the stylesheet's site path `fromFile`. Other URLs are kept.
 */
export function rewriteCssUrls(css: string, fromFile: string): string {
  return css
    .replace(CSS_URL, (whole: string, quote: string, url: string) => (isRootRelative(url) ? `url(${quote}${relativeUrl(fromFile, url)}${quote})` : whole))
    .replace(CSS_IMPORT, (whole: string, quote: string, url: string) => (isRootRelative(url) ? `@import ${quote}${relativeUrl(fromFile, url)}${quote}` : whole));
}
