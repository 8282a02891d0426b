import fs from 'node:fs';
import { CellSchema, type Cell } from '../schema/index.ts';
import type { RecordBytes } from './load-sweep.ts';
import { parseJsonText } from './parse-json.ts';

/** The exact text of a validated record, read from where its bytes are (see `RecordBytes`). */
export function readRecordText(record: RecordBytes): string {
  const buf = Buffer.alloc(record.length);
  const fd = fs.openSync(record.file, 'r');
  try {
    fs.readSync(fd, buf, 0, buf.length, record.offset);
  } finally {
    fs.closeSync(fd);
  }
  return buf.toString('utf8');
}

/** The full record of a cell that ingestion already validated, with its large text. */
export function readFullCell(record: RecordBytes): Cell {
  const parsed = parseJsonText(readRecordText(record));
  if (!parsed.ok) throw new Error(`${record.file} changed since it was validated: ${parsed.message}`);
  return CellSchema.parse(parsed.value);
}
