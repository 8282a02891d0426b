/** One sweep's value on a trend chart, with its interval, placed in px. */
export interface TrendPoint {
  label: string;
  href: string;
  x: number;
  y: number;
  yLow: number;
  yHigh: number;
  value: string;
}

/** A small build-time trend chart over sweeps, oldest on the left, 0..1 on the y axis. */
export interface Trend {
  width: number;
  height: number;
  pad: number;
  points: TrendPoint[];
  path: string;
  yTicks: Array<{ at: number; label: string }>;
}

/** Places values (0..1 with intervals) oldest to newest across a chart `width` px wide. */
export function buildTrend(values: ReadonlyArray<{ label: string; href: string; estimate: number; low: number; high: number; value: string }>, width = 640, height = 240, pad = 40): Trend {
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const y = (v: number): number => Math.round((height - pad - Math.min(1, Math.max(0, v)) * (height - 2 * pad)) * 10) / 10;
  const points = values.map((v, i) => ({ label: v.label, href: v.href, value: v.value, x: Math.round(values.length > 1 ? pad + i * step : width / 2), y: y(v.estimate), yLow: y(v.low), yHigh: y(v.high) }));
  return { width, height, pad, points, path: points.map((p) => `${p.x},${p.y}`).join(' '), yTicks: [0, 0.5, 1].map((v) => ({ at: y(v), label: `${v * 100}%` })) };
}
