/**
 * Text width measurement from Inter's real advance widths.
 *
 * Widths are the sum of per-code-point advances read from the font files once
 * (kerning is ignored; Inter's kerning pairs mostly tighten, so the sum errs
 * slightly wide, the safe direction for fitting text in a box).
 */
import { loadInterFonts, type InterWeight } from './font.ts';
import { readFontMetrics } from './font-metrics.ts';
import { readWoffTables } from './woff.ts';

/** Options for {@link textWidth}. */
export interface TextWidthOptions {
  /** Font size in px; defaults to 11 (the badge size). */
  readonly fontSize?: number;
  /** Font weight; defaults to 400. */
  readonly weight?: InterWeight;
}

/** Per-weight advance table (em units) merged over all loaded subsets. */
interface AdvanceTable {
  readonly advances: ReadonlyMap<number, number>;
  readonly averageAdvance: number;
}

/** Advance (em) assumed for CJK and other East Asian wide characters the font lacks. */
export const WIDE_ADVANCE = 1;
/** Advance (em) assumed for emoji the font lacks; colour emoji fonts are wider than 1em. */
export const EMOJI_ADVANCE = 1.3;

const tables = new Map<InterWeight, AdvanceTable>();

function advanceTable(weight: InterWeight): AdvanceTable {
  let t = tables.get(weight);
  if (t === undefined) {
    const merged = new Map<number, number>();
    let averageAdvance = 0;
    // loadInterFonts lists latin before latin-ext, so latin advances win on overlap.
    for (const font of loadInterFonts()) {
      if (font.weight !== weight) continue;
      const metrics = readFontMetrics(readWoffTables(font.data));
      for (const [cp, adv] of metrics.advances) if (!merged.has(cp)) merged.set(cp, adv);
      averageAdvance = Math.max(averageAdvance, metrics.averageAdvance);
    }
    t = { advances: merged, averageAdvance };
    tables.set(weight, t);
  }
  return t;
}

type Range = readonly [number, number];

const inRanges = (cp: number, ranges: readonly Range[]): boolean =>
  ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

// Controls, joiners, bidi marks, variation selectors, tags and combining marks take no space.
const ZERO_WIDTH: readonly Range[] = [
  [0x0000, 0x001f], [0x007f, 0x009f], [0x0300, 0x036f], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff],
  [0x200b, 0x200f], [0x2028, 0x202e], [0x2060, 0x206f], [0x20d0, 0x20ff], [0xfe00, 0xfe0f],
  [0xfe20, 0xfe2f], [0xfeff, 0xfeff], [0xe0000, 0xe007f], [0xe0100, 0xe01ef],
];

// Pictographic blocks, deliberately broad: over-measuring is harmless, overflowing is not.
const EMOJI: readonly Range[] = [
  [0x2300, 0x23ff], [0x2600, 0x27bf], [0x2b00, 0x2bff], [0x1f000, 0x1faff],
];

// East Asian Wide and Fullwidth blocks, which CJK fonts draw 1em wide.
const WIDE: readonly Range[] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x1b2ff], [0x20000, 0x3fffd],
];

/** Advance in em of one code point: 0 for invisible ones, else the font's own, else a fallback by character class. */
export function codePointAdvance(cp: number, weight: InterWeight = 400): number {
  // Checked before the font: Inter maps NUL and CR to glyphs with an advance.
  if (inRanges(cp, ZERO_WIDTH)) return 0;
  const table = advanceTable(weight);
  const own = table.advances.get(cp);
  if (own !== undefined) return own;
  if (inRanges(cp, EMOJI)) return EMOJI_ADVANCE;
  if (inRanges(cp, WIDE)) return WIDE_ADVANCE;
  return table.averageAdvance;
}

/** Width in px of `text` set on one line in Inter at the given size and weight. */
export function textWidth(text: string, options: TextWidthOptions = {}): number {
  const { fontSize = 11, weight = 400 } = options;
  let em = 0;
  for (const ch of text) em += codePointAdvance(ch.codePointAt(0) ?? 0, weight);
  return em * fontSize;
}
