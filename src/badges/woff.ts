/**
 * Minimal WOFF 1.0 reader: unpacks the sfnt tables of a WOFF file.
 * https://www.w3.org/TR/WOFF/
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const HEADER_SIZE = 44;
const DIRECTORY_ENTRY_SIZE = 20;

/** Decompressed sfnt tables of a font, keyed by four-character tag (e.g. `hmtx`). */
export type SfntTables = ReadonlyMap<string, Buffer>;

/** Unpacks every table of a WOFF file; throws on a file that is not WOFF 1.0 or is truncated. */
export function readWoffTables(woff: Uint8Array): SfntTables {
  const buf = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (buf.length < HEADER_SIZE || buf.readUInt32BE(0) !== WOFF_SIGNATURE) {
    throw new TypeError('not a WOFF 1.0 file');
  }
  const numTables = buf.readUInt16BE(12);
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < numTables; i++) {
    const entry = HEADER_SIZE + i * DIRECTORY_ENTRY_SIZE;
    if (entry + DIRECTORY_ENTRY_SIZE > buf.length) throw new RangeError('WOFF table directory truncated');
    const tag = buf.toString('latin1', entry, entry + 4);
    const offset = buf.readUInt32BE(entry + 4);
    const compLength = buf.readUInt32BE(entry + 8);
    const origLength = buf.readUInt32BE(entry + 12);
    if (offset + compLength > buf.length) throw new RangeError(`WOFF table ${tag} truncated`);
    const stored = buf.subarray(offset, offset + compLength);
    // The spec stores a table uncompressed exactly when compressing would not shrink it.
    const table = compLength < origLength ? inflateSync(stored) : stored;
    if (table.length !== origLength) throw new RangeError(`WOFF table ${tag} has the wrong length`);
    tables.set(tag, table);
  }
  return tables;
}
