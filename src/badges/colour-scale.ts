/**
 * Colour scale for score badges.
 *
 * A diverging blue -> grey-teal -> orange scale: high scores are blue, low
 * scores orange/vermilion. Blue versus orange survives protanopia and
 * deuteranopia (unlike red versus green), and neighbouring steps also differ
 * in lightness (dark, light, mid, light, dark) so they stay apart under
 * tritanopia and in greyscale. Every colour, including the "not scored" grey,
 * keeps white text at a WCAG contrast ratio of at least 4.5:1.
 */

/** One step of the scale: scores at or above `min` (and below the previous step) use `colour`. */
export interface ColourStep {
  /** Inclusive lower bound of the score range, in 0..1. */
  readonly min: number;
  /** Background colour as `#rrggbb`. */
  readonly colour: string;
  /** Human-readable colour name for methodology pages. */
  readonly name: string;
}

/** Score colour steps, highest threshold first; the last step catches everything >= 0. */
export const COLOUR_SCALE: readonly ColourStep[] = Object.freeze([
  { min: 0.8, colour: '#0f2f66', name: 'dark blue' },
  { min: 0.6, colour: '#3070bb', name: 'blue' },
  { min: 0.4, colour: '#2e6269', name: 'grey-teal' },
  { min: 0.2, colour: '#b35400', name: 'orange-brown' },
  { min: 0, colour: '#8c2703', name: 'dark vermilion' },
]);

/** Background for a badge without a score (null, undefined or NaN). */
export const NOT_SCORED_COLOUR = '#737373';

/** Background of the label (left) half of every badge, as in shields' flat style. */
export const LABEL_COLOUR = '#555555';

/** Text colour drawn on every badge background. */
export const TEXT_COLOUR = '#ffffff';

/** How a run's verdict is coloured: good (passed), bad (did not pass), neutral (not scored). */
export type Tone = 'good' | 'bad' | 'neutral';

/**
 * Background of a cell badge by its verdict's tone: the two ends of the score scale and the
 * "not scored" grey, so cell badges share the contrast and colour-vision checks of the scale.
 */
export const TONE_COLOURS: Readonly<Record<Tone, string>> = Object.freeze({
  good: COLOUR_SCALE[0]?.colour ?? NOT_SCORED_COLOUR,
  bad: COLOUR_SCALE[COLOUR_SCALE.length - 1]?.colour ?? NOT_SCORED_COLOUR,
  neutral: NOT_SCORED_COLOUR,
});

/** Background of a cell badge for its verdict's tone. */
export function toneColour(tone: Tone): string {
  return TONE_COLOURS[tone];
}

/**
 * Colour for a score in 0..1; scores outside the range are clamped, and a
 * missing or non-finite score gets {@link NOT_SCORED_COLOUR}.
 */
export function scoreColour(score: number | null | undefined): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return NOT_SCORED_COLOUR;
  const clamped = Math.min(1, Math.max(0, score));
  for (const step of COLOUR_SCALE) if (clamped >= step.min) return step.colour;
  // Unreachable while the last step has min 0; kept so a bad edit fails safe.
  return NOT_SCORED_COLOUR;
}
