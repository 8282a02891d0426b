/**
 * The pure core of a badge: inputs -> everything the SVG and JSON renderers need.
 */
import { cellBadgeLabel, type CellLabelParts } from './cell-label.ts';
import { scoreColour, toneColour, type Tone } from './colour-scale.ts';
import { textWidth } from './text-width.ts';
import { truncateToWidth } from './truncate.ts';
import { stripIllegalXmlChars } from './xml.ts';

/** A confidence interval of a score, bounds in 0..1. */
export interface ScoreInterval {
  readonly low: number;
  readonly high: number;
}

/** A badge showing a pass rate (of a config, CLI or model). */
export interface RateBadgeInput {
  readonly kind: 'pass';
  readonly label: string;
  /** Pass rate in 0..1; null, undefined or NaN mean "not scored". */
  readonly value: number | null | undefined;
  readonly interval?: ScoreInterval | null | undefined;
}

/** A badge showing one run: its verdict first, then its score. */
export interface CellBadgeInput extends CellLabelParts {
  readonly kind: 'cell';
  /** The verdict's short word, e.g. `fail`, `timeout`, `not scored` (see `verdictOf`). */
  readonly verdict: string;
  readonly tone: Tone;
  /** Score in 0..1; null for a run without one (see `shownScore`). */
  readonly score: number | null;
}

/** Inputs to {@link makeBadge}. */
export type BadgeInput = RateBadgeInput | CellBadgeInput;

/** Render parameters of a badge; all widths are whole px and finite. */
export interface BadgeModel {
  /** Label as drawn, possibly shortened with "…". */
  readonly label: string;
  /** Message as drawn, e.g. `fail · score 0.154` or `pass rate 55% ±6`. */
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
  /** Accessible name: the full, untruncated label and what the message says, in words. */
  readonly ariaLabel: string;
  /** Tooltip text: the accessible name plus the interval bounds, if any. */
  readonly title: string;
}

/** Layout constants shared by the model and the SVG renderer (shields' flat style). */
export const BADGE_LAYOUT = Object.freeze({
  fontSize: 11,
  height: 20,
  horizontalPadding: 5,
  /** Label segment of a rate badge: the demo's longest `tui × vendor/model` (258 px) fits whole. */
  maxLabelWidth: 280,
  /**
   * Label segment of a cell badge. Measured on the demo archive's 899 cell labels (271-456 px in
   * full): at 360 px a third stay whole, nearly all the rest lose only the vendor or the task's
   * category, and two of them have their model name cut; at 240 px most model names were cut.
   */
  maxCellLabelWidth: 360,
  /** Fits the longest verdict with a score, `wrongly refused · score 0.900` (158 px). */
  maxMessageWidth: 170,
});

/** Message shown for a missing score. */
export const NOT_SCORED = 'not scored';

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

/** Score as badges show it: three decimals, e.g. `0.154`. */
export function formatBadgeScore(score: number): string {
  return clamp01(score).toFixed(3);
}

/** What a badge says, before it is measured. */
interface BadgeText {
  /** Label as drawn, already fitted to its budget. */
  label: string;
  message: string;
  colour: string;
  ariaLabel: string;
  title: string;
}

/** A rate badge: `pass rate 55% ±6`, coloured by the rounded rate. */
function rateText(input: RateBadgeInput): BadgeText {
  const fullLabel = normaliseLabel(input.label);
  const label = truncateToWidth(fullLabel, textBudget(BADGE_LAYOUT.maxLabelWidth));
  const named = (description: string): string => (fullLabel === '' ? description : `${fullLabel}: ${description}`);
  if (!isScore(input.value)) return { label, message: NOT_SCORED, colour: scoreColour(undefined), ariaLabel: named(NOT_SCORED), title: named(NOT_SCORED) };
  const value = clamp01(input.value);
  const percent = Math.round(value * 100);
  const half = intervalHalfWidth(value, input.interval);
  // The words "pass rate" are drawn, not only read out: a bare "15%" beside a run's badge read as that run's result.
  const message = half === undefined ? `pass rate ${percent}%` : `pass rate ${percent}% ±${half}`;
  let detail = '';
  if (half !== undefined && input.interval != null) {
    const low = Math.round(clamp01(input.interval.low) * 100);
    const high = Math.round(clamp01(input.interval.high) * 100);
    detail = ` (interval ${low}%–${high}%)`;
  }
  // Colour the rounded rate, so a badge reading "80%" never gets the colour of 79%.
  return { label, message, colour: scoreColour(percent / 100), ariaLabel: named(message), title: `${named(message)}${detail}` };
}

/** A cell badge: the verdict word, then the score where there is one, coloured by the verdict. */
function cellText(input: CellBadgeInput): BadgeText {
  const parts = { tui: normaliseLabel(input.tui), model: normaliseLabel(input.model), task: normaliseLabel(input.task) };
  const verdict = normaliseLabel(input.verdict) || NOT_SCORED;
  const score = isScore(input.score) ? formatBadgeScore(input.score) : null;
  const message = score === null ? verdict : `${verdict} · score ${score}`;
  const ariaLabel = `${parts.tui} × ${parts.model} on ${parts.task}: ${score === null ? verdict : `${verdict}, score ${score}`}`;
  return {
    label: cellBadgeLabel(parts, textBudget(BADGE_LAYOUT.maxCellLabelWidth), { fontSize: BADGE_LAYOUT.fontSize }),
    message,
    colour: toneColour(input.tone),
    ariaLabel,
    title: ariaLabel,
  };
}

/** Builds the render parameters of a badge. Never produces NaN or an empty message. */
export function makeBadge(input: BadgeInput): BadgeModel {
  const text = input.kind === 'cell' ? cellText(input) : rateText(input);
  const label = text.label;
  const shownMessage = truncateToWidth(text.message, textBudget(BADGE_LAYOUT.maxMessageWidth));
  const labelText = textWidth(label, { fontSize: BADGE_LAYOUT.fontSize });
  const messageText = textWidth(shownMessage, { fontSize: BADGE_LAYOUT.fontSize });
  const labelWidth = segmentWidth(labelText);
  const messageWidth = segmentWidth(messageText);
  return {
    label,
    message: shownMessage,
    colour: text.colour,
    labelWidth,
    messageWidth,
    totalWidth: labelWidth + messageWidth,
    labelTextWidth: Math.round(labelText * 10) / 10,
    messageTextWidth: Math.round(messageText * 10) / 10,
    ariaLabel: text.ariaLabel,
    title: text.title,
  };
}
