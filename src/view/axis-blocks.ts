import { KNOWN_AXES, type Axes } from '../schema/index.ts';
import { AxesSchema } from '../schema/axes.ts';
import { viewValue, type ListItem, type ValueView } from './value-view.ts';

/** One key of an axis, shown. `known` is false for keys the contract does not name. */
export interface AxisRow {
  key: string;
  known: boolean;
  value: ValueView;
}

/** One axis of the scorer breakdown. */
export interface AxisBlock {
  name: string;
  known: boolean;
  rows: AxisRow[];
}

const FILE_LISTS = new Set(['added', 'removed', 'modified']);

function knownKeys(axis: string): ReadonlySet<string> {
  let keys = knownKeysByAxis.get(axis);
  if (keys === undefined) {
    const schema = AxesSchema.shape[axis as keyof typeof AxesSchema.shape];
    keys = schema === undefined ? new Set() : new Set(Object.keys(('unwrap' in schema ? schema.unwrap() : schema).shape));
    // Only the contract's axes are kept: unknown names come from data and are unbounded.
    if (schema !== undefined) knownKeysByAxis.set(axis, keys);
  }
  return keys;
}

// The schema's keys per axis, read once per process, not once per axis of every cell page.
const knownKeysByAxis = new Map<string, ReadonlySet<string>>();

/** Marks blast-radius file lists: a path is unexpected when the runner lists it in unexpected_changes. */
function blastMarks(axis: Record<string, unknown>): (item: string) => ListItem['mark'] {
  const list = (k: string): Set<string> => new Set(Array.isArray(axis[k]) ? (axis[k] as unknown[]).filter((v): v is string => typeof v === 'string') : []);
  const unexpected = list('unexpected_changes');
  const expected = list('expected_changes');
  return (item) => (unexpected.has(item) ? 'unexpected' : expected.has(item) ? 'expected' : null);
}

/** The scorer breakdown: known axes in contract order, then unknown ones; every key of each. */
export function buildAxisBlocks(axes: Axes): AxisBlock[] {
  const names = [...KNOWN_AXES.filter((n) => axes[n] !== undefined), ...Object.keys(axes).filter((n) => !(KNOWN_AXES as readonly string[]).includes(n))];
  return names.map((name) => {
    const axis = axes[name];
    const known = (KNOWN_AXES as readonly string[]).includes(name);
    if (axis === null || typeof axis !== 'object' || Array.isArray(axis)) {
      return { name, known, rows: [{ key: '(value)', known: false, value: viewValue(axis) }] };
    }
    const record = axis as Record<string, unknown>;
    const keys = knownKeys(name);
    const marks = name === 'blast_radius' ? blastMarks(record) : undefined;
    const rows = Object.entries(record).map(([key, value]) => ({
      key,
      known: keys.has(key),
      value: viewValue(value, marks !== undefined && FILE_LISTS.has(key) ? marks : undefined),
    }));
    return { name, known, rows };
  });
}
