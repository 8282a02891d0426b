import { describe, expect, it } from 'vitest';
import { makeSweep } from '../../../tests/helpers/test-sweep.ts';
import { cellPath, configPath, modelPath, taskPath, tuiPath } from '../../../src/urls/routes.ts';
import { outcomeWords, sweepSearchTerms, withSearchTerms } from './search-terms.ts';

describe('outcomeWords', () => {
  it.each([
    [{ outcome: 'pass', failureMode: null, readings: { trap: false } }, ['Passed', 'pass']],
    [{ outcome: 'pass', failureMode: null, readings: { trap: true } }, ['Refused correctly', 'refused', 'pass']],
    [{ outcome: 'fail', failureMode: 'no-change', readings: { trap: false } }, ['Failed', 'fail', 'No change', 'no-change']],
    [{ outcome: 'fail', failureMode: 'test-failure', readings: { trap: false } }, ['Failed', 'fail', 'Test failure', 'test-failure']],
    [{ outcome: 'fail', failureMode: 'missed-refusal', readings: { trap: true } }, ['Missed the refusal', 'missed refusal', 'Missed refusal', 'missed-refusal', 'fail']],
    [{ outcome: 'timeout', failureMode: 'timeout', readings: { trap: false } }, ['Timed out', 'timeout', 'Timeout']],
    [{ outcome: 'infra', failureMode: 'infra', readings: { trap: false } }, ['Not scored', 'not scored', 'Infra failure', 'infra']],
    [{ outcome: 'harness', failureMode: 'harness', readings: { trap: false } }, ['Not scored', 'not scored', 'Harness failure', 'harness']],
    [{ outcome: 'incompatible', failureMode: 'incompatible', readings: { trap: false } }, ['Not scored', 'not scored', 'Incompatible', 'incompatible']],
  ] as const)('%j -> %j', (score, words) => {
    expect(outcomeWords(score)).toEqual(words);
  });
});

describe('sweepSearchTerms', () => {
  const sweep = makeSweep([
    { tui: 'aider', model: 'moonshotai/kimi-k2', task: 'mutations/rust-error-negated', pass: 1, attempt: 1 },
    { tui: 'aider', model: 'moonshotai/kimi-k2', task: 'mutations/rust-error-negated', pass: 0, timedOut: true, attempt: 2 },
    { tui: 'goose', model: 'moonshotai/kimi-k2', task: 'mutations/rust-error-negated', pass: 0, failure: 'infra' },
    { tui: 'goose', model: 'moonshotai/kimi-k2', task: 'polyglot/py-sort', pass: 0, totalChanges: 0 },
  ], { sweep_id: 's1' });
  const termsOf = sweepSearchTerms(sweep);
  const ref = (tui: string, task: string, attempt = 1): string => cellPath({ sweepId: 's1', tui, model: 'moonshotai/kimi-k2', task, attempt });

  it('finds a cell run several times once, on its first run, by the outcome of every run', () => {
    const words = termsOf(ref('aider', 'mutations/rust-error-negated'))?.words;
    expect(words).toEqual(expect.arrayContaining(['Passed', 'pass', 'Timed out', 'timeout', 'rerun']));
    expect(termsOf(ref('aider', 'mutations/rust-error-negated', 2))).toEqual({ ids: [], words: ['Cell'], filters: {} });
  });

  it('finds cells by their failure mode and by "not scored", and by the ids they name standing alone', () => {
    expect(termsOf(ref('goose', 'mutations/rust-error-negated'))?.words).toEqual(['Cell', 'goose', 'moonshotai/kimi-k2', 'kimi-k2', 'mutations/rust-error-negated', 'rust-error-negated', 'Not scored', 'not scored', 'Infra failure', 'infra']);
    expect(termsOf(ref('goose', 'polyglot/py-sort'))?.words).toEqual(expect.arrayContaining(['Failed', 'No change', 'no-change']));
  });

  it('gives sweep, config, CLI, model, task and category pages their ids, filters and exact keys', () => {
    expect(termsOf(taskPath('s1', 'mutations/rust-error-negated'))).toEqual({
      ids: ['mutations/rust-error-negated', 'rust-error-negated'],
      words: ['Task'],
      filters: { category: ['mutations'], key: ['mutations/rust-error-negated', 'rust-error-negated'] },
    });
    expect(termsOf(modelPath('s1', 'moonshotai/kimi-k2'))?.filters).toEqual({ model: ['moonshotai/kimi-k2'], key: ['moonshotai/kimi-k2', 'kimi-k2'] });
    expect(termsOf(tuiPath('s1', 'goose'))?.ids).toEqual(['goose']);
    expect(termsOf(configPath('s1', 'aider', 'moonshotai/kimi-k2'))).toEqual({
      ids: ['aider', 'moonshotai/kimi-k2', 'kimi-k2'],
      words: ['Config'],
      filters: { tui: ['aider'], model: ['moonshotai/kimi-k2'], key: ['aider × moonshotai/kimi-k2', 'aider/moonshotai/kimi-k2'] },
    });
    expect(termsOf('/sweeps/s1/')?.filters).toEqual({ key: ['s1'] });
    expect(termsOf('/sweeps/s1/category/polyglot/')?.filters).toEqual({ category: ['polyglot'], key: ['polyglot'] });
  });

  it('names both configs of a head-to-head, gives other sweep pages their kind, and adds nothing to archive-wide pages', () => {
    expect(termsOf('/methodology/')).toBeUndefined();
    const url = '/sweeps/s1/compare/aider/moonshotai/kimi-k2/vs/goose/moonshotai/kimi-k2/';
    expect(termsOf(url)).toEqual({ ids: [], words: ['Head-to-head', 'aider', 'moonshotai/kimi-k2', 'kimi-k2', 'goose'], filters: {} });
    expect(termsOf('/sweeps/s1/failures/')).toEqual({ ids: [], words: ['Failure modes'], filters: {} });
    expect(termsOf('/sweeps/s1/compare/')).toEqual({ ids: [], words: ['Head-to-head'], filters: {} });
  });
});

describe('withSearchTerms', () => {
  const record = { url: '/sweeps/s1/cell/x/', title: 'x', content: 'A description.', filters: { type: ['cell'], outcome: ['pass'] } };

  it('keeps the record as it is, with its title as the only field, when the data adds nothing', () => {
    expect(withSearchTerms(record, undefined)).toEqual({ ...record, meta: { title: 'x' } });
  });

  it('adds ids and words as fields apart from the text, and merges filters without repeating values', () => {
    expect(withSearchTerms(record, { ids: ['a', 'b'], words: ['Timed out', 'timeout'], filters: { outcome: ['pass', 'timeout'], key: ['k'] } })).toEqual({
      ...record,
      filters: { type: ['cell'], outcome: ['pass', 'timeout'], key: ['k'] },
      meta: { title: 'x', id: 'a b', terms: 'Timed out timeout' },
    });
  });
});
