/**
 * Sub-aggregates of one group of units: a group's configs restricted to a
 * category, or a tui's / model's results per category. Each is a plain
 * `aggregateGroup`, seeded by its own key so its bootstrap differs from the
 * whole group's.
 */

import { aggregateGroup, type GroupAggregate, type GroupKind } from './aggregate.ts';
import type { ConfigTaskUnit, UnitIndex } from './config-task-units.ts';
import { compareStrings } from '../util/compare-strings.ts';

/** Every unit of the sweep that passes `keep`, in config then task order. */
export function selectUnits(units: UnitIndex, keep: (unit: ConfigTaskUnit) => boolean): ConfigTaskUnit[] {
  const out: ConfigTaskUnit[] = [];
  for (const byTask of units.values()) for (const unit of byTask.values()) if (keep(unit)) out.push(unit);
  return out;
}

/**
 * Aggregates units split by `keyOf`, each bucket as a group of `kind` whose
 * key is `${key}@${scope}` (e.g. `mutations@tui:aider`), so each sub-group
 * gets its own bootstrap seed.
 *
 * @returns bucket key → aggregate, keys sorted.
 * @example
 * aggregateWithin('s', 'category', 'tui:aider', aiderUnits, (u) => u.category).get('mutations')?.passRate;
 */
export function aggregateWithin(
  sweepId: string,
  kind: GroupKind,
  scope: string,
  units: readonly ConfigTaskUnit[],
  keyOf: (unit: ConfigTaskUnit) => string,
): Map<string, GroupAggregate> {
  const buckets = new Map<string, ConfigTaskUnit[]>();
  for (const u of units) {
    const key = keyOf(u);
    const list = buckets.get(key);
    if (list === undefined) buckets.set(key, [u]);
    else list.push(u);
  }
  const out = new Map<string, GroupAggregate>();
  for (const key of [...buckets.keys()].sort(compareStrings)) out.set(key, aggregateGroup(sweepId, kind, `${key}@${scope}`, buckets.get(key) ?? []));
  return out;
}
