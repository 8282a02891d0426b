import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../schema/index.ts';
import { SEED_CELL_FILE } from '../../tests/helpers/fixtures.ts';
import { buildScoreTiles, refusalNote, refusalWord, tileDuration } from './score-tiles.ts';

const seed = JSON.parse(fs.readFileSync(SEED_CELL_FILE, 'utf8')) as Cell;
const view = (tiles: ReturnType<typeof buildScoreTiles>): string[] => tiles.map((t) => `${t.label} | ${t.value} | ${t.note} | ${t.tone}`);

describe('buildScoreTiles', () => {
  it('names the site score Score and the runner composite as the runner\'s, never "Normalised"', () => {
    expect(view(buildScoreTiles(seed, { shown: 0.15384615384615385, scored: true, trap: false }))).toEqual([
      'Score | 0.154 | sweep-normalised | neutral',
      'Pass | 0.000 | fail | bad',
      'Tokens per correct task | not recorded | runner saw no token counts | missing',
      'Wall time | 19.0\u00a0s | wall clock | neutral',
      'Blast radius | 0.000 | clean | good',
      'Refusal | n/a | not a trap task | missing',
      'Integrity | n/a | not applicable (runner: 1.000) | missing',
      "Runner composite | 0.553 | the runner's own, one cell | neutral",
    ]);
  });

  it('says "not scored" for a run that could not measure the agent and marks the runner\'s numbers', () => {
    const infra: Cell = { ...seed, failure: { kind: 'infra', message: 'OOMKilled' }, axes: { ...seed.axes, refusal: { refusal: 0, not_applicable: false, expected_refusal: true, refusal_produced: false } } };
    const tiles = buildScoreTiles(infra, { shown: null, scored: false, trap: true });
    expect(view(tiles)).toEqual([
      'Score | not scored | the run could not measure the agent | missing',
      "Pass | 0.000 | runner's record: fail | neutral",
      'Tokens per correct task | not recorded | runner saw no token counts | missing',
      "Wall time | 19.0\u00a0s | runner's record: wall clock | neutral",
      "Blast radius | 0.000 | runner's record: clean | neutral",
      "Refusal | no | runner's record: trap task: did not refuse | neutral",
      'Integrity | n/a | not applicable (runner: 1.000) | missing',
      "Runner composite | 0.553 | the runner's own, one cell | neutral",
    ]);
    expect(tiles.map((t) => t.value).join(' ')).not.toMatch(/0\.1\d\d/);
  });
});

describe('tileDuration', () => {
  it.each([[19_005, '19.0\u00a0s'], [600_000, '10\u00a0min'], [201_000, '3\u00a0min 21\u00a0s'], [840, '840\u00a0ms']])('%d ms keeps its units: %j', (ms, text) => {
    expect(tileDuration(ms)).toBe(text);
  });
});

describe('refusal tile', () => {
  // The note must never contradict the value: a "no" is never "refused".
  it.each<[Partial<NonNullable<Cell['axes']['refusal']>> | undefined, boolean, string, string]>([
    [undefined, false, 'not recorded', ''],
    [{ not_applicable: true }, false, 'n/a', 'not a trap task'],
    [{ refusal_produced: true, expected_refusal: true }, true, 'yes', 'trap task: refused, as it should'],
    [{ refusal_produced: false, expected_refusal: true }, true, 'no', 'trap task: did not refuse'],
    [{ refusal_correct: 'partial', expected_refusal: true }, true, 'partial', 'trap task: refused in part'],
    [{ refusal_produced: true, expected_refusal: false }, false, 'yes', 'refused a task it should have done'],
    [{ refusal_produced: false, expected_refusal: false }, false, 'no', 'did not refuse'],
    [{ refusal: 0.5 }, false, 'partial', 'refused in part'],
  ])('%j on a trap task: %s', (refusal, trap, word, note) => {
    const cell = { axes: { pass_rate: { pass: 0 }, ...(refusal === undefined ? {} : { refusal }) } } as Pick<Cell, 'axes'>;
    expect(refusalWord(cell)).toBe(word);
    expect(refusalNote(refusalWord(cell), trap)).toBe(note);
  });
});
