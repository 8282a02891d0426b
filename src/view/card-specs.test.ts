import { afterEach, describe, expect, it } from 'vitest';
import { indexArchive } from '../data/archive.ts';
import { useCellCards } from '../data/site-config.ts';
import { loadArchive } from '../ingest/load-archive.ts';
import { listCards } from './card-specs.ts';
import { REAL_SAMPLE_DIR, SEED_ARCHIVE_DIR } from '../../tests/helpers/fixtures.ts';

const statsOf = (dir: string, pathPart: string) =>
  listCards(indexArchive(loadArchive(dir))).find((c) => c.path.includes(pathPart))?.input.stats;

describe('listCards', () => {
  afterEach(() => useCellCards(false));

  it('gives cells no cards of their own unless asked (--cell-cards): they share their config\'s', () => {
    const cards = listCards(indexArchive(loadArchive(REAL_SAMPLE_DIR)));
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => c.path.includes('/cell/'))).toEqual([]);
  });

  it('leads the seed cell card with its verdict, then its score', () => {
    useCellCards(true);
    expect(statsOf(SEED_ARCHIVE_DIR, '/cell/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated/')).toEqual([
      { label: 'Verdict', value: 'Failed', tone: 'bad', span: 2 },
      { label: 'Score', value: '0.154' },
      { label: 'Wall', value: expect.any(String) },
    ]);
  });

  it('says "not scored" for a run that could not measure the agent', () => {
    useCellCards(true);
    expect(statsOf(REAL_SAMPLE_DIR, '/cell/openhands/mistralai/mistral-small-4-119b-2603/mutations/rust-error-negated/')?.slice(0, 2)).toEqual([
      { label: 'Verdict', value: 'Not scored', tone: 'neutral', span: 2 },
      { label: 'Score', value: 'not scored' },
    ]);
  });

  it('calls the config number "Score" and the rate "Pass rate"', () => {
    const cards = listCards(indexArchive(loadArchive(REAL_SAMPLE_DIR)));
    const config = cards.find((c) => /\/config\/|\/sweeps\/[^/]+\/[^/]+\/[^/]+\/[^/]+\/og\.png$/.test(c.path) && !c.path.includes('/cell/'));
    const labels = cards.flatMap((c) => c.input.stats.map((s) => s.label));
    expect(labels).not.toContain('Composite');
    expect(config?.input.stats.map((s) => s.label)).toEqual(['Pass rate', 'Score', 'Rank', 'Median wall']);
  });
});
