/**
 * Horizontal metrics of a font: per-code-point advance widths in em units,
 * read from the sfnt `head`, `hhea`, `hmtx`, `OS/2` and `cmap` tables.
 */
import type { SfntTables } from './woff.ts';

/** Advance widths of the code points one font maps, plus its average character width. */
export interface FontMetrics {
  /** Advance width in em (1 = font size) of each code point the font maps to a glyph. */
  readonly advances: ReadonlyMap<number, number>;
  /** The font's declared average character width (OS/2 xAvgCharWidth) in em. */
  readonly averageAdvance: number;
}

function table(tables: SfntTables, tag: string): Buffer {
  const t = tables.get(tag);
  if (t === undefined) throw new TypeError(`font has no ${tag} table`);
  return t;
}

/** Reads the code point -> glyph id mapping, preferring a full-Unicode (format 12) subtable. */
export function readCmap(cmap: Buffer): Map<number, number> {
  const numTables = cmap.readUInt16BE(2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < numTables; i++) {
    const record = 4 + i * 8;
    const platform = cmap.readUInt16BE(record);
    const encoding = cmap.readUInt16BE(record + 2);
    const offset = cmap.readUInt32BE(record + 4);
    const isUnicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!isUnicode) continue;
    const format = cmap.readUInt16BE(offset);
    if (format === 12) format12 ??= offset;
    else if (format === 4) format4 ??= offset;
  }
  if (format12 !== undefined) return readFormat12(cmap, format12);
  if (format4 !== undefined) return readFormat4(cmap, format4);
  throw new TypeError('font has no Unicode cmap subtable of format 4 or 12');
}

function readFormat12(cmap: Buffer, at: number): Map<number, number> {
  const map = new Map<number, number>();
  const groups = cmap.readUInt32BE(at + 12);
  for (let i = 0; i < groups; i++) {
    const g = at + 16 + i * 12;
    const start = cmap.readUInt32BE(g);
    const end = cmap.readUInt32BE(g + 4);
    const glyph = cmap.readUInt32BE(g + 8);
    for (let cp = start; cp <= end; cp++) map.set(cp, glyph + (cp - start));
  }
  return map;
}

function readFormat4(cmap: Buffer, at: number): Map<number, number> {
  const map = new Map<number, number>();
  const segCount = cmap.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  for (let s = 0; s < segCount; s++) {
    const start = cmap.readUInt16BE(starts + s * 2);
    const end = cmap.readUInt16BE(ends + s * 2);
    const delta = cmap.readInt16BE(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = cmap.readUInt16BE(rangeOffsetAt);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (cp + delta) & 0xffff;
      } else {
        // idRangeOffset is relative to its own position in the file (spec quirk).
        const raw = cmap.readUInt16BE(rangeOffsetAt + rangeOffset + (cp - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(cp, glyph);
    }
  }
  return map;
}

/** Builds the advance-width table of one font from its sfnt tables. */
export function readFontMetrics(tables: SfntTables): FontMetrics {
  const unitsPerEm = table(tables, 'head').readUInt16BE(18);
  const numberOfHMetrics = table(tables, 'hhea').readUInt16BE(34);
  const hmtx = table(tables, 'hmtx');
  const os2 = tables.get('OS/2');
  const glyphAdvance = (glyph: number): number =>
    // Glyphs past numberOfHMetrics share the last advance (monospaced tail).
    hmtx.readUInt16BE(Math.min(glyph, numberOfHMetrics - 1) * 4);
  const advances = new Map<number, number>();
  for (const [cp, glyph] of readCmap(table(tables, 'cmap'))) {
    advances.set(cp, glyphAdvance(glyph) / unitsPerEm);
  }
  const averageAdvance = os2 === undefined ? 0.5 : os2.readInt16BE(2) / unitsPerEm;
  return { advances, averageAdvance };
}
