import { describe, expect, it } from 'vitest';
import { apaDate, buildApaCitation } from './cite-apa.ts';

describe('apaDate', () => {
  it.each([
    ['2026-05-27', '2026, May 27'],
    ['2026-12-01', '2026, December 1'],
    ['2026-05', '2026, May'],
    ['2026', '2026'],
    ['2026-13-01', '2026'],
    ['2026-05-27T06:00:00Z', '2026, May 27'],
    ['', 'n.d.'],
    [undefined, 'n.d.'],
    ['May 2026', 'n.d.'],
  ])('%j -> %s', (date, expected) => expect(apaDate(date)).toBe(expected));
});

describe('buildApaCitation', () => {
  const base = { siteName: 'sweepsite', url: 'https://sweepsite.example/sweeps/free-20260527/', digest: undefined };

  it('cites a sweep by its title, date and fingerprint', () => {
    const c = buildApaCitation({ ...base, title: 'Sweep free-20260527', sweepId: 'free-20260527', date: '2026-05-27', fingerprint: 'sha256:abc' });
    expect(c.text).toBe('sweepsite. (2026, May 27). Sweep free-20260527 [Data set]. Fingerprint sha256:abc. https://sweepsite.example/sweeps/free-20260527/');
    expect(`${c.lead}${c.title}${c.tail}`).toBe(c.text);
    expect(c.title).toBe('Sweep free-20260527');
  });

  it('names the sweep after a title that does not, and a cell by its image digest', () => {
    const c = buildApaCitation({ ...base, title: 'aider × openai/gpt-oss-120b on polyglot/python-reverse-string', sweepId: 'free-20260527', date: undefined, digest: 'sha256:f2cd' });
    expect(c.text).toBe('sweepsite. (n.d.). aider × openai/gpt-oss-120b on polyglot/python-reverse-string (Sweep free-20260527) [Data set]. Image sha256:f2cd. https://sweepsite.example/sweeps/free-20260527/');
  });
});
