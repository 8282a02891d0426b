/**
 * The cost frontier chart, laid out at build time: pass rate (y) against one cost axis (x, log
 * scale), every config numbered, labels placed without collisions, the efficient frontier drawn
 * as a staircase, and configs that have no value on the axis (no token counts, say) in a strip
 * beside the plot at their pass rate, so none is dropped.
 */

import { formatCount, formatDuration, formatPercent } from '../format/numbers.ts';
import { placeLabels, type Box, type PlacedLabel } from './label-placement.ts';

/** What the x axis measures: a count (tokens) or a duration in milliseconds. */
export type AxisKind = 'count' | 'duration';

/** One x axis the reader can choose. */
export interface FrontierAxis {
  /** Stable id, used in element ids, e.g. `tokens-per-correct`. */
  id: string;
  /** Axis title, e.g. `Tokens per correct task`. */
  label: string;
  kind: AxisKind;
}

/** One config as the chart sees it. */
export interface FrontierInput {
  /** The config's number on the chart: its place on the leaderboard. */
  n: number;
  name: string;
  href: string;
  /** Pass rate 0..1; null when no run was scored (such a config cannot be placed). */
  passRate: number | null;
  /** Value on the x axis; null when the config has none. */
  x: number | null;
  /** Why `x` is null, e.g. `no token counts`; titles the strip and shows in the key. */
  missing: string;
}

/** A placed config. */
export interface FrontierPoint {
  n: number;
  name: string;
  href: string;
  cx: number;
  cy: number;
  r: number;
  /** On the efficient frontier: no other config is both cheaper (or as cheap) and better (or as good). */
  frontier: boolean;
  /** In the strip of configs with no value on this axis. */
  inStrip: boolean;
  /** What a screen reader announces and a tooltip shows. */
  description: string;
  label: PlacedLabel;
}

/** Everything the component draws for one axis. */
export interface FrontierChart {
  axis: FrontierAxis;
  width: number;
  height: number;
  plot: Box;
  /** The strip of configs without a value on this axis; null when every config has one. */
  strip: Box | null;
  /** The strip's title: why its configs have no value, e.g. `no token counts`. */
  stripTitle: string;
  xTicks: Array<{ at: number; label: string }>;
  yTicks: Array<{ at: number; label: string }>;
  points: FrontierPoint[];
  /** SVG polyline `points` of the frontier staircase; '' with fewer than one plotted config. */
  frontierPath: string;
  /** Frontier configs, cheapest first, for the caption. */
  frontierNames: string[];
  /** Configs with no pass rate, which no axis can place. */
  unplaced: string[];
}

const WIDTH = 680;
const HEIGHT = 420;
const MARGIN = { left: 52, right: 24, top: 12, bottom: 52 };
const STRIP_WIDTH = 118;
const STRIP_GAP = 22;
const R = 4.5;
const R_FRONTIER = 6;
const FONT = { size: 11, advance: 0.6 };

const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** Tick values of duration axes, in ms: round numbers people read at a glance. */
const DURATION_TICKS = [100, 200, 500, SECOND, 2 * SECOND, 5 * SECOND, 10 * SECOND, 20 * SECOND, 30 * SECOND, MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 20 * MINUTE, 30 * MINUTE, 60 * MINUTE, 120 * MINUTE, 300 * MINUTE, 600 * MINUTE, 1440 * MINUTE];

/** The 1-2-5 ladder of counts from 1 to 10^12. */
function countTicks(): number[] {
  const out: number[] = [];
  for (let e = 0; e <= 12; e++) for (const m of [1, 2, 5]) out.push(m * 10 ** e);
  return out;
}

/** A tick label: `500`, `20k`, `1.5M` for counts; `30 s`, `2 min`, `1 h` for durations. */
export function tickLabel(value: number, kind: AxisKind): string {
  if (kind === 'duration') {
    if (value < SECOND) return `${value} ms`;
    if (value < MINUTE) return `${value / SECOND} s`;
    if (value < 60 * MINUTE) return `${value / MINUTE} min`;
    return `${value / (60 * MINUTE)} h`;
  }
  if (value >= 1e9) return `${value / 1e9}B`;
  if (value >= 1e6) return `${value / 1e6}M`;
  if (value >= 1e3) return `${value / 1e3}k`;
  return String(value);
}

/** A value as the key and tooltips show it: `29,952` tokens or `1 min 52 s`. */
export function valueText(value: number, kind: AxisKind): string {
  return kind === 'duration' ? formatDuration(value) : formatCount(value);
}

/**
 * The log-scale domain and ticks covering `values`: from the last tick at or below the smallest
 * value to the first at or above the largest, at least two ticks apart, thinned to at most 7.
 *
 * @example
 * logDomain([29_000, 176_000], 'count'); // { lo: 20000, hi: 200000, ticks: [20000, 50000, 100000, 200000] }
 */
export function logDomain(values: readonly number[], kind: AxisKind): { lo: number; hi: number; ticks: number[] } {
  const ladder = kind === 'duration' ? DURATION_TICKS : countTicks();
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  const min = positive.length === 0 ? (ladder[3] as number) : Math.min(...positive);
  const max = positive.length === 0 ? (ladder[6] as number) : Math.max(...positive);
  let loIndex = Math.max(0, ladder.findLastIndex((t) => t <= min));
  let hiIndex = ladder.findIndex((t) => t >= max);
  if (hiIndex === -1) hiIndex = ladder.length - 1;
  if (hiIndex - loIndex < 2) {
    loIndex = Math.max(0, loIndex - 1);
    hiIndex = Math.min(ladder.length - 1, Math.max(hiIndex + 1, loIndex + 2));
  }
  let ticks = ladder.slice(loIndex, hiIndex + 1);
  const step = Math.ceil(ticks.length / 7);
  if (step > 1) ticks = ticks.filter((_, i) => i % step === 0 || i === ticks.length - 1);
  return { lo: ladder[loIndex] as number, hi: ladder[hiIndex] as number, ticks };
}

/**
 * The pass-rate domain: whole tens of percent around the values, at least 20 points tall.
 *
 * @example
 * passDomain([0.37, 0.9]); // { lo: 0.3, hi: 0.9, ticks: [0.3, 0.4, …, 0.9] }
 */
export function passDomain(values: readonly number[]): { lo: number; hi: number; ticks: number[] } {
  const min = values.length === 0 ? 0 : Math.min(...values);
  const max = values.length === 0 ? 1 : Math.max(...values);
  // Tenths as integers, so 0.5 stays 0.5 and no float noise reaches the ticks.
  let lo = Math.max(0, Math.floor(min * 10 + 1e-9));
  let hi = Math.min(10, Math.ceil(max * 10 - 1e-9));
  if (hi - lo < 2) {
    hi = Math.min(10, lo + 2);
    lo = Math.max(0, hi - 2);
  }
  const step = hi - lo > 6 ? 2 : 1;
  const ticks: number[] = [];
  for (let v = lo; v <= hi; v += step) ticks.push(v / 10);
  return { lo: lo / 10, hi: hi / 10, ticks };
}

/**
 * Which inputs are on the efficient frontier: no other input has x at most as large and a pass
 * rate at least as high, with one of the two strictly better.
 */
export function onFrontier(items: ReadonlyArray<{ x: number; y: number }>): boolean[] {
  return items.map((p) => !items.some((o) => o !== p && o.x <= p.x && o.y >= p.y && (o.x < p.x || o.y > p.y)));
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** Spreads strip points over three lanes so points at the same pass rate do not cover each other. */
function stripLanes(cys: readonly number[], strip: Box): number[] {
  const lanes = [0.2, 0.5, 0.8].map((f) => strip.x + strip.width * f);
  const last = lanes.map(() => -Infinity);
  const order = cys.map((cy, i) => ({ cy, i })).sort((a, b) => a.cy - b.cy || a.i - b.i);
  const out = new Array<number>(cys.length);
  for (const { cy, i } of order) {
    let lane = last.findIndex((y) => cy - y >= 2 * R + 3);
    if (lane === -1) lane = last.indexOf(Math.min(...last));
    last[lane] = cy;
    out[i] = round(lanes[lane] as number);
  }
  return out;
}

/**
 * Lays out one axis of the chart.
 *
 * @param inputs every config of the sweep, in leaderboard order.
 * @example
 * layoutFrontier({ id: 'wall', label: 'Wall time, median', kind: 'duration' }, inputs).points.length;
 */
export function layoutFrontier(axis: FrontierAxis, inputs: readonly FrontierInput[]): FrontierChart {
  const placeable = inputs.filter((c): c is FrontierInput & { passRate: number } => c.passRate !== null);
  const plotted = placeable.filter((c): c is typeof c & { x: number } => c.x !== null && c.x > 0);
  const missing = placeable.filter((c) => !(c.x !== null && c.x > 0));
  const hasStrip = missing.length > 0;
  const plot: Box = { x: MARGIN.left, y: MARGIN.top, width: WIDTH - MARGIN.left - MARGIN.right - (hasStrip ? STRIP_WIDTH + STRIP_GAP : 0), height: HEIGHT - MARGIN.top - MARGIN.bottom };
  const strip: Box | null = hasStrip ? { x: plot.x + plot.width + STRIP_GAP, y: plot.y, width: STRIP_WIDTH, height: plot.height } : null;
  const xd = logDomain(plotted.map((c) => c.x), axis.kind);
  const yd = passDomain(placeable.map((c) => c.passRate));
  const sx = (v: number): number => round(plot.x + ((Math.log10(v) - Math.log10(xd.lo)) / (Math.log10(xd.hi) - Math.log10(xd.lo))) * plot.width);
  const sy = (v: number): number => round(plot.y + plot.height - ((v - yd.lo) / (yd.hi - yd.lo)) * plot.height);
  const frontier = onFrontier(plotted.map((c) => ({ x: c.x, y: c.passRate })));
  const stripX = strip === null ? [] : stripLanes(missing.map((c) => sy(c.passRate)), strip);
  const axisName = axis.label.toLowerCase();
  const drafts = [
    ...plotted.map((c, i) => ({ c, cx: sx(c.x), frontier: frontier[i] === true, inStrip: false, xText: `${valueText(c.x, axis.kind)} ${axisName}` })),
    ...missing.map((c, i) => ({ c, cx: stripX[i] as number, frontier: false, inStrip: true, xText: c.missing })),
  ].map((d) => ({ ...d, cy: sy(d.c.passRate), r: d.frontier ? R_FRONTIER : R }));
  const steps = drafts.filter((d) => d.frontier).sort((a, b) => a.cx - b.cx || b.cy - a.cy);
  const stairs = steps.flatMap((p, i) => (i === 0 ? [`${p.cx},${p.cy}`] : [`${p.cx},${(steps[i - 1] as (typeof steps)[number]).cy}`, `${p.cx},${p.cy}`]));
  // The staircase's segments, as thin boxes labels keep off.
  const segments = steps.slice(1).flatMap((p, i) => {
    const prev = steps[i] as (typeof steps)[number];
    return [{ x: prev.cx, y: prev.cy - 1.5, width: p.cx - prev.cx, height: 3 }, { x: p.cx - 1.5, y: p.cy, width: 3, height: prev.cy - p.cy }];
  });
  // Frontier configs are labelled first so they get the spots next to their points.
  const labelOrder = drafts.map((_, i) => i).sort((a, b) => Number(drafts[b]?.frontier) - Number(drafts[a]?.frontier) || (drafts[a]?.c.n ?? 0) - (drafts[b]?.c.n ?? 0));
  const bounds: Box = { x: plot.x + 1, y: 1, width: (strip === null ? plot.x + plot.width : strip.x + strip.width) - plot.x, height: plot.y + plot.height - 1 };
  const placed = placeLabels(labelOrder.map((i) => ({ text: String(drafts[i]?.c.n), x: drafts[i]?.cx ?? 0, y: drafts[i]?.cy ?? 0, r: drafts[i]?.r ?? R })), bounds, FONT, segments);
  const labels = new Array<PlacedLabel>(drafts.length);
  labelOrder.forEach((d, k) => (labels[d] = placed[k] as PlacedLabel));
  const points = drafts.map((d, i): FrontierPoint => ({
    n: d.c.n,
    name: d.c.name,
    href: d.c.href,
    cx: d.cx,
    cy: d.cy,
    r: d.r,
    frontier: d.frontier,
    inStrip: d.inStrip,
    description: `${d.c.n}. ${d.c.name}: ${formatPercent(d.c.passRate)} pass rate, ${d.xText}${d.frontier ? ', on the frontier' : ''}`,
    label: labels[i] as PlacedLabel,
  }));
  return {
    axis,
    width: WIDTH,
    height: HEIGHT,
    plot,
    strip,
    stripTitle: [...new Set(missing.map((c) => c.missing))].join(' or '),
    xTicks: xd.ticks.map((t) => ({ at: sx(t), label: tickLabel(t, axis.kind) })),
    yTicks: yd.ticks.map((t) => ({ at: sy(t), label: formatPercent(t) })),
    points,
    frontierPath: stairs.join(' '),
    frontierNames: steps.map((d) => d.c.name),
    unplaced: inputs.filter((c) => c.passRate === null).map((c) => c.name),
  };
}
