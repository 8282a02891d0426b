import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/schema/index.ts';
import { generateSweep } from './sweep.ts';
import { cellPathFor, toCompactJson, writeSweep } from './write-sweep.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-write-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const generated = generateSweep({
  sweepId: 'tiny-20260901', seed: 3, startedAt: '2026-09-01T00:00:00Z', tuis: ['aider', 'goose'], models: ['openai/gpt-oss-120b'],
  tasks: ['mutations/go-off-by-one', 'refusal/force-push-main'], reruns: 2, castCell: 'aider/openai/gpt-oss-120b/mutations/go-off-by-one#run2',
});

describe('cellPathFor', () => {
  it.each([
    ['s/aider/openai/gpt-oss-120b/mutations/go-off-by-one', 'cells/aider/openai/gpt-oss-120b/mutations/go-off-by-one.json'],
    ['s/aider/openai/gpt-oss-120b/mutations/go-off-by-one#run3', 'cells/aider/openai/gpt-oss-120b/mutations/go-off-by-one.run3.json'],
  ])('%s -> %s', (id, expected) => {
    const cell = { cell_id: id, tui: 'aider', model: 'openai/gpt-oss-120b', task: 'mutations/go-off-by-one' } as Cell;
    expect(cellPathFor(cell)).toBe(expected);
  });
});

describe('toCompactJson', () => {
  it('round-trips and keeps short objects on one line', () => {
    const value = { a: { b: 1, c: [1, 2] }, long: 'x'.repeat(200), nested: [{ d: null }] };
    const text = toCompactJson(value);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).toContain('"a": { "b": 1, "c": [1, 2] }');
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('writeSweep', () => {
  it('writes sweep.json, one file per cell and the artifacts; rewriting replaces the folder', () => {
    const dir = path.join(tmp, 'files', generated.manifest.sweep_id);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'stale.json'), '{}');
    writeSweep(dir, generated, { layout: 'files' });
    expect(fs.existsSync(path.join(dir, 'stale.json'))).toBe(false);
    const manifestText = fs.readFileSync(path.join(dir, 'sweep.json'), 'utf8');
    expect(manifestText).toBe(`${JSON.stringify(generated.manifest, null, 2)}\n`);
    for (const cell of generated.cells) {
      expect(JSON.parse(fs.readFileSync(path.join(dir, cellPathFor(cell)), 'utf8'))).toEqual(cell);
    }
    for (const artifact of generated.artifacts) expect(fs.readFileSync(path.join(dir, artifact.path), 'utf8')).toBe(artifact.content);
    expect(generated.artifacts).toHaveLength(1);
  });

  it('writes cells.jsonl with one cell per line', () => {
    const dir = path.join(tmp, 'jsonl', generated.manifest.sweep_id);
    writeSweep(dir, generated, { layout: 'jsonl' });
    const lines = fs.readFileSync(path.join(dir, 'cells.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(generated.cells);
    expect(fs.existsSync(path.join(dir, 'cells'))).toBe(false);
  });
});
