import { describe, expect, it } from 'vitest';
import { indexArchive } from '../data/archive.ts';
import { loadArchive } from '../ingest/load-archive.ts';
import { listBadges } from './badge-specs.ts';
import { REAL_SAMPLE_DIR } from '../../tests/helpers/fixtures.ts';

const archive = indexArchive(loadArchive(REAL_SAMPLE_DIR));

describe('listBadges', () => {
  const specs = listBadges(archive);
  const byPath = new Map(specs.map((s) => [s.path, s]));

  it('lists every alias after the sweep badge it repeats, with the same input', () => {
    const aliases = specs.filter((s) => s.path.startsWith('/badge/'));
    expect(aliases.length).toBeGreaterThan(0);
    for (const alias of aliases) {
      const own = byPath.get(alias.sameAs ?? '');
      expect(own?.path).toMatch(/^\/sweeps\/[^/]+\/badge\//);
      expect(own?.input).toEqual(alias.input);
      expect(specs.indexOf(own ?? alias)).toBeLessThan(specs.indexOf(alias));
    }
  });

  it('gives no sweep badge a sameAs: each is drawn', () => {
    expect(specs.filter((s) => s.path.startsWith('/sweeps/') && s.sameAs !== undefined)).toEqual([]);
  });

  it('for a sweep taken from the cache lists only its aliases, still naming its own badges', () => {
    const reused = archive.sweeps[archive.sweeps.length - 1]?.id ?? '';
    const partial = listBadges(archive, new Set([reused]));
    expect(partial.some((s) => s.path.startsWith(`/sweeps/${reused}/`))).toBe(false);
    const intoReused = partial.filter((s) => s.sameAs?.startsWith(`/sweeps/${reused}/`) === true);
    expect(intoReused.length).toBeGreaterThan(0);
    for (const alias of intoReused) expect(byPath.get(alias.path)?.sameAs).toBe(alias.sameAs);
  });

  it('gives each cell badge its verdict first, then its score; not-scored runs get no score', () => {
    const cell = (tuiModelTask: string) => {
      const spec = specs.find((s) => s.path.includes(`/badge/${tuiModelTask}`) && s.path.startsWith('/sweeps/'));
      return spec?.input;
    };
    expect(cell('aider/openai/gpt-oss-120b/polyglot/python-reverse-string')).toMatchObject({ kind: 'cell', verdict: 'pass', tone: 'good' });
    expect(cell('openhands/mistralai/mistral-small-4-119b-2603/mutations/rust-error-negated')).toEqual({
      kind: 'cell',
      tui: 'openhands',
      model: 'mistralai/mistral-small-4-119b-2603',
      task: 'mutations/rust-error-negated',
      verdict: 'not scored',
      tone: 'neutral',
      score: null,
    });
    const failed = cell('aider/minimaxai/minimax-m3/polyglot/rust-error-handling');
    expect(failed).toMatchObject({ kind: 'cell', verdict: 'fail', tone: 'bad' });
    expect(failed?.kind === 'cell' ? failed.score : null).toEqual(expect.any(Number));
  });

  it('gives config, CLI and model badges their pass rate', () => {
    const rates = specs.filter((s) => s.input.kind === 'pass');
    expect(rates.length).toBeGreaterThan(0);
    for (const s of rates) expect(s.path).not.toMatch(/\/badge\/[^/]+\/[^/]+\/[^/]+\/[^/]+\/[^/]+\.svg$/);
  });
});
