/**
 * The alias redirect rules (see alias-redirects.ts) as nginx `location` blocks, for a server block
 * of a site hosted on nginx.
 *
 * nginx picks a location by URI, not by file order (https://nginx.org/en/docs/http/ngx_http_core_module.html#location):
 * an exact `location = /p` wins outright; otherwise the longest matching prefix wins, and `^~` on it
 * stops the regex locations from being tried. So an exact rule always beats a splat prefix and a
 * deeper prefix beats a shallower one, the same precedence the `_redirects` order encodes, and
 * `^~` keeps any regex location elsewhere in the server block (say, for caching `\.svg$`) from
 * taking alias paths. `rewrite … redirect` answers 302
 * (https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#rewrite); `return 302 /path` with a
 * relative URL makes nginx build the absolute Location from the request.
 */
import type { RedirectRule } from './alias-redirects.ts';

// Anything that could end a directive, open a block, start a variable or a comment, or split a
// token. Alias paths are slugs, so this only fires on a bug upstream.
const UNSAFE = /[\s;{}#$"'`\\]/u;

function assertNginxSafe(part: string): void {
  if (part === '' || UNSAFE.test(part) || /[\u0000-\u001f\u007f]/u.test(part)) {
    throw new Error(`redirect rule part ${JSON.stringify(part)} would break the nginx config`);
  }
}

/** `s` as a PCRE literal. */
const escapeRegex = (s: string): string => s.replace(/[.*+?^$()[\]{}|\\]/gu, '\\$&');

/** One `location` block per rule, in the given order (nginx ignores order, readers do not). */
export function nginxAliasLocations(rules: ReadonlyArray<RedirectRule>): string {
  const blocks = rules.map((r) => {
    assertNginxSafe(r.from);
    assertNginxSafe(r.to);
    if (!r.splat) return `location = ${r.from} {\n    return 302 ${r.to};\n}`;
    if (!r.from.endsWith('/*') || !r.to.endsWith(':splat')) {
      throw new Error(`splat rule ${r.from} → ${r.to} is not of the form <prefix>/* → <target>:splat`);
    }
    const prefix = r.from.slice(0, -1);
    const target = r.to.slice(0, -':splat'.length);
    return `location ^~ ${prefix} {\n    rewrite ^${escapeRegex(prefix)}(.*)$ ${target}$1 redirect;\n}`;
  });
  const head = [
    '# Written by the sweepsite build: the /cell/ and /badge/ aliases follow the newest sweep that',
    '# ran each cell (302, temporary). Include inside the site\'s server { } block.',
  ];
  return `${[...head, ...blocks].join('\n')}\n`;
}
