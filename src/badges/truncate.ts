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
