import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CellSchema } from './cell.ts';
import { formatSchemaIssues } from './error-map.ts';
import { SEED_CELL_FILE } from '../../tests/helpers/fixtures.ts';

const seed = JSON.parse(
  fs.readFileSync(SEED_CELL_FILE, 'utf8'),
) as Record<string, unknown>;

/** The seed cell with one change applied at a dotted path (undefined deletes). */
function seedWith(path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(seed);
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let target: Record<string, unknown> = copy;
  for (const k of keys) target = target[k] as Record<string, unknown>;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

function messages(record: unknown): string[] {
  const r = CellSchema.safeParse(record, { reportInput: true });
  return r.success ? [] : formatSchemaIssues(r.error).map((i) => `${i.path}: ${i.message}`);
}

describe('CellSchema accepts', () => {
  it.each<[string, string, unknown]>([
    ['a model with : @ + and upper case', 'model', 'qwen/Qwen2.5-Coder-32B:free'],
    ['a three-part model id', 'model', 'openrouter/qwen/qwen3-coder@2025+fp8'],
    ['an explicit attempt', 'attempt', 2],
    ['an unknown top-level key (kept)', 'runner_host', 'ci-07'],
    ['an unknown axis key (kept)', 'axes.latency.queue_ms', 12],
    ['an unknown axis (kept)', 'axes.security', { score: 1 }],
    ['a cell without optional axes', 'axes', { pass_rate: { pass: 1 } }],
    ['refusal_correct "partial"', 'axes.refusal.refusal_correct', 'partial'],
    ['a null exit code', 'exit_code', null],
    ['an infra failure', 'failure', { kind: 'infra', message: 'HTTP 429' }],
    ['a terminal path', 'terminal', { format: 'asciicast', path: 'artifacts/a.cast' }],
    ['inline terminal events', 'terminal', { format: 'asciicast', events: [[0.1, 'o', 'hi']] }],
    ['a null terminal', 'terminal', null],
    ['a span with start_time and parent_span_id', 'spans', [{ span_id: 'a', parent_span_id: null, kind: 'x', name: 'n', start_time: '2026-05-31T19:53:46Z', duration_ms: 1 }]],
    ['schema_version 1', 'schema_version', 1],
    ['ids of exactly 100 characters a part', 'tui', 'a'.repeat(100)],
  ])('%s', (_, path, value) => {
    expect(messages(seedWith(path, value))).toEqual([]);
  });

  it('keeps unknown keys in the parsed value', () => {
    const parsed = CellSchema.parse(seedWith('axes.latency.queue_ms', 12));
    expect(parsed.axes.latency?.['queue_ms']).toBe(12);
  });
});

describe('CellSchema rejects, naming path, expected and found', () => {
  it.each<[string, string, unknown]>([
    ['a missing pass', 'axes.pass_rate.pass', undefined],
    ['a pass above 1', 'axes.pass_rate.pass', 1.5],
    ['a string for a number', 'axes.latency.wall_clock_ms', 'fast'],
    ['"NaN" for a number', 'axes.tokens.total_tokens', 'NaN'],
    ['a negative token count', 'axes.tokens.prompt_tokens', -1],
    ['an upper-case tui', 'tui', 'OpenHands'],
    ['a tui with a path', 'tui', '../etc'],
    ['a model with whitespace', 'model', 'meta/llama 3'],
    ['a model with no vendor', 'model', 'llama'],
    ['a model with a .. segment', 'model', 'meta/../x'],
    ['a task with three parts', 'task', 'a/b/c'],
    ['a task with upper case', 'task', 'Mutations/x'],
    ['a tui of 300 characters', 'tui', 'a'.repeat(300)],
    ['a model name of 300 characters', 'model', `meta/${'m'.repeat(300)}`],
    ['a model vendor of 101 characters', 'model', `${'v'.repeat(101)}/m`],
    ['a task name of 300 characters', 'task', `mutations/${'t'.repeat(300)}`],
    ['a bad digest', 'image_digest', 'sha256:xyz'],
    ['a date without time zone', 'started_at', '2026-05-31 19:53'],
    ['an unknown failure kind', 'failure', { kind: 'cosmic-ray', message: 'x' }],
    ['refusal_correct as yes', 'axes.refusal.refusal_correct', 'yes'],
    ['a terminal in another format', 'terminal', { format: 'ttyrec', path: 'a' }],
    ['attempt 0', 'attempt', 0],
    ['schema_version 2', 'schema_version', 2],
    ['a span without a start', 'spans', [{ span_id: 'a', parent_id: null, kind: 'x', name: 'n', duration_ms: 1 }]],
    ['string paths in blast lists', 'axes.blast_radius.added', ['ok', 7]],
    ['axes as an array', 'axes', []],
  ])('%s', (_, path, value) => {
    const found = messages(seedWith(path, value));
    expect(found.length).toBeGreaterThan(0);
    expect(found).toMatchSnapshot();
  });
});
