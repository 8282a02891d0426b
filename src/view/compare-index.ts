import type { LoadedSweep } from '../ingest/load-sweep.ts';
import type { ComparablePair } from '../metrics/compare.ts';
import { modelPath, tuiPath } from '../urls/routes.ts';
import { compareDataPath, compareIndexPath, comparePath } from '../urls/group-routes.ts';
import { plural } from '../format/numbers.ts';
import type { PairLink } from './config-page.ts';
import { buildCrumbs, canonicalOf, type Crumb } from './group-common.ts';
import { metricsOf } from '../data/metrics.ts';

/** The pairs of one config with later configs of its section, e.g. `goose vs: aider · opencode`. */
export interface PairRow {
  /** The side the configs differ on, of the first config, e.g. `goose`. */
  lead: string;
  /** Links named after the other config (`label`), with the full pair as `title`. */
  pairs: Array<PairLink & { title: string }>;
}

/** The pairs sharing one tui (or one model). */
export interface PairSection {
  heading: string;
  href: string;
  rows: PairRow[];
}

/** Everything the comparison picker shows. */
export interface CompareIndexPage {
  title: string;
  description: string;
  canonical: string;
  crumbs: Crumb[];
  headline: string;
  /** Pairs of models with the same tui, one section per tui. */
  byTui: PairSection[];
  /** Pairs of tuis with the same model, one section per model. */
  byModel: PairSection[];
  /** The pair builder's data file. */
  dataHref: string;
  /** Every config, for the pair builder's two lists; `value` is its index in the data file; the first two configs are preselected. */
  options: Array<{ value: string; label: string; firstA: boolean; firstB: boolean }>;
}

/**
 * Groups pairs under the tui (or model) they share, then by their first
 * config; sections and rows in first-seen (leaderboard) order.
 *
 * @param sideOf the part a config differs on inside its section: its model in a tui's section, its tui in a model's.
 * @example
 * // pairs goose/m1–goose/m2, goose/m1–goose/m3 → section goose, row { lead: 'm1', pairs: [m2, m3] }
 */
export function sectionPairs(
  pairs: readonly ComparablePair[],
  shares: 'tui' | 'model',
  sectionOf: (pair: ComparablePair) => { name: string; href: string },
  sideOf: (key: string) => string,
  hrefOf: (pair: ComparablePair) => string,
): PairSection[] {
  const sections = new Map<string, { section: PairSection; rows: Map<string, PairRow> }>();
  for (const p of pairs) {
    if (p.shares !== shares) continue;
    const { name, href } = sectionOf(p);
    let entry = sections.get(name);
    if (entry === undefined) sections.set(name, (entry = { section: { heading: name, href, rows: [] }, rows: new Map() }));
    const lead = sideOf(p.a);
    let row = entry.rows.get(lead);
    if (row === undefined) {
      entry.rows.set(lead, (row = { lead, pairs: [] }));
      entry.section.rows.push(row);
    }
    row.pairs.push({ label: sideOf(p.b), href: hrefOf(p), title: `${lead} vs ${sideOf(p.b)}` });
  }
  return [...sections.values()].map((e) => e.section);
}

/** Builds the comparison picker: every head-to-head pair as a link, and the pair builder's inputs. */
export function buildCompareIndex(sweep: LoadedSweep): CompareIndexPage {
  const m = metricsOf(sweep);
  const pairs = m.comparablePairs();
  const path = compareIndexPath(sweep.id);
  const cfg = (key: string) => m.configByKey.get(key) ?? { tui: key, model: key };
  const href = (p: ComparablePair): string => {
    const a = cfg(p.a);
    const b = cfg(p.b);
    return comparePath(sweep.id, a.tui, a.model, b.tui, b.model);
  };
  const headline = `${plural(pairs.length, 'head-to-head')} between configs that share a CLI or a model, over ${plural(m.configs.length, 'config')}.`;
  return {
    title: `Head-to-head comparisons in ${sweep.id}`,
    description: headline,
    canonical: canonicalOf(path),
    crumbs: buildCrumbs(sweep, [{ label: 'Head-to-head', href: null }]),
    headline,
    byTui: sectionPairs(pairs, 'tui', (p) => ({ name: cfg(p.a).tui, href: tuiPath(sweep.id, cfg(p.a).tui) }), (key) => cfg(key).model, href),
    byModel: sectionPairs(pairs, 'model', (p) => ({ name: cfg(p.a).model, href: modelPath(sweep.id, cfg(p.a).model) }), (key) => cfg(key).tui, href),
    dataHref: compareDataPath(sweep.id),
    options: m.configs.map((c, i) => ({ value: String(i), label: `${c.tui} × ${c.model}`, firstA: i === 0, firstB: i === 1 })),
  };
}
