import { describe, expect, it } from 'vitest';
import { checkSiteUrl, loudWarning } from './site-url.ts';

const DEMO = '/project/sweeps';

describe('checkSiteUrl', () => {
  it('says nothing for the demo archive without SITE_URL', () => {
    expect(checkSiteUrl({}, '/project/sweeps/', DEMO)).toEqual({ error: null, warning: null });
  });

  it('warns for any other archive without SITE_URL, naming the placeholder and the fix', () => {
    const { error, warning } = checkSiteUrl({ SITE_URL: '' }, '/data/my-sweeps', DEMO);
    expect(error).toBeNull();
    expect(warning).toContain('https://sweepsite.example');
    expect(warning).toContain('SITE_URL=https://bench.example.org npm run build');
  });

  it.each([
    ['https://bench.example.org', null],
    ['https://bench.example.org/', null],
    ['http://localhost:4321', null],
    ['bench.example.org', 'SITE_URL: expected an address such as https://bench.example.org, found "bench.example.org"'],
    ['ftp://bench.example.org', 'SITE_URL: expected an http or https address, found "ftp://bench.example.org"'],
    ['https://me.github.io/bench/', 'SITE_URL: expected the root of a host, found the path /bench/ in "https://me.github.io/bench/": the site\'s addresses start at /, so serve it from a host name of its own (a custom domain, or USER.github.io)'],
    ['https://bench.example.org/?x=1', 'SITE_URL: expected an address without ? or #, found "https://bench.example.org/?x=1"'],
  ])('SITE_URL=%s', (value, error) => {
    expect(checkSiteUrl({ SITE_URL: value }, '/data/my-sweeps', DEMO).error).toBe(error);
  });

  it('frames a warning line by line', () => {
    expect(loudWarning('a\nb').split('\n')).toEqual(['!'.repeat(78), '! warning: a', '! warning: b', '!'.repeat(78)]);
  });
});
