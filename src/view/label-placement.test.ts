import { describe, expect, it } from 'vitest';
import { labelWidth, placeLabels, type Box, type PlacedLabel } from './label-placement.ts';

const font = { size: 10, advance: 0.6 };
const bounds: Box = { x: 0, y: 0, width: 200, height: 100 };

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function within(l: PlacedLabel): boolean {
  return l.box.x >= 0 && l.box.y >= 0 && l.box.x + l.box.width <= 200 && l.box.y + l.box.height <= 100;
}

describe('labelWidth', () => {
  it.each([
    ['1', 8],
    ['12', 14],
    ['', 2],
  ])('estimates %j as %i units', (text, width) => {
    expect(labelWidth(text, font)).toBe(width);
  });
});

describe('placeLabels', () => {
  it('puts a lone label right of its point, with no leader line', () => {
    const [l] = placeLabels([{ text: '7', x: 50, y: 50, r: 4 }], bounds, font);
    expect(l?.box.x).toBe(56);
    expect(l?.leader).toBeNull();
    expect(l?.crowded).toBe(false);
  });

  it('flips to the left at the right edge', () => {
    const [l] = placeLabels([{ text: '7', x: 196, y: 50, r: 3 }], bounds, font);
    expect(l !== undefined && l.box.x + l.box.width).toBeLessThanOrEqual(196 - 3);
    expect(l !== undefined && within(l)).toBe(true);
  });

  it('keeps labels of points on top of each other apart', () => {
    const pile = Array.from({ length: 6 }, (_, i) => ({ text: String(i + 1), x: 100, y: 50, r: 4 }));
    const labels = placeLabels(pile, bounds, font);
    for (const [i, a] of labels.entries()) {
      expect(within(a)).toBe(true);
      for (const b of labels.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.text} and ${b.text}`).toBe(false);
    }
    expect(labels.every((l) => !l.crowded)).toBe(true);
  });

  it('steers clear of other points and draws a leader line when it must move away', () => {
    // A tight 4 × 4 grid: the inner points have no free spot right beside them.
    const row = Array.from({ length: 16 }, (_, i) => ({ text: String(i + 11), x: 80 + (i % 4) * 8, y: 35 + Math.floor(i / 4) * 8, r: 3 }));
    const labels = placeLabels(row, bounds, font);
    for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.text} and ${b.text}`).toBe(false);
    const points = row.map((p) => ({ x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r }));
    for (const [i, l] of labels.entries()) {
      for (const [j, p] of points.entries()) if (j !== i) expect(overlaps(l.box, p), `label ${l.text} on point ${j + 11}`).toBe(false);
    }
    expect(labels.some((l) => l.leader !== null)).toBe(true);
  });

  it('never drops a label: one with no free spot is marked crowded', () => {
    const tiny: Box = { x: 0, y: 0, width: 30, height: 14 };
    const labels = placeLabels([{ text: '1', x: 10, y: 7, r: 3 }, { text: '2', x: 12, y: 7, r: 3 }, { text: '3', x: 14, y: 7, r: 3 }], tiny, font);
    expect(labels.map((l) => l.text)).toEqual(['1', '2', '3']);
    expect(labels.some((l) => l.crowded)).toBe(true);
  });

  it('keeps off obstacles such as a line through the point', () => {
    const line: Box = { x: 0, y: 49, width: 200, height: 2 };
    const [l] = placeLabels([{ text: '7', x: 50, y: 50, r: 4 }], bounds, font, [line]);
    expect(l !== undefined && overlaps(l.box, line)).toBe(false);
    expect(l?.crowded).toBe(false);
  });

  it('is deterministic', () => {
    const pts = [{ text: '1', x: 20, y: 20, r: 4 }, { text: '2', x: 24, y: 22, r: 4 }];
    expect(placeLabels(pts, bounds, font)).toEqual(placeLabels(pts, bounds, font));
  });
});
