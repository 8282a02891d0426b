/**
 * Greedy label placement for charts drawn at build time: each label goes next to its point in
 * the first of a ring of candidate spots (right, left, above, below, then the diagonals,
 * then the same farther out) that stays inside the plot and overlaps no label placed before
 * it and no other point. A label placed away from its point gets a leader line; one that fits
 * nowhere takes the spot with the least overlap, so none is ever dropped.
 */

/** An axis-aligned rectangle: top-left corner and size, in SVG units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label to place beside the point (x, y) of radius r. */
export interface LabelRequest {
  text: string;
  x: number;
  y: number;
  r: number;
}

/** Where a label went: the text's start point (text-anchor start, alphabetic baseline) and its box. */
export interface PlacedLabel {
  text: string;
  tx: number;
  ty: number;
  box: Box;
  /** From the point's edge towards the label, when the label sits away from its point. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
  /** True when no spot was free and the label overlaps something. */
  crowded: boolean;
}

/** Font metrics the placement assumes: average advance of a character and the line box. */
export interface LabelFont {
  size: number;
  /** Average advance per character as a share of `size` (digits in most sans fonts: about 0.56). */
  advance: number;
}

const DIRECTIONS: ReadonlyArray<readonly [number, number]> = [
  [1, 0], [-1, 0], [0, -1], [0, 1], [1, -1], [-1, -1], [1, 1], [-1, 1],
];
/** Gaps between a point's edge and its label, nearest first; past the first a leader line is drawn. */
const RINGS = [2, 9, 18, 30];

/** Estimated width of `text` in the given font. */
export function labelWidth(text: string, font: LabelFont): number {
  return Math.ceil([...text].length * font.size * font.advance) + 2;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function inside(box: Box, bounds: Box): boolean {
  return box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
}

/** The box of a label of size w × h beside a point, on direction (dx, dy) at `gap` from its edge. */
function candidate(p: LabelRequest, w: number, h: number, dx: number, dy: number, gap: number): Box {
  const d = p.r + gap;
  const x = dx > 0 ? p.x + d : dx < 0 ? p.x - d - w : p.x - w / 2;
  const y = dy > 0 ? p.y + d : dy < 0 ? p.y - d - h : p.y - h / 2;
  return { x, y, width: w, height: h };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** The segment from the point's edge to the nearest point of its label box. */
function leaderLine(p: LabelRequest, box: Box): PlacedLabel['leader'] {
  const x2 = Math.min(Math.max(p.x, box.x), box.x + box.width);
  const y2 = Math.min(Math.max(p.y, box.y), box.y + box.height);
  const dist = Math.hypot(x2 - p.x, y2 - p.y);
  if (dist <= p.r) return null;
  return { x1: round(p.x + ((x2 - p.x) / dist) * p.r), y1: round(p.y + ((y2 - p.y) / dist) * p.r), x2: round(x2), y2: round(y2) };
}

/**
 * Places labels in the order given (put the most important first), avoiding earlier labels,
 * every point but a label's own, and `obstacles` (lines drawn over the plot, say).
 *
 * @param bounds the area labels must stay inside (usually the whole chart less its axis labels).
 * @example
 * placeLabels([{ text: '1', x: 50, y: 50, r: 4 }], { x: 0, y: 0, width: 100, height: 100 }, { size: 11, advance: 0.6 });
 * // [{ text: '1', tx: 56, ty: …, box: { x: 56, … }, leader: null, crowded: false }]
 */
export function placeLabels(requests: readonly LabelRequest[], bounds: Box, font: LabelFont, obstacles: readonly Box[] = []): PlacedLabel[] {
  const h = Math.ceil(font.size * 1.15);
  const points = requests.map((p) => ({ x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r }));
  const placed: Box[] = [];
  return requests.map((p, i) => {
    const w = labelWidth(p.text, font);
    const cost = (box: Box): number => {
      let sum = 0;
      for (const b of placed) sum += overlap(box, b);
      for (const b of obstacles) sum += overlap(box, b);
      points.forEach((b, j) => {
        if (j !== i) sum += overlap(box, b);
      });
      return sum;
    };
    let best: { box: Box; ring: number; cost: number } | null = null;
    search: for (const [ring, gap] of RINGS.entries()) {
      for (const [dx, dy] of DIRECTIONS) {
        const box = candidate(p, w, h, dx, dy, gap);
        if (!inside(box, bounds)) continue;
        const c = cost(box);
        if (best === null || c < best.cost) best = { box, ring, cost: c };
        if (c === 0) break search;
      }
    }
    // Nothing inside the bounds at all (a point in a corner of a tiny chart): clamp the nearest spot in.
    best ??= { box: clampInto(candidate(p, w, h, 1, 0, RINGS[0] ?? 2), bounds), ring: 0, cost: 1 };
    const box = { x: round(best.box.x), y: round(best.box.y), width: w, height: h };
    placed.push(box);
    return {
      text: p.text,
      tx: box.x + 1,
      ty: round(box.y + font.size * 0.9),
      box,
      leader: best.ring > 0 ? leaderLine(p, box) : null,
      crowded: best.cost > 0,
    };
  });
}

function clampInto(box: Box, bounds: Box): Box {
  const x = Math.min(Math.max(box.x, bounds.x), bounds.x + bounds.width - box.width);
  const y = Math.min(Math.max(box.y, bounds.y), bounds.y + bounds.height - box.height);
  return { ...box, x, y };
}
