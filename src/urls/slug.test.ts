import { describe, expect, it } from 'vitest';
import { cellPath } from './routes.ts';
import { slugModel, slugSegment, slugTask } from './slug.ts';

describe('slugSegment', () => {
  it.each<[string, string]>([
    ['openhands', 'openhands'],
    ['llama-3.3-70b-instruct', 'llama-3.3-70b-instruct'],
    ['Qwen2.5-Coder-32B:free', 'qwen2.5-coder-32b-free'],
    ['model@2025+fp8', 'model-2025-fp8'],
    ['café', 'cafe'],
    ['Ünïcödé', 'unicode'],
    ['..', '_'],
    ['.hidden', 'hidden'],
    ['-lead', 'lead'],
    ['trail-', 'trail'],
    ['a//b', 'a-b'],
    ['%2e%2e', '2e-2e'],
    ['日本語', '_'],
    ['🧪 emoji', 'emoji'],
    ['under_score', 'under_score'],
    ['', '_'],
  ])('%j -> %j', (input, slug) => {
    expect(slugSegment(input)).toBe(slug);
  });

  it('never yields a path separator, a dot segment or an empty segment', () => {
    for (const input of ['../..', '/', '\\..\\', '.', '..', ' ', '\u202e', 'a/../b']) {
      const slug = slugSegment(input);
      expect(slug).not.toMatch(/[/\\]/);
      expect(['', '.', '..']).not.toContain(slug);
    }
  });
});

describe('model and task slugs', () => {
  it.each<[string, { vendor: string; name: string }]>([
    ['meta/llama-3.3-70b-instruct', { vendor: 'meta', name: 'llama-3.3-70b-instruct' }],
    ['qwen/Qwen2.5-Coder-32B:free', { vendor: 'qwen', name: 'qwen2.5-coder-32b-free' }],
    ['openrouter/qwen/Qwen2.5:free', { vendor: 'openrouter', name: 'qwen-qwen2.5-free' }],
  ])('%s', (model, slug) => {
    expect(slugModel(model)).toEqual(slug);
  });

  it('splits a task into category and name', () => {
    expect(slugTask('mutations/rust-error-negated')).toEqual({ category: 'mutations', name: 'rust-error-negated' });
  });

  it('gives the seed cell its published address, and reruns a run-N folder', () => {
    const ref = { sweepId: 'free-20260527', tui: 'openhands', model: 'meta/llama-3.3-70b-instruct', task: 'mutations/rust-error-negated', attempt: 1 };
    expect(cellPath(ref)).toBe('/sweeps/free-20260527/cell/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated/');
    expect(cellPath({ ...ref, attempt: 3 })).toBe('/sweeps/free-20260527/cell/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated/run-3/');
  });
});
