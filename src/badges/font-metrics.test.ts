import { describe, expect, it } from 'vitest';
import { readCmap } from './font-metrics.ts';

/** A cmap table with a single (3,1) or (3,10) subtable. */
function cmapWith(encoding: number, subtable: Buffer): Buffer {
  const head = Buffer.alloc(12);
  head.writeUInt16BE(1, 2);
  head.writeUInt16BE(3, 4);
  head.writeUInt16BE(encoding, 6);
  head.writeUInt32BE(12, 8);
  return Buffer.concat([head, subtable]);
}

/** Format 4 with segments [0x41..0x43 delta +1], [0x61..0x62 via glyphIdArray], [0xffff]. */
function format4(): Buffer {
  const segs = 3;
  const b = Buffer.alloc(16 + segs * 8 + 4);
  b.writeUInt16BE(4, 0);
  b.writeUInt16BE(b.length, 2);
  b.writeUInt16BE(segs * 2, 6);
  const ends = 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const ranges = deltas + segs * 2;
  const glyphs = ranges + segs * 2;
  [0x43, 0x62, 0xffff].forEach((v, s) => b.writeUInt16BE(v, ends + s * 2));
  [0x41, 0x61, 0xffff].forEach((v, s) => b.writeUInt16BE(v, starts + s * 2));
  [1 - 0x41, 0, 1].forEach((v, s) => b.writeInt16BE(v, deltas + s * 2));
  // Segment 1 reads glyphIdArray: offset from its own idRangeOffset slot.
  b.writeUInt16BE(glyphs - (ranges + 2), ranges + 2);
  b.writeUInt16BE(7, glyphs);
  b.writeUInt16BE(0, glyphs + 2); // 0 means "missing"
  return b;
}

function format12(): Buffer {
  const b = Buffer.alloc(16 + 12);
  b.writeUInt16BE(12, 0);
  b.writeUInt32BE(b.length, 4);
  b.writeUInt32BE(1, 12);
  b.writeUInt32BE(0x1f600, 16);
  b.writeUInt32BE(0x1f602, 20);
  b.writeUInt32BE(40, 24);
  return b;
}

describe('readCmap', () => {
  it('reads format 4 with idDelta and glyphIdArray segments', () => {
    expect([...readCmap(cmapWith(1, format4()))]).toEqual([
      [0x41, 1],
      [0x42, 2],
      [0x43, 3],
      [0x61, 7],
    ]);
  });

  it('reads format 12 groups beyond the BMP', () => {
    expect([...readCmap(cmapWith(10, format12()))]).toEqual([
      [0x1f600, 40],
      [0x1f601, 41],
      [0x1f602, 42],
    ]);
  });

  it('rejects a cmap without a Unicode subtable', () => {
    const onlyMac = cmapWith(1, format4());
    onlyMac.writeUInt16BE(1, 4); // platform 1 (Macintosh)
    expect(() => readCmap(onlyMac)).toThrow(TypeError);
  });
});
