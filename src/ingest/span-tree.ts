import type { Span } from '../schema/index.ts';

/** A span with its parent resolved: `parent` is null at the top level or when the recorded parent is broken. */
export interface ResolvedSpan {
  span: Span;
  /** Index of the span in the cell's `spans` array. */
  index: number;
  parent: string | null;
  /** Start in ms after the cell's start. */
  startMs: number;
}

/** The outcome of resolving a cell's spans into a tree. */
export interface SpanTree {
  spans: ResolvedSpan[];
  /** `[json path, message]` for duplicate ids, missing parents and cycles. */
  problems: Array<[string, string]>;
}

/** Resolves parents (`parent_id` or `parent_span_id`) and starts (`start_ms` or `start_time`); broken parents go to the top. */
export function resolveSpanTree(spans: readonly Span[], cellStartedAt: string | undefined): SpanTree {
  const problems: Array<[string, string]> = [];
  const byId = new Map<string, number>();
  spans.forEach((span, index) => {
    if (byId.has(span.span_id)) problems.push([`spans[${index}].span_id`, `expected a span_id unique within the cell, found ${JSON.stringify(span.span_id)} again`]);
    else byId.set(span.span_id, index);
  });
  const origin = cellStartedAt === undefined ? Number.NaN : Date.parse(cellStartedAt);
  const parents = spans.map((span, index): string | null => {
    const parent = span.parent_id ?? span.parent_span_id ?? null;
    if (parent === null) return null;
    if (!byId.has(parent) || parent === span.span_id) {
      problems.push([`spans[${index}].parent_id`, `expected the span_id of another span in this cell, found ${JSON.stringify(parent)}; shown at the top level`]);
      return null;
    }
    return parent;
  });
  // A span whose ancestry loops back to itself is cut loose at the top, so the tree always ends.
  spans.forEach((span, index) => {
    const seen = new Set<string>([span.span_id]);
    let cursor = parents[index] ?? null;
    while (cursor !== null) {
      if (seen.has(cursor)) {
        problems.push([`spans[${index}].parent_id`, `expected a parent chain that ends, found a cycle through ${JSON.stringify(cursor)}; shown at the top level`]);
        parents[index] = null;
        break;
      }
      seen.add(cursor);
      cursor = parents[byId.get(cursor) ?? -1] ?? null;
    }
  });
  const resolved = spans.map((span, index) => ({
    span,
    index,
    parent: parents[index] ?? null,
    startMs: span.start_ms ?? (span.start_time !== undefined && !Number.isNaN(origin) ? Math.max(0, Date.parse(span.start_time) - origin) : 0),
  }));
  return { spans: resolved, problems };
}
