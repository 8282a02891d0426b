/**
 * Shortening text to a measured width with a trailing ellipsis.
 */
import { boundedMemo } from '../util/bounded-memo.ts';
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
  return truncatorFor(maxWidth, options)(text);
}

// One memo per width and font (a handful, fixed by the layouts): every badge of a config repeats
// its label, and splitting it into graphemes for the search took a fifth of the badges' time.
const truncators = new Map<string, (text: string) => string>();

function truncatorFor(maxWidth: number, options: TextWidthOptions): (text: string) => string {
  const key = `${maxWidth}/${options.fontSize ?? ''}/${options.weight ?? ''}`;
  let truncate = truncators.get(key);
  if (truncate === undefined) {
    truncate = boundedMemo((text) => truncateTooLong(text, maxWidth, options), { limit: 10_000 });
    truncators.set(key, truncate);
  }
  return truncate;
}

function truncateTooLong(text: string, maxWidth: number, options: TextWidthOptions): string {
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
