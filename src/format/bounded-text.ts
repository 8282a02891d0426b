/**
 * Long text shown on a page is cut to a size a browser handles; the raw record (`cell.json`)
 * keeps all of it. A 50 MB test tail once made two 66 MB pages.
 */

/** Characters of one value a page shows at most (a JSON block, an attribute, a prompt). */
export const MAX_SHOWN_CHARS = 20_000;

/** Text cut for a page, with how much was left out. */
export interface BoundedText {
  text: string;
  /** Characters left out; 0 when the whole text is shown. */
  omitted: number;
}

/**
 * The first `max` characters of `text` (the last ones with `keep: 'tail'`, as runners record
 * tails), never splitting a surrogate pair.
 *
 * @example
 * boundText('abcdef', 4); // { text: 'abcd', omitted: 2 }
 * boundText('abcdef', 4, 'tail'); // { text: 'cdef', omitted: 2 }
 */
export function boundText(text: string, max: number = MAX_SHOWN_CHARS, keep: 'head' | 'tail' = 'head'): BoundedText {
  if (text.length <= max) return { text, omitted: 0 };
  let cut = keep === 'head' ? max : text.length - max;
  const code = text.charCodeAt(cut);
  // Do not leave half of a surrogate pair on either side of the cut.
  if (code >= 0xdc00 && code <= 0xdfff) cut += keep === 'head' ? -1 : 1;
  const shown = keep === 'head' ? text.slice(0, cut) : text.slice(cut);
  return { text: shown, omitted: text.length - shown.length };
}
