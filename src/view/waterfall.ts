import type { Span } from '../schema/index.ts';
import { resolveSpanTree } from '../ingest/span-tree.ts';
import { formatCount, formatDuration } from '../format/numbers.ts';
import { boundText } from '../format/bounded-text.ts';

/** One bar of the trace waterfall, in tree order. */
export interface WaterfallRow {
  spanId: string;
  parentId: string | null;
  depth: number;
  kind: string;
  name: string;
  startMs: number;
  durationMs: number;
  /** Bar position and width as percentages of the trace's span. */
  leftPct: number;
  widthPct: number;
  startLabel: string;
  durationLabel: string;
  /** The error as text, or null. */
  error: string | null;
  attrs: Array<[string, string]>;
}

/** The whole waterfall: rows and the total time axis. */
export interface Waterfall {
  rows: WaterfallRow[];
  totalMs: number;
  totalLabel: string;
  /** Spans recorded but not drawn, past {@link MAX_WATERFALL_ROWS}. */
  omittedSpans: number;
}

/** Spans a page draws at most, in tree order; the raw record keeps every span. */
export const MAX_WATERFALL_ROWS = 1000;
/** Characters of one attribute or error a page shows at most. */
export const MAX_ATTR_CHARS = 2000;

function attrText(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const shown = boundText(text, MAX_ATTR_CHARS);
  return shown.omitted === 0 ? shown.text : `${shown.text} … (${formatCount(shown.omitted)} more characters in the raw record)`;
}

/** Lays spans out as a waterfall: children under their parent, siblings by start, bars to scale. */
export function buildWaterfall(spans: readonly Span[], startedAt: string | undefined): Waterfall {
  const tree = resolveSpanTree(spans, startedAt);
  // A loop, not Math.max(...spread): spreading 100,000 spans overflows the call stack.
  let totalMs = 1;
  for (const s of tree.spans) totalMs = Math.max(totalMs, s.startMs + s.span.duration_ms);
  const children = new Map<string | null, typeof tree.spans>();
  for (const s of tree.spans) {
    const list = children.get(s.parent);
    if (list === undefined) children.set(s.parent, [s]);
    else list.push(s);
  }
  for (const list of children.values()) list.sort((a, b) => a.startMs - b.startMs || a.index - b.index);
  const rows: WaterfallRow[] = [];
  const visit = (parent: string | null, depth: number): void => {
    for (const s of children.get(parent) ?? []) {
      if (rows.length >= MAX_WATERFALL_ROWS) return;
      const { span } = s;
      rows.push({
        spanId: span.span_id,
        parentId: s.parent,
        depth,
        kind: span.kind,
        name: span.name,
        startMs: s.startMs,
        durationMs: span.duration_ms,
        leftPct: (s.startMs / totalMs) * 100,
        widthPct: Math.max(0.3, (span.duration_ms / totalMs) * 100),
        startLabel: formatDuration(s.startMs),
        durationLabel: formatDuration(span.duration_ms),
        error: span.error === null || span.error === undefined ? null : attrText(span.error),
        attrs: Object.entries(span.attrs ?? {}).map(([k, v]) => [k, attrText(v)]),
      });
      // Each span id has one place in the tree, so recursion follows real children only.
      if (s.parent !== span.span_id) visit(span.span_id, depth + 1);
    }
  };
  visit(null, 0);
  return { rows, totalMs, totalLabel: formatDuration(totalMs), omittedSpans: tree.spans.length - rows.length };
}
