import { describe, expect, it } from 'vitest';
import { buildHeaderRules, CONTENT_SECURITY_POLICY, LONG_CACHE, SHORT_CACHE } from '../postprocess/headers.ts';
import { compactAliasRules } from './alias-redirects.ts';
import { NGINX_CONFIG_PATH, nginxConfig } from './nginx-site.ts';

const files = ['/index.html', '/sitemap.xml', '/robots.txt', '/feed.xml', '/_astro/a.css', '/sweeps/s/index.html'];
const config = nginxConfig(buildHeaderRules(files).rules, compactAliasRules([{ path: '/cell/a/b/', sweep: 's' }]));

describe('nginxConfig', () => {
  it('hides itself and serves the 404 page and gzip siblings', () => {
    expect(config).toContain(`location = ${NGINX_CONFIG_PATH} { return 404; }`);
    expect(config).toContain('error_page 404 /404.html;');
    expect(config).toContain('gzip_static on;');
  });
  it('repeats the security headers in every location that adds its own (nginx does not inherit them)', () => {
    const blocks = config.split(/\nlocation /).slice(1).filter((b) => b.includes('add_header'));
    expect(blocks.length).toBeGreaterThan(4);
    for (const b of blocks) expect(b).toContain(`add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}" always;`);
  });
  it('caches hashed assets and sweeps for a year, the home page and feeds for five minutes, and opens badges to other sites', () => {
    expect(config).toMatch(new RegExp(`location \\^~ /_astro/ \\{[^}]*Cache-Control "${LONG_CACHE}"`));
    expect(config).toMatch(new RegExp(`location \\^~ /sweeps/ \\{[^}]*Cache-Control "${LONG_CACHE}"`));
    expect(config).toMatch(/location ~ \^\/sweeps\/\[\^\/\]\+\/badge\/ \{[^}]*Access-Control-Allow-Origin "\*"/);
    for (const p of ['/index.html', '/sitemap.xml', '/robots.txt', '/feed.xml']) expect(config).toContain(`location = ${p} {\n`);
    expect(config).toContain(`add_header Cache-Control "${SHORT_CACHE}" always;`);
  });
  it('ends with the alias rules', () => {
    expect(config).toMatch(/location = \/cell\/a\/b\/ \{\s*return 302 \/sweeps\/s\/cell\/a\/b\/;/);
  });
});
