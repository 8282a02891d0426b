import type { ConfigAggregate } from '../metrics/aggregate.ts';

/** One square of the tui × model heatmap. */
export interface HeatCell {
  value: number | null;
  label: string;
  href: string | null;
}

/** A tui × model grid of pass rates with marginal means: rows show the agent effect, columns the model effect. */
export interface Heatmap {
  tuis: string[];
  models: string[];
  cells: HeatCell[][];
  rowMeans: Array<number | null>;
  colMeans: Array<number | null>;
}

function meanOf(values: Array<number | null>): number | null {
  const real = values.filter((v): v is number => v !== null);
  return real.length === 0 ? null : real.reduce((a, b) => a + b, 0) / real.length;
}

/** Lays configs out as a heatmap; `hrefOf` links each square to its config page. */
export function buildHeatmap(configs: readonly ConfigAggregate[], hrefOf: (c: ConfigAggregate) => string): Heatmap {
  const tuis = [...new Set(configs.map((c) => c.tui))].sort();
  const models = [...new Set(configs.map((c) => c.model))].sort();
  const byKey = new Map(configs.map((c) => [`${c.tui}\n${c.model}`, c]));
  const cells = tuis.map((t) =>
    models.map((m): HeatCell => {
      const c = byKey.get(`${t}\n${m}`);
      const value = c?.passRate?.estimate ?? null;
      return { value, label: c === undefined ? 'not run' : value === null ? 'no score' : `${Math.round(value * 100)}%`, href: c === undefined ? null : hrefOf(c) };
    }),
  );
  return {
    tuis,
    models,
    cells,
    rowMeans: cells.map((row) => meanOf(row.map((c) => c.value))),
    colMeans: models.map((_, j) => meanOf(cells.map((row) => row[j]?.value ?? null))),
  };
}

/** Background for a pass rate: a single-hue blue ramp (light to dark), readable in both themes. */
export function heatColour(value: number | null): { fill: string; text: string } {
  if (value === null) return { fill: 'transparent', text: 'currentColor' };
  const lightness = 95 - value * 60;
  // White holds 4.5:1 only up to about 52% lightness on this hue; black holds it above.
  return { fill: `hsl(216 65% ${lightness.toFixed(0)}%)`, text: lightness <= 52 ? '#ffffff' : '#000000' };
}
