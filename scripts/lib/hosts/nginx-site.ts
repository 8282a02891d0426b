import { LONG_CACHE, SHORT_CACHE, type HeaderRule } from '../postprocess/headers.ts';
import type { RedirectRule } from './alias-redirects.ts';
import { nginxAliasLocations } from './nginx-config.ts';

/** Where the nginx config is written in the site (nginx is told not to serve it). */
export const NGINX_CONFIG_PATH = '/sweepsite.nginx.conf';

/** A header value in nginx's double quotes. */
function quoted(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * The site's `_headers` and alias rules as nginx directives, to include in the `server` block
 * that serves the site. nginx drops a server's `add_header` lines in any location that has its
 * own, so each location repeats the headers every response gets.
 */
export function nginxConfig(headerRules: readonly HeaderRule[], aliasRules: readonly RedirectRule[]): string {
  const every = headerRules.find((r) => r.path === '/*')?.headers ?? [];
  const add = (headers: ReadonlyArray<readonly [string, string]>, indent: string): string => headers.map(([n, v]) => `${indent}add_header ${n} ${quoted(v)} always;\n`).join('');
  const block = (match: string, extra: Array<[string, string]>, inner = ''): string => `location ${match} {\n${add([...every, ...extra], '  ')}${inner}}\n`;
  const short = headerRules.filter((r) => r.path !== '/' && !/[*:]/.test(r.path) && r.headers.some(([n, v]) => n === 'Cache-Control' && v === SHORT_CACHE)).map((r) => r.path);
  const cors: [string, string] = ['Access-Control-Allow-Origin', '*'];
  return [
    `# nginx directives for this site, written by the build (--host nginx). Include this file in the\n# server block whose root is the site's folder:\n#   server { listen 80; root /srv/sweepsite; include /srv/sweepsite${NGINX_CONFIG_PATH}; }\n`,
    `location = ${NGINX_CONFIG_PATH} { return 404; }\n`,
    'error_page 404 /404.html;\n',
    '# Serves x.gz beside x when the site was built with --precompress (brotli_static needs the ngx_brotli module).\ngzip_static on;\n',
    add(every, ''),
    block('^~ /_astro/', [['Cache-Control', LONG_CACHE]]),
    block('^~ /sweeps/', [['Cache-Control', LONG_CACHE]], `  location ~ ^/sweeps/[^/]+/badge/ {\n${add([...every, ['Cache-Control', LONG_CACHE], cors], '    ')}  }\n`),
    block('= /index.html', [['Cache-Control', SHORT_CACHE]]),
    // A folder's page is served as its index.html after an internal redirect, which picks the location again.
    ...short.flatMap((p) => (p.endsWith('/') ? [p, `${p}index.html`] : [p])).map((p) => block(`= ${p}`, [['Cache-Control', SHORT_CACHE]])),
    '# The /cell/… and /badge/… aliases follow the newest sweep that has the cell.\n',
    nginxAliasLocations([...aliasRules]),
  ].join('\n');
}
