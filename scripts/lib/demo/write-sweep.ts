/**
 * Writes a generated sweep to disk in the contract's layout: `sweep.json`, then one file per cell under
 * `cells/<tui>/<vendor>/<model>/<category>/<task>[.run<N>].json` or one `cells.jsonl`, then `artifacts/`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Cell } from '../../../src/schema/index.ts';
import type { GeneratedSweep } from './sweep.ts';

/** How cells are laid out on disk. */
export interface WriteOptions {
  /** `files`: one JSON file per cell (pretty, short objects kept on one line); `jsonl`: one `cells.jsonl`, a cell per line. */
  layout: 'files' | 'jsonl';
}

const RUN_SUFFIX = /#run(\d+)$/;

/** A cell's file path inside the sweep folder, e.g. `cells/aider/openai/gpt-oss-120b/mutations/go-off-by-one.run2.json`. */
export function cellPathFor(cell: Cell): string {
  const run = RUN_SUFFIX.exec(cell.cell_id)?.[1];
  const [category, name] = cell.task.split('/');
  return ['cells', cell.tui, ...cell.model.split('/'), category ?? '', `${name ?? ''}${run === undefined ? '' : `.run${run}`}.json`].join('/');
}

/** Pretty JSON with a trailing newline, as the seed runner writes it. */
export function toPrettyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Line width up to which an object or array stays on one line. */
export const COMPACT_WIDTH = 200;

/** One-line JSON with a space after `:` and `,`, e.g. `{ "a": 1, "b": [2, 3] }`. */
function inline(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${value.map(inline).join(', ')}]`;
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, item]) => `${JSON.stringify(k)}: ${inline(item)}`).join(', ')} }`;
}

/** Pretty JSON (2-space indent) that keeps any object or array fitting in `COMPACT_WIDTH` columns on one line. */
export function toCompactJson(value: unknown): string {
  const render = (v: unknown, indent: string, lead: number): string => {
    const flat = inline(v);
    if (v === null || typeof v !== 'object' || lead + flat.length <= COMPACT_WIDTH) return flat;
    const inner = `${indent}  `;
    if (Array.isArray(v)) return `[\n${v.map((item) => `${inner}${render(item, inner, inner.length)}`).join(',\n')}\n${indent}]`;
    const entries = Object.entries(v).filter(([, item]) => item !== undefined);
    const lines = entries.map(([k, item]) => {
      const key = `${JSON.stringify(k)}: `;
      return `${inner}${key}${render(item, inner, inner.length + key.length)}`;
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  };
  return `${render(value, '', 0)}\n`;
}

/** Replaces `dir` with the generated sweep (the folder is removed first, so rewriting is idempotent). */
export function writeSweep(dir: string, generated: GeneratedSweep, options: WriteOptions): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'sweep.json'), toPrettyJson(generated.manifest));
  if (options.layout === 'jsonl') {
    // One write per line: a 50k-cell sweep is too large for a single string.
    const fd = fs.openSync(path.join(dir, 'cells.jsonl'), 'w');
    try {
      for (const cell of generated.cells) fs.writeSync(fd, `${JSON.stringify(cell)}\n`);
    } finally {
      fs.closeSync(fd);
    }
  } else {
    const made = new Set<string>();
    for (const cell of generated.cells) {
      const file = path.join(dir, cellPathFor(cell));
      const parent = path.dirname(file);
      if (!made.has(parent)) {
        fs.mkdirSync(parent, { recursive: true });
        made.add(parent);
      }
      fs.writeFileSync(file, toCompactJson(cell));
    }
  }
  for (const artifact of generated.artifacts) {
    const file = path.join(dir, artifact.path);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, artifact.content);
  }
}
