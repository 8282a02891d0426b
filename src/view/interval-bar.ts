/** Geometry of a point-and-interval mark on a 0..1 scale, in px of an SVG of `width`. */
export interface IntervalBar {
  width: number;
  x: number;
  low: number;
  high: number;
}

/** Places an estimate and its interval on a 0..1 axis `width` px wide (1 px inset each side). */
export function intervalBar(estimate: number, low: number, high: number, width = 120): IntervalBar {
  const clamp = (v: number): number => Math.min(1, Math.max(0, v));
  const px = (v: number): number => Math.round((1 + clamp(v) * (width - 2)) * 10) / 10;
  return { width, x: px(estimate), low: px(low), high: px(high) };
}
