import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { formatSchemaIssues, SweepManifestSchema, type Cell, type SweepManifest } from '../schema/index.ts';
import { parseJsonText } from './parse-json.ts';
import { displayPath } from './paths.ts';
import { listCellFiles } from './cell-files.ts';
import type { JsonScanFinding } from './json-scan.ts';
import { bytePosition, firstInvalidUtf8, readRegularFile } from './read-file.ts';
import { checkTimeOrder } from './time-order.ts';
import { error, type Problem } from './problem.ts';
import { checkCellRecord } from './validate-cell.ts';
import { checkTerminalPath } from './terminal-path.ts';
import { lightenCell, type CellBulk } from './lighten-cell.ts';

/** Where a cell's record came from, for messages. */
export interface CellSource {
  /** Absolute path of the file. */
  file: string;
  /** 1-based line in a `cells.jsonl`; absent for one-cell files. */
  line?: number;
}

/**
 * Where the exact bytes of a validated record can be read again (without a byte-order mark):
 * in the archive, or where a build kept them when it read the archive (see `loadSweep`'s `keep`).
 */
export interface RecordBytes {
  file: string;
  offset: number;
  length: number;
}

/** A validated cell, lightened: its large text (test output, spans, model calls, casts) is in `record`. */
export interface LoadedCell {
  cell: Cell;
  /** Rerun number, 1-based. */
  attempt: number;
  source: CellSource;
  /** The record's validated bytes, which its page and its published `cell.json` are made from. */
  record: RecordBytes;
  /** What the lightened record held before: span and model-call counts, a recording, test counts. */
  bulk: CellBulk;
}

/** One sweep as read: its manifest, its valid cells and a fingerprint of its input files. */
export interface LoadedSweep {
  id: string;
  dir: string;
  manifest: SweepManifest;
  cells: LoadedCell[];
  /** sha256 over the sweep's file paths and contents, in path order. */
  fingerprint: string;
  /** Number of cell records found, valid or not. */
  recordsFound: number;
}

/** The outcome of reading one sweep folder: the sweep when its manifest is valid, and every problem. */
export interface SweepLoad {
  sweep: LoadedSweep | null;
  problems: Problem[];
}

/** Problems for what `parseJsonText` found in a record that parsed; true when any is an error. */
function takeScanFindings(shown: string, findings: readonly JsonScanFinding[], problems: Problem[]): boolean {
  for (const f of findings) problems.push({ file: shown, path: f.path, message: f.message, severity: f.severity, ...(f.hint === undefined ? {} : { hint: f.hint }) });
  return findings.some((f) => f.severity === 'error');
}

/** A file's bytes as text, or a problem when they are not UTF-8 (JSON is UTF-8; a decoder would change them silently). */
function decodeUtf8(bytes: Buffer, shown: string, problems: Problem[]): string | null {
  const bad = firstInvalidUtf8(bytes);
  if (bad === -1) return bytes.toString('utf8');
  problems.push(error(shown, '(file)', `expected UTF-8 text, found a byte that is not UTF-8 at ${bytePosition(bytes, bad)}`, 'save the file as UTF-8: a page would show the byte as \uFFFD while the raw record kept it'));
  return null;
}

function readManifest(dir: string, folderName: string, problems: Problem[], hash: crypto.Hash): SweepManifest | undefined {
  const file = path.join(dir, 'sweep.json');
  const shown = displayPath(file);
  if (!fs.existsSync(file) && !isLink(file)) {
    problems.push(error(shown, '(file)', 'expected a sweep manifest, found no sweep.json', 'every sweep folder needs a sweep.json with at least a sweep_id'));
    return undefined;
  }
  const read = readRegularFile(file);
  if (!read.ok) {
    problems.push(error(shown, '(file)', read.message));
    return undefined;
  }
  hash.update('sweep.json\0').update(read.bytes).update('\0');
  const text = decodeUtf8(read.bytes, shown, problems);
  if (text === null) return undefined;
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    problems.push(error(shown, parsed.path, parsed.message, parsed.hint));
    return undefined;
  }
  if (takeScanFindings(shown, parsed.findings, problems)) return undefined;
  const result = SweepManifestSchema.safeParse(parsed.value, { reportInput: true });
  if (!result.success) {
    for (const issue of formatSchemaIssues(result.error)) problems.push(error(shown, issue.path, issue.message));
    return undefined;
  }
  if (result.data.sweep_id !== folderName) {
    problems.push(error(shown, 'sweep_id', `expected "${folderName}" (the folder's name), found ${JSON.stringify(result.data.sweep_id)}`, 'rename the folder or fix sweep_id: they name the same sweep'));
    return undefined;
  }
  const order = checkTimeOrder(result.data);
  if (order !== null) {
    problems.push(error(shown, 'ended_at', order));
    return undefined;
  }
  return result.data;
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Yields every cell record of a sweep with its source: one per `cells/**\/*.json` file, one per
 * `cells.jsonl` line; null for one that could not be read (its problem already named), so it
 * still counts as found.
 */
function* readCellRecords(dir: string, problems: Problem[], hash: crypto.Hash): Generator<{ text: string; bytes: Buffer; source: CellSource; record: RecordBytes; shown: string } | null> {
  const listed = listCellFiles(dir);
  for (const p of listed.problems) {
    problems.push(error(displayPath(p.file), '(file)', p.message, p.hint));
    if (p.record) yield null;
  }
  for (const { rel, file } of listed.files) {
    const shown = displayPath(file);
    const read = readRegularFile(file);
    if (!read.ok) {
      problems.push(error(shown, '(file)', read.message));
      yield null;
      continue;
    }
    const raw = read.bytes;
    hash.update(`${rel}\0`).update(raw).update('\0');
    if (!rel.endsWith('.jsonl')) {
      const text = decodeUtf8(raw, shown, problems);
      const bom = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? 3 : 0;
      yield text === null ? null : { text, bytes: raw.subarray(bom), source: { file }, record: { file, offset: bom, length: raw.length - bom }, shown };
      continue;
    }
    // Lines are cut from the bytes, so each keeps its byte range for reading it alone later.
    for (let start = 0, n = 1; start < raw.length; n++) {
      const newline = raw.indexOf(0x0a, start);
      const end = newline === -1 ? raw.length : newline;
      const bytes = raw.subarray(start, end);
      const line = decodeUtf8(bytes, `${shown}:${n}`, problems);
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      if (line === null) yield null;
      else if (line.trim() !== '') yield { text: line, bytes: bytes.subarray(bom), source: { file, line: n }, record: { file, offset: start + bom, length: end - start - bom }, shown: `${shown}:${n}` };
      start = end + 1;
    }
  }
}

/**
 * Reads and validates one sweep folder. Every rejected record is named in `problems`; none is
 * dropped silently. Each valid record's bytes are handed to `keep`, when given, which says where
 * it put them: a build keeps them so that no record is read from the archive twice.
 */
export function loadSweep(dir: string, keep?: (bytes: Buffer) => RecordBytes): SweepLoad {
  const problems: Problem[] = [];
  const folderName = path.basename(dir);
  const hash = crypto.createHash('sha256');
  const manifest = readManifest(dir, folderName, problems, hash);
  const cells: LoadedCell[] = [];
  let recordsFound = 0;
  for (const record of readCellRecords(dir, problems, hash)) {
    recordsFound++;
    if (record === null) continue;
    const parsed = parseJsonText(record.text);
    if (!parsed.ok) {
      problems.push(error(record.shown, parsed.path, parsed.message, parsed.hint));
      continue;
    }
    if (takeScanFindings(record.shown, parsed.findings, problems)) continue;
    const check = checkCellRecord(parsed.value, folderName, manifest);
    for (const [severity, jsonPath, message] of check.findings) problems.push({ file: record.shown, path: jsonPath, message, severity });
    if (!check.ok) continue;
    const terminal = checkTerminalPath(check.cell, dir);
    if (terminal !== null) {
      problems.push(error(record.shown, 'terminal.path', terminal));
      continue;
    }
    const light = lightenCell(check.cell);
    cells.push({ cell: light.cell, bulk: light.bulk, attempt: check.attempt, source: record.source, record: keep === undefined ? record.record : keep(record.bytes) });
  }
  if (manifest === undefined) return { sweep: null, problems };
  return { sweep: { id: folderName, dir, manifest, cells, fingerprint: `sha256:${hash.digest('hex')}`, recordsFound }, problems };
}
