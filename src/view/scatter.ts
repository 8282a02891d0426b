import type { ConfigAggregate } from '../metrics/aggregate.ts';

/** One config on the pass-rate vs cost scatter. */
export interface ScatterPoint {
  label: string;
  href: string;
  x: number;
  y: number;
  cx: number;
  cy: number;
  frontier: boolean;
}

/** The scatter: pass rate (y) against tokens per correct task (x, log scale), frontier marked. */
export interface Scatter {
  width: number;
  height: number;
  pad: number;
  points: ScatterPoint[];
  /** The efficient frontier as an SVG polyline `points` string. */
  frontierPath: string;
  xTicks: Array<{ at: number; label: string }>;
  yTicks: Array<{ at: number; label: string }>;
  /** Configs left out because their tokens were not recorded. */
  unrecorded: number;
}

/**
 * Places configs with recorded tokens; a config is on the frontier when no other config has both
 * a higher-or-equal pass rate and lower-or-equal cost, with one of them strictly better.
 */
export function buildScatter(configs: readonly ConfigAggregate[], hrefOf: (c: ConfigAggregate) => string, width = 640, height = 360, pad = 48): Scatter {
  const usable = configs.filter((c) => c.tokensPerCorrect !== null && c.tokensPerCorrect > 0 && c.passRate !== null);
  const xs = usable.map((c) => Math.log10(c.tokensPerCorrect ?? 1));
  const minX = Math.floor(Math.min(...xs, 3));
  const maxX = Math.ceil(Math.max(...xs, minX + 1));
  const sx = (v: number): number => pad + ((v - minX) / (maxX - minX)) * (width - 2 * pad);
  const sy = (v: number): number => height - pad - v * (height - 2 * pad);
  const points = usable.map((c): ScatterPoint => {
    const x = c.tokensPerCorrect ?? 0;
    const y = c.passRate?.estimate ?? 0;
    const dominated = usable.some((o) => {
      const ox = o.tokensPerCorrect ?? 0;
      const oy = o.passRate?.estimate ?? 0;
      return o !== c && ox <= x && oy >= y && (ox < x || oy > y);
    });
    return { label: `${c.tui} × ${c.model}`, href: hrefOf(c), x, y, cx: Math.round(sx(Math.log10(x)) * 10) / 10, cy: Math.round(sy(y) * 10) / 10, frontier: !dominated };
  });
  const frontier = points.filter((p) => p.frontier).sort((a, b) => a.x - b.x);
  const xTicks = [];
  for (let e = minX; e <= maxX; e++) xTicks.push({ at: Math.round(sx(e)), label: e >= 6 ? `${10 ** (e - 6)}M` : e >= 3 ? `${10 ** (e - 3)}k` : String(10 ** e) });
  return {
    width,
    height,
    pad,
    points,
    frontierPath: frontier.map((p) => `${p.cx},${p.cy}`).join(' '),
    xTicks,
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ at: Math.round(sy(v)), label: `${v * 100}%` })),
    unrecorded: configs.length - usable.length,
  };
}
