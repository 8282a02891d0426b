import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { CellSchema } from '../schema/index.ts';
import { loadSweep } from './load-sweep.ts';
import { readRecordText } from './read-cell.ts';
import { SEED_CELL_FILE } from '../../tests/helpers/fixtures.ts';

const SEED_FILE = SEED_CELL_FILE;

it('reads each line of a cells.jsonl back by its byte range, whatever the characters around it', () => {
  const seed = JSON.parse(fs.readFileSync(SEED_FILE, 'utf8')) as Record<string, unknown>;
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jsonl-')), 'free-20260527');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'sweep.json'), JSON.stringify({ sweep_id: 'free-20260527' }));
  const lines = [
    JSON.stringify({ ...seed, task: 'mutations/other-task', cell_id: `free-20260527/${String(seed['tui'])}/${String(seed['model'])}/mutations/other-task`, note: 'ünïcödé ✓ 😀' }),
    JSON.stringify(seed),
  ];
  // A BOM first, a blank line and CRLF endings: the ranges must still cut out exactly each record.
  fs.writeFileSync(path.join(dir, 'cells.jsonl'), `\uFEFF${lines[0]}\r\n\r\n${lines[1]}\n`);
  const { sweep, problems } = loadSweep(dir);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  const texts = (sweep?.cells ?? []).map((c) => readRecordText(c.record));
  expect(texts.map((t) => JSON.parse(t) as unknown)).toEqual(lines.map((l) => JSON.parse(l) as unknown));
  expect(sweep?.cells.map((c) => c.source.line)).toEqual([1, 3]);
});

it('a validated cell parses to itself: the schema transforms nothing, so pages may skip validating it again', () => {
  const seed = JSON.parse(fs.readFileSync(SEED_FILE, 'utf8')) as unknown;
  expect(CellSchema.parse(seed)).toStrictEqual(seed);
});
