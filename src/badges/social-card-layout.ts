/**
 * Pure layout of the Open Graph social card: data -> satori element tree.
 */
import type { Tone } from './colour-scale.ts';
import { textWidth } from './text-width.ts';
import { truncateToWidth } from './truncate.ts';

/** One headline number on the card. */
export interface CardStat {
  readonly label: string;
  readonly value: string;
  /** Boxes the stat spans (1 or 2), for a value that needs the room, such as a run's verdict. */
  readonly span?: 1 | 2 | undefined;
  /** Colours the value and its rule by a verdict's tone; without it, the card's accent. */
  readonly tone?: Tone | undefined;
}

/** Inputs of a social card. */
export interface SocialCardInput {
  readonly title: string;
  readonly subtitle?: string | undefined;
  /** Shown in order while they fit four shares of the row (a stat with `span: 2` takes two). */
  readonly stats: readonly CardStat[];
  readonly footer?: string | undefined;
  readonly siteName: string;
}

/** A satori element: the plain-object form of a React element. */
export interface CardElement {
  readonly type: 'div';
  readonly props: {
    readonly style: Readonly<Record<string, string | number>>;
    readonly children?: string | readonly CardElement[];
  };
}

/** Card geometry and palette, exported so tests and pages agree on them. */
export const SOCIAL_CARD = Object.freeze({
  width: 1200,
  height: 630,
  padding: 64,
  statGap: 24,
  maxStats: 4,
  titleSize: 64,
  titleLines: 2,
  titleLineHeight: 1.15,
  statValueSize: 64,
  /** Small enough for the longest verdict, `Refused a legitimate task`, in a two-box stat. */
  minStatValueSize: 36,
  accentBar: 12,
  background: '#0f172a',
  text: '#f8fafc',
  muted: '#cbd5e1',
  accent: '#38bdf8',
  panel: '#1e293b',
  /**
   * Verdict colours on the panel: light blue for good, light orange for bad (apart for
   * colour-blind readers as on badges), slate for not scored; each at least 4.5:1 on the panel.
   */
  tone: Object.freeze({ good: '#60a5fa', bad: '#fdba74', neutral: '#cbd5e1' } satisfies Record<Tone, string>),
  fontFamily: 'Inter, "Inter Latin Ext"',
});

const STAT_PADDING = 24;

// Bounds the layout cost of absurd inputs; clamping to lines happens in satori.
const MAX_CHARS = 300;

function clean(text: string | undefined): string {
  const flat = (text ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > MAX_CHARS ? `${flat.slice(0, MAX_CHARS - 1)}…` : flat;
}

function div(style: Record<string, string | number>, children?: string | readonly CardElement[]): CardElement {
  return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/**
 * Text clamped to `lines` lines with an ellipsis; long words break rather than overflow.
 * No `overflow: hidden`: satori clamps the text itself, and the mask it would add costs
 * a full-size offscreen pass per element when sharp rasterises the card.
 */
function clampedText(text: string, lines: number, style: Record<string, string | number>): CardElement {
  return div({ display: 'block', lineClamp: lines, textOverflow: 'ellipsis', overflowWrap: 'anywhere', ...style }, text);
}

/** Largest size from `max` down to `min` at which `text` fits `width` px (bold); `min` if none. */
export function fitFontSize(text: string, width: number, max: number, min: number): number {
  const atMax = textWidth(text, { fontSize: max, weight: 700 });
  if (atMax <= width) return max;
  // Width is proportional to size, so one division finds the size that fits.
  return Math.max(min, Math.floor((max * width) / atMax));
}

const statValue = (stat: CardStat): string => clean(stat.value) || '—';

const spanOf = (stat: CardStat): number => (stat.span === 2 ? 2 : 1);

function statBox(stat: CardStat, width: number, size: number): CardElement {
  const inner = width - 2 * STAT_PADDING;
  const raw = statValue(stat);
  const colour = stat.tone === undefined ? SOCIAL_CARD.accent : SOCIAL_CARD.tone[stat.tone];
  const value = truncateToWidth(raw, inner, { fontSize: size, weight: 700 });
  const label = truncateToWidth(clean(stat.label), inner, { fontSize: 24 });
  return div(
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'flex-end',
      boxSizing: 'border-box',
      width,
      height: 150,
      padding: STAT_PADDING,
      borderRadius: 16,
      backgroundColor: SOCIAL_CARD.panel,
      position: 'relative',
    },
    [
      // The accent rule is a drawn bar, not a border: satori draws borders with clip paths and masks, which rasterise slowly.
      div({ position: 'absolute', left: 0, top: 0, width, height: 6, backgroundColor: colour, borderTopLeftRadius: 16, borderTopRightRadius: 16 }),
      div({ display: 'flex', fontSize: size, fontWeight: 700, lineHeight: 1.1, color: stat.tone === undefined ? SOCIAL_CARD.text : colour }, value),
      div({ display: 'flex', fontSize: 24, marginTop: 8, color: SOCIAL_CARD.muted }, label),
    ],
  );
}

/**
 * Width in px of a stat box spanning `span` of `units` equal shares of the content width; a
 * two-share box also takes the gap between its shares.
 */
export function statBoxWidth(units: number, span = 1): number {
  const n = Math.max(1, Math.min(units, SOCIAL_CARD.maxStats));
  const content = SOCIAL_CARD.width - 2 * SOCIAL_CARD.padding - SOCIAL_CARD.accentBar;
  const unit = Math.floor((content - (n - 1) * SOCIAL_CARD.statGap) / n);
  const s = Math.max(1, Math.min(span, n));
  return s * unit + (s - 1) * SOCIAL_CARD.statGap;
}

/** The stats that fit: at most four shares of the row, in order. */
function shownStats(stats: readonly CardStat[]): CardStat[] {
  const shown: CardStat[] = [];
  let units = 0;
  for (const stat of stats) {
    if (units + spanOf(stat) > SOCIAL_CARD.maxStats) break;
    shown.push(stat);
    units += spanOf(stat);
  }
  return shown;
}

/** Lays out a 1200x630 card: site name, title (2 lines max), subtitle, up to 4 stats, footer. */
export function socialCardLayout(input: SocialCardInput): CardElement {
  const stats = shownStats(input.stats);
  const units = stats.reduce((sum, s) => sum + spanOf(s), 0);
  const widthOf = (stat: CardStat): number => statBoxWidth(units, spanOf(stat));
  const siteName = truncateToWidth(clean(input.siteName), 700, { fontSize: 28, weight: 700 });
  const footer = truncateToWidth(clean(input.footer), statBoxWidth(1), { fontSize: 24 });
  const subtitle = clean(input.subtitle);
  const header: CardElement[] = [
    div({ display: 'flex', fontSize: 28, fontWeight: 700, color: SOCIAL_CARD.accent, letterSpacing: 1 }, siteName),
    clampedText(clean(input.title) || 'Untitled', SOCIAL_CARD.titleLines, {
      fontSize: SOCIAL_CARD.titleSize,
      fontWeight: 700,
      lineHeight: SOCIAL_CARD.titleLineHeight,
      color: SOCIAL_CARD.text,
      marginTop: 20,
    }),
  ];
  if (subtitle !== '') header.push(clampedText(subtitle, 1, { fontSize: 32, color: SOCIAL_CARD.muted, marginTop: 12 }));
  const body: CardElement[] = [div({ display: 'flex', flexDirection: 'column' }, header)];
  if (stats.length > 0) {
    // One type size for all values (the largest that fits every box) keeps the row even.
    const size = Math.min(
      ...stats.map((s) => fitFontSize(statValue(s), widthOf(s) - 2 * STAT_PADDING, SOCIAL_CARD.statValueSize, SOCIAL_CARD.minStatValueSize)),
    );
    body.push(div({ display: 'flex', gap: SOCIAL_CARD.statGap }, stats.map((s) => statBox(s, widthOf(s), size))));
  }
  body.push(div({ display: 'flex', fontSize: 24, color: SOCIAL_CARD.muted }, footer || ' '));
  return div(
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      width: SOCIAL_CARD.width,
      height: SOCIAL_CARD.height,
      padding: SOCIAL_CARD.padding,
      paddingLeft: SOCIAL_CARD.padding + SOCIAL_CARD.accentBar,
      backgroundColor: SOCIAL_CARD.background,
      boxSizing: 'border-box',
      fontFamily: SOCIAL_CARD.fontFamily,
      color: SOCIAL_CARD.text,
      position: 'relative',
    },
    [div({ position: 'absolute', left: 0, top: 0, width: SOCIAL_CARD.accentBar, height: SOCIAL_CARD.height, backgroundColor: SOCIAL_CARD.accent }), ...body],
  );
}
