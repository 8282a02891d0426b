/**
 * Shortening text to a measured width with a trailing ellipsis.
 */
import { textWidth, type TextWidthOptions } from './text-width.ts';

/** The character appended to truncated text. */
export const ELLIPSIS = '…';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Returns `text` unchanged if it fits in `maxWidth` px, else the longest
 * prefix (cut between grapheme clusters, trailing spaces dropped) followed by
 * "…" that fits. Returns "" if not even the ellipsis fits.
 */
export function truncateToWidth(text: string, maxWidth: number, options: TextWidthOptions = {}): string {
  if (textWidth(text, options) <= maxWidth) return text;
  const parts = Array.from(graphemes.segment(text), (s) => s.segment);
  const candidate = (n: number): string => `${parts.slice(0, n).join('').trimEnd()}${ELLIPSIS}`;
  // Width grows with the prefix length, so binary-search the longest prefix that fits.
  let lo = 0;
  let hi = parts.length - 1;
  if (textWidth(candidate(0), options) > maxWidth) return '';
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(candidate(mid), options) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return candidate(lo);
}
