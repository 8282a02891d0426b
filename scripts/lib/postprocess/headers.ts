/**
 * The `_headers` file (Netlify and Cloudflare Pages): caching, security headers and CORS by path.
 *
 * Both hosts apply every rule whose path matches a request and join repeated header names with a
 * comma, so no request path may match two rules that set `Cache-Control`: the cache rules below
 * cover disjoint paths. Cloudflare allows one `*` per path and 100 rules; `:name` matches one
 * segment on both hosts.
 */

/** A year, never revalidated: for content-hashed files and permanent sweep addresses. */
export const LONG_CACHE = 'public, max-age=31536000, immutable';

/** Five minutes: for addresses that follow the newest sweep (aliases, home, feeds, sitemaps). */
export const SHORT_CACHE = 'public, max-age=300';

/**
 * Only the site's own scripts, styles, fonts and data; inline style attributes are allowed (bar
 * widths), inline scripts and event handlers are not; `data:` images for the redirect pages' empty icon.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/** One block of `_headers`: a path pattern and the headers for requests that match it. */
export interface HeaderRule {
  /** Path pattern: `*` matches anything (slashes included), `:name` one segment, e.g. `/sweeps/:sweep/badge/*`. */
  path: string;
  /** Header name and value pairs, in order. */
  headers: Array<[string, string]>;
  /** Why the rule exists, written as a comment above it. */
  comment?: string;
}

/** Feeds and crawler files that follow the archive: short caching, one exact rule each. */
function isFollowingFile(site: string): boolean {
  return /^\/(sitemap(-\d+)?\.xml|robots\.txt)$/.test(site) || /\/(feed|atom|rss)\.xml$|\.(atom|rss)$/.test(site);
}

/**
 * The rules for a built site, given its files' site paths (sorted). Returns warnings for files
 * the cache rules cannot treat right (a feed under `/sweeps/` would be cached for a year).
 */
export function buildHeaderRules(files: readonly string[]): { rules: HeaderRule[]; warnings: string[] } {
  const warnings: string[] = [];
  const following = files.filter(isFollowingFile);
  for (const f of following) if (f.startsWith('/sweeps/') || f.startsWith('/_astro/')) warnings.push(`${f} changes with the archive but lies under a path cached for a year; move it out of ${f.startsWith('/sweeps/') ? '/sweeps/' : '/_astro/'}`);
  const rules: HeaderRule[] = [
    {
      path: '/*',
      comment: 'Every response: only the site itself may run scripts or frame it.',
      headers: [
        ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ],
    },
    { path: '/_astro/*', comment: 'Content-hashed styles, scripts and fonts.', headers: [['Cache-Control', LONG_CACHE]] },
    // `:sweep` needs a segment, so the list of sweeps at /sweeps/ (which grows) is not cached for a year.
    { path: '/sweeps/:sweep/*', comment: 'Permanent sweep addresses: a published sweep never changes.', headers: [['Cache-Control', LONG_CACHE]] },
    { path: '/sweeps/:sweep/badge/*', comment: 'Badges are embedded and fetched from other sites.', headers: [['Access-Control-Allow-Origin', '*']] },
    { path: '/cell/*', comment: 'Aliases follow the newest sweep that has the cell.', headers: [['Cache-Control', SHORT_CACHE]] },
    {
      path: '/badge/*',
      headers: [
        ['Cache-Control', SHORT_CACHE],
        ['Access-Control-Allow-Origin', '*'],
      ],
    },
    { path: '/', comment: 'The home page, the list of sweeps, crawler files and feeds follow the newest sweep.', headers: [['Cache-Control', SHORT_CACHE]] },
    { path: '/sweeps/', headers: [['Cache-Control', SHORT_CACHE]] },
    ...following.filter((f) => !f.startsWith('/sweeps/') && !f.startsWith('/_astro/')).map((f): HeaderRule => ({ path: f, headers: [['Cache-Control', SHORT_CACHE]] })),
  ];
  return { rules, warnings };
}

/** The text of `_headers`: a comment line, the path, then indented `Name: value` lines. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  const head = '# Response headers for Netlify and Cloudflare Pages, written by the build (scripts/lib/postprocess/headers.ts).\n# Other hosts: see /deploy/.\n';
  const blocks = rules.map((r) => `${r.comment === undefined ? '' : `# ${r.comment}\n`}${r.path}\n${r.headers.map(([n, v]) => `  ${n}: ${v}\n`).join('')}`);
  return `${head}\n${blocks.join('\n')}`;
}

/** Parses `_headers` text back into rules (comments dropped), as the hosts read it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const current = rules.at(-1);
    if (/^\s/.test(line) && current !== undefined) {
      const colon = line.indexOf(':');
      current.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    } else rules.push({ path: line.trim(), headers: [] });
  }
  return rules;
}

/** True when a request path matches a rule's path pattern (`*` any characters, `:name` one segment). */
export function matchesHeaderPath(pattern: string, requestPath: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(requestPath);
}
