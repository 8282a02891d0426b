/**
 * The pure core of a badge: inputs -> everything the SVG and JSON renderers need.
 */
import { scoreColour } from './colour-scale.ts';
import { textWidth } from './text-width.ts';
import { truncateToWidth } from './truncate.ts';
import { stripIllegalXmlChars } from './xml.ts';

/** What the score measures; decides the wording read out to screen readers. */
export type BadgeKind = 'pass' | 'composite';

/** A confidence interval of a score, bounds in 0..1. */
export interface ScoreInterval {
  readonly low: number;
  readonly high: number;
}

/** Inputs to {@link makeBadge}. */
export interface BadgeInput {
  readonly label: string;
  /** Score in 0..1; null, undefined or NaN mean "not scored". */
  readonly value: number | null | undefined;
  readonly interval?: ScoreInterval | null | undefined;
  readonly kind: BadgeKind;
}

/** Render parameters of a badge; all widths are whole px and finite. */
export interface BadgeModel {
  /** Label as drawn, possibly shortened with "…". */
  readonly label: string;
  /** Message as drawn, e.g. `55%` or `55% ±6`. */
  readonly message: string;
  /** Message background as `#rrggbb`. */
  readonly colour: string;
  /** Width of the label segment (0 when the label is empty). */
  readonly labelWidth: number;
  readonly messageWidth: number;
  readonly totalWidth: number;
  /** Measured width of the drawn label text, px, one decimal (for SVG `textLength`). */
  readonly labelTextWidth: number;
  readonly messageTextWidth: number;
  /** Accessible name: the full, untruncated label and the score. */
  readonly ariaLabel: string;
  /** Tooltip text: the accessible name plus the interval bounds, if any. */
  readonly title: string;
}

/** Layout constants shared by the model and the SVG renderer (shields' flat style). */
export const BADGE_LAYOUT = Object.freeze({
  fontSize: 11,
  height: 20,
  horizontalPadding: 5,
  maxLabelWidth: 240,
  maxMessageWidth: 120,
});

/** Message shown for a missing score. */
export const NOT_SCORED = 'not scored';

const KIND_WORDS: Readonly<Record<BadgeKind, string>> = { pass: 'pass rate', composite: 'composite score' };

const clamp01 = (n: number): number => Math.min(1, Math.max(0, n));

/** Rounds up to the next odd integer, so centred text sits on a pixel boundary. */
export function roundUpToOdd(n: number): number {
  const up = Math.ceil(n);
  return up % 2 === 0 ? up + 1 : up;
}

/** Segment width for drawn text: padding on both sides of its odd-rounded width; 0 for no text. */
function segmentWidth(width: number): number {
  return width === 0 ? 0 : roundUpToOdd(width) + 2 * BADGE_LAYOUT.horizontalPadding;
}

/** Widest text whose segment still fits in `maxSegment`. */
function textBudget(maxSegment: number): number {
  const inner = Math.floor(maxSegment) - 2 * BADGE_LAYOUT.horizontalPadding;
  return inner % 2 === 0 ? inner - 1 : inner;
}

/** Drops characters illegal in XML and collapses whitespace (tabs, newlines) to single spaces. */
export function normaliseLabel(text: string): string {
  return stripIllegalXmlChars(text).replace(/\s+/g, ' ').trim();
}

const isScore = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Half-width of the interval around `value` in whole percentage points, or undefined if unusable. */
export function intervalHalfWidth(value: number, interval: ScoreInterval | null | undefined): number | undefined {
  if (interval == null || !isScore(interval.low) || !isScore(interval.high)) return undefined;
  const spread = Math.max(value - clamp01(interval.low), clamp01(interval.high) - value, 0);
  return Math.round(spread * 100);
}

/** Builds the render parameters of a badge. Never produces NaN or an empty message. */
export function makeBadge(input: BadgeInput): BadgeModel {
  const fullLabel = normaliseLabel(input.label);
  let message: string;
  let description: string;
  let detail = '';
  let colour: string;
  if (isScore(input.value)) {
    const value = clamp01(input.value);
    const percent = Math.round(value * 100);
    const half = intervalHalfWidth(value, input.interval);
    message = half === undefined ? `${percent}%` : `${percent}% ±${half}`;
    description = `${KIND_WORDS[input.kind]} ${message}`;
    if (half !== undefined && input.interval != null) {
      const low = Math.round(clamp01(input.interval.low) * 100);
      const high = Math.round(clamp01(input.interval.high) * 100);
      detail = ` (interval ${low}%–${high}%)`;
    }
    // Colour the rounded score, so a badge reading "80%" never gets the colour of 79%.
    colour = scoreColour(percent / 100);
  } else {
    message = NOT_SCORED;
    description = NOT_SCORED;
    colour = scoreColour(undefined);
  }
  const label = truncateToWidth(fullLabel, textBudget(BADGE_LAYOUT.maxLabelWidth));
  const shownMessage = truncateToWidth(message, textBudget(BADGE_LAYOUT.maxMessageWidth));
  const labelText = textWidth(label, { fontSize: BADGE_LAYOUT.fontSize });
  const messageText = textWidth(shownMessage, { fontSize: BADGE_LAYOUT.fontSize });
  const labelWidth = segmentWidth(labelText);
  const messageWidth = segmentWidth(messageText);
  const ariaLabel = fullLabel === '' ? description : `${fullLabel}: ${description}`;
  return {
    label,
    message: shownMessage,
    colour,
    labelWidth,
    messageWidth,
    totalWidth: labelWidth + messageWidth,
    labelTextWidth: Math.round(labelText * 10) / 10,
    messageTextWidth: Math.round(messageText * 10) / 10,
    ariaLabel,
    title: `${ariaLabel}${detail}`,
  };
}
