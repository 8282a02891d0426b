import fs from 'node:fs';
import { CellSchema, type Cell } from '../schema/index.ts';
import type { CellSource } from './load-sweep.ts';
import { parseJsonText } from './parse-json.ts';

/** The exact text of a cell's record as read (one file, or one line of a `cells.jsonl`). */
export function readCellText(source: CellSource): string {
  if (source.bytes !== undefined) {
    // One line of a large file: read its bytes alone (reading the file per cell would cost n² in a sweep).
    const buf = Buffer.alloc(source.bytes.length);
    const fd = fs.openSync(source.file, 'r');
    try {
      fs.readSync(fd, buf, 0, buf.length, source.bytes.offset);
    } finally {
      fs.closeSync(fd);
    }
    return buf.toString('utf8').replace(/^\uFEFF/, '');
  }
  const text = fs.readFileSync(source.file, 'utf8').replace(/^\uFEFF/, '');
  if (source.line === undefined) return text;
  return text.split('\n')[source.line - 1] ?? '';
}

/** The full record of a cell that ingestion already validated, with its large text. */
export function readFullCell(source: CellSource): Cell {
  const parsed = parseJsonText(readCellText(source));
  if (!parsed.ok) throw new Error(`${source.file} changed since it was validated: ${parsed.message}`);
  return CellSchema.parse(parsed.value);
}
