import { describe, expect, it } from 'vitest';
import { hostRows } from './host-table.ts';

describe('hostRows', () => {
  const row = (name: string) => hostRows().find((r) => r.name === name);

  it('says each host limits in one phrase, and "none published" where it has none', () => {
    expect(row('cloudflare')?.limits).toBe('20,000 files; 25 MiB a file');
    expect(row('github-pages')?.limits).toBe('1 GB; 100 MiB a file');
    expect(row('gitlab-pages')?.limits).toBe('200,000 files and folders; 1 GB');
    expect(row('netlify')?.limits).toBe('none published');
  });

  it('says how each host gets its headers and aliases', () => {
    expect(row('cloudflare')).toMatchObject({ headers: '_headers (at most 100 rules)', aliases: '_redirects (at most 2,000 exact, 100 splat)' });
    expect(row('gitlab-pages')).toMatchObject({ headers: "the host's own", aliases: '_redirects (at most 1,000 rules)', precompressed: 'serves .br and .gz siblings' });
    expect(row('github-pages')?.aliases).toBe('redirect pages and badge copies');
    expect(row('nginx')).toMatchObject({ headers: 'nginx add_header (sweepsite.nginx.conf)', aliases: 'nginx rules (sweepsite.nginx.conf)' });
  });

  it('lists every host once, the default first', () => {
    const names = hostRows().map((r) => r.name);
    expect(names[0]).toBe('static');
    expect(new Set(names).size).toBe(names.length);
  });
});
