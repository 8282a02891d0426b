/**
 * Shortening text to a measured width with a trailing ellipsis.
 */
import { codePointAdvance, textWidth, type TextWidthOptions } from './text-width.ts';

/** The character appended to truncated text. */
export const ELLIPSIS = '…';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** What `String.prototype.trimEnd` removes: white space and line terminators. */
const TRIMMED = /\s/;

/**
 * Returns `text` unchanged if it fits in `maxWidth` px, else the longest
 * prefix (cut between grapheme clusters, trailing spaces dropped) followed by
 * "…" that fits. Returns "" if not even the ellipsis fits.
 */
export function truncateToWidth(text: string, maxWidth: number, options: TextWidthOptions = {}): string {
  if (textWidth(text, options) <= maxWidth) return text;
  const { fontSize = 11, weight = 400 } = options;
  const ellipsis = codePointAdvance(ELLIPSIS.codePointAt(0) ?? 0, weight);
  // `em` sums advances in text order, as textWidth does, so a prefix's width here is the very
  // number textWidth gives for it; widths only grow with the prefix, so the first that does
  // not fit ends the search, in one pass instead of measuring candidates again and again.
  const fits = (em: number): boolean => (em + ellipsis) * fontSize <= maxWidth;
  if (!fits(0)) return '';
  const parts = Array.from(graphemes.segment(text), (s) => s.segment);
  let em = 0;
  let end = 0;
  let keptEm = 0;
  let keptEnd = 0;
  let best = 0;
  // The whole text does not fit, so the last cluster is never kept.
  for (const part of parts.slice(0, -1)) {
    for (const ch of part) {
      em += codePointAdvance(ch.codePointAt(0) ?? 0, weight);
      end += ch.length;
      if (!TRIMMED.test(ch)) {
        keptEm = em;
        keptEnd = end;
      }
    }
    if (!fits(keptEm)) break;
    best = keptEnd;
  }
  return `${text.slice(0, best)}${ELLIPSIS}`;
}

/**
 * Returns `text` unchanged if it fits in `maxWidth` px, else its start and end joined by "…",
 * keeping as many grapheme clusters as fit (the start keeps one more when the count is odd), so
 * both ends of a name such as `llama-3.3-70b-instruct` stay readable. Returns "" if not even
 * the ellipsis fits.
 *
 * @example
 * middleTruncateToWidth('llama-3.3-70b-instruct', 70); // 'llama-…instruct'
 */
export function middleTruncateToWidth(text: string, maxWidth: number, options: TextWidthOptions = {}): string {
  if (textWidth(text, options) <= maxWidth) return text;
  const parts = Array.from(graphemes.segment(text), (s) => s.segment);
  const cut = (kept: number): string => {
    const head = parts.slice(0, Math.ceil(kept / 2)).join('').trimEnd();
    const tail = parts.slice(parts.length - Math.floor(kept / 2)).join('').trimStart();
    return `${head}${ELLIPSIS}${tail}`;
  };
  const fits = (kept: number): boolean => textWidth(cut(kept), options) <= maxWidth;
  if (!fits(0)) return '';
  // Widths grow with the number kept, so the largest count that fits is found by bisection.
  let low = 0;
  let high = parts.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return cut(low);
}
