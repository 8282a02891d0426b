import { describe, expect, it } from 'vitest';
import { indexArchive } from '../data/archive.ts';
import { loadArchive } from '../ingest/load-archive.ts';
import { buildBibtex, buildPlainCitation } from './cite.ts';
import { buildCitePage } from './cite-page.ts';
import { REAL_SAMPLE_DIR } from '../../tests/helpers/fixtures.ts';

const archive = indexArchive(loadArchive(REAL_SAMPLE_DIR));
const page = buildCitePage(archive, 'https://sweeps.example');

describe('buildCitePage', () => {
  it('cites every sweep, newest first, by permanent address, id, date and fingerprint', () => {
    expect(page.sweeps.map((s) => s.id)).toEqual(archive.sweeps.map((s) => s.id));
    for (const s of page.sweeps) {
      expect(s.url).toBe(`https://sweeps.example/sweeps/${s.id}/`);
      expect(s.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
      for (const text of [s.cite.bibtex, s.cite.apa.text, s.cite.plain]) {
        expect(text).toContain(s.url);
        expect(text).toContain(s.id);
        expect(text).toContain(s.fingerprint);
      }
      expect(s.cite.bibtex).toContain(`note         = {Sweep ${s.id}, fingerprint ${s.fingerprint}}`);
    }
  });

  it('names an untitled sweep once in each citation', () => {
    const free = page.sweeps.find((s) => s.id === 'free-20260527');
    expect(free?.heading).toBe('free-20260527');
    expect(free?.cite.plain).toBe(`sweepsite (2026-05-28). Coding-agent benchmark results. Sweep free-20260527. Fingerprint ${free?.fingerprint}. https://sweeps.example/sweeps/free-20260527/`);
    expect(free?.cite.apa.text).toBe(`sweepsite. (2026, May 28). Coding-agent benchmark results (Sweep free-20260527) [Data set]. Fingerprint ${free?.fingerprint}. https://sweeps.example/sweeps/free-20260527/`);
  });

  it('dates a sweep without a snapshot date by its start', () => {
    const free = page.sweeps.find((s) => s.id === 'free-20260527');
    expect(free?.dateKind).toBe('start date');
    expect(free?.date).toBe('2026-05-28'); // its earliest cell; the id says 0527
    expect(free?.cite.bibtex).toContain('year         = {2026}');
    expect(free?.cite.apa.text).toContain('(2026, May 28)');
  });

  it('shows a cell example from the newest sweep, with its permanent address', () => {
    expect(page.exampleCell?.href.startsWith(`/sweeps/${archive.newest?.id}/cell/`)).toBe(true);
    expect(page.exampleCell?.cite.plain).toContain(`https://sweeps.example${page.exampleCell?.href}`);
  });
});

describe('adding a fingerprint', () => {
  const input = { title: 'T', sweepId: 's', url: 'https://x/', date: '2026', digest: undefined, fingerprint: 'sha256:ab', siteName: 'site' };

  it('extends the BibTeX note and keeps the entry well-formed', () => {
    const bib = buildBibtex(input);
    expect(bib).toContain('  note         = {Sweep s, fingerprint sha256:ab},\n');
    expect(bib.startsWith('@misc{')).toBe(true);
    expect(bib.endsWith('\n}')).toBe(true);
  });

  it('puts it before the closing URL of a plain citation', () => {
    expect(buildPlainCitation(input)).toBe('site (2026). T. Sweep s. Fingerprint sha256:ab. https://x/');
  });
});
