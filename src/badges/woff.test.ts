import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadInterFonts } from './font.ts';
import { readWoffTables } from './woff.ts';

/** Builds a WOFF file around the given tables, compressing those that shrink. */
function buildWoff(tables: Record<string, Buffer>): Buffer {
  const entries = Object.entries(tables).map(([tag, data]) => {
    const deflated = deflateSync(data);
    return { tag, data, stored: deflated.length < data.length ? deflated : data };
  });
  const header = Buffer.alloc(44 + 20 * entries.length);
  header.writeUInt32BE(0x774f4646, 0);
  header.writeUInt16BE(entries.length, 12);
  let offset = header.length;
  entries.forEach((e, n) => {
    const at = 44 + 20 * n;
    header.write(e.tag, at, 'latin1');
    header.writeUInt32BE(offset, at + 4);
    header.writeUInt32BE(e.stored.length, at + 8);
    header.writeUInt32BE(e.data.length, at + 12);
    offset += e.stored.length;
  });
  return Buffer.concat([header, ...entries.map((e) => e.stored)]);
}

describe('readWoffTables', () => {
  it('reads stored and zlib-compressed tables', () => {
    const small = Buffer.from([1, 2, 3]);
    const big = Buffer.alloc(400, 7);
    const tables = readWoffTables(buildWoff({ abcd: small, 'OS/2': big }));
    expect(tables.get('abcd')).toEqual(small);
    expect(tables.get('OS/2')).toEqual(big);
  });

  it.each([
    ['empty', Buffer.alloc(0)],
    ['TrueType, not WOFF', Buffer.concat([Buffer.from([0, 1, 0, 0]), Buffer.alloc(60)])],
    ['truncated table', buildWoff({ abcd: Buffer.alloc(40, 1) }).subarray(0, 70)],
  ])('rejects %s', (_why, data) => expect(() => readWoffTables(data)).toThrow());

  it('unpacks every table of each Inter file', () => {
    for (const font of loadInterFonts()) {
      const tables = readWoffTables(font.data);
      for (const tag of ['head', 'hhea', 'hmtx', 'cmap', 'OS/2']) expect(tables.has(tag), tag).toBe(true);
      expect(tables.get('head')?.readUInt32BE(12)).toBe(0x5f0f3cf5); // head.magicNumber
    }
  });
});
