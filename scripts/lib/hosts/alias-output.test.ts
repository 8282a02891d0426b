import { describe, expect, it } from 'vitest';
import { hostProfile, type HostProfile } from '../../../src/hosts/host-profiles.ts';
import { aliasOutput, type SiteAlias } from './alias-output.ts';
import { resolveRedirect } from './alias-redirects.ts';

const host = (name: string): HostProfile => hostProfile(name) as HostProfile;
const alias = (sweep: string, path: string): SiteAlias => ({ path, target: `/sweeps/${sweep}${path}` });

/** `n` cells, every other one only in an older sweep, so no splat can cover them together. */
function scattered(n: number): SiteAlias[] {
  return Array.from({ length: n }, (_, i) => alias(i % 2 === 0 ? 'new-2026' : 'old-2025', `/cell/cli/vendor/model-${i}/cat/task/`));
}

describe('aliasOutput', () => {
  const aliases = [alias('new-2026', '/cell/a/v/m/c/t/'), alias('new-2026', '/badge/a/v/m/c/t.svg'), alias('old-2025', '/cell/b/v/m/c/t/')];

  it('writes _redirects rules that send every alias to its sweep on hosts that read them', () => {
    for (const name of ['cloudflare', 'netlify', 'gitlab-pages']) {
      const out = aliasOutput(host(name), aliases, false);
      expect(out.form, name).toBe('redirects-file');
      if (out.form !== 'redirects-file') continue;
      for (const a of aliases) expect(resolveRedirect(out.rules, a.path)).toBe(a.target);
      expect(out.text).toContain('/cell/b/v/m/c/t/ /sweeps/old-2025/cell/b/v/m/c/t/ 302');
    }
  });

  it('writes redirect pages offline and on hosts without redirect rules', () => {
    expect(aliasOutput(host('cloudflare'), aliases, true)).toEqual({ form: 'pages', why: null });
    for (const name of ['static', 'github-pages', 's3']) expect(aliasOutput(host(name), aliases, false)).toEqual({ form: 'pages', why: null });
  });

  it('gives nginx its rules', () => {
    expect(aliasOutput(host('nginx'), aliases, false).form).toBe('nginx-config');
  });

  it('falls back to redirect pages, saying why, when the rules pass the host limits', () => {
    expect(aliasOutput(host('gitlab-pages'), scattered(2_400), false)).toEqual({ form: 'pages', why: '1201 redirect rules, over GitLab Pages\'s 1000' });
    expect(aliasOutput(host('cloudflare'), scattered(4_200), false)).toEqual({ form: 'pages', why: "2100 exact redirect rules, over Cloudflare Pages's 2000" });
    expect(aliasOutput(host('netlify'), scattered(4_200), false).form).toBe('redirects-file');
  });

  it('refuses an alias whose target is not a sweep copy of the same path', () => {
    expect(() => aliasOutput(host('cloudflare'), [{ path: '/cell/a/', target: '/sweeps/x/cell/b/' }], false)).toThrow('not at a sweep');
  });
});
