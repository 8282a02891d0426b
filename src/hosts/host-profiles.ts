/**
 * The static hosts people publish sweep sites on: their published limits and what they read
 * beside the files. The build writes what the chosen host reads (`--host NAME`) and checks the
 * site against its limits before publishing it; the deploy page shows this table. Facts as
 * published by each host (checked 2026-12); a limit the host does not publish is null.
 */

/** How a host can serve the `/cell/…` and `/badge/…` aliases, which follow the newest sweep. */
export type AliasForm =
  /** Rules in a `_redirects` file (Netlify syntax), answered with 302. */
  | 'redirects-file'
  /** Rules in an nginx config the build writes beside the site. */
  | 'nginx-config'
  /** Small redirect pages (meta refresh and canonical link) and a copy of each alias badge. */
  | 'pages';

/** What one host reads and allows. */
export interface HostProfile {
  /** The name given to `--host`. */
  name: string;
  title: string;
  /** Most files one site may have (null: none published). */
  maxFiles: number | null;
  /** Most files and folders one site may have, for hosts that count both (null: none published). */
  maxEntries: number | null;
  /** Most bytes one site may have, all files together. */
  maxSiteBytes: number | null;
  /** Largest single file. */
  maxFileBytes: number | null;
  /** Reads `_headers` (Netlify syntax); the number is its most rules, null for no published limit. */
  headersFile: { maxRules: number | null } | false;
  aliases: AliasForm;
  /** Limits on `_redirects` when aliases are redirect rules. */
  redirectLimits?: { maxStatic: number | null; maxDynamic: number | null; maxTotal: number | null; maxBytes: number | null };
  /** Serves `x.br` / `x.gz` beside `x` itself when the client accepts them (else it compresses on its own, or not at all). */
  servesPrecompressed: boolean;
  /** What to do when the site outgrows this host, for the build's message. */
  beyond: string;
  /** Where the figures come from. */
  sources: string[];
}

// Hosts that say "1 GB" are held to the smaller, decimal reading.
const GB = 1e9;
const MIB = 1024 ** 2;

/** Every host profile, the default (`static`) first. */
export const HOST_PROFILES: readonly HostProfile[] = [
  {
    name: 'static',
    title: 'Any static file server (default)',
    maxFiles: null,
    maxEntries: null,
    maxSiteBytes: null,
    maxFileBytes: null,
    headersFile: { maxRules: null },
    aliases: 'pages',
    servesPrecompressed: false,
    beyond: 'no limits are known for a plain file server',
    sources: [],
  },
  {
    name: 'cloudflare',
    title: 'Cloudflare Pages',
    maxFiles: 20_000,
    maxEntries: null,
    maxSiteBytes: null,
    maxFileBytes: 25 * MIB,
    headersFile: { maxRules: 100 },
    aliases: 'redirects-file',
    redirectLimits: { maxStatic: 2_000, maxDynamic: 100, maxTotal: 2_100, maxBytes: null },
    servesPrecompressed: false,
    beyond: 'the free plan allows 20,000 files and paid plans 100,000 (set PAGES_WRANGLER_MAJOR_VERSION=4); past that, publish each sweep as its own project or use object storage (npm run upload)',
    sources: ['https://developers.cloudflare.com/pages/platform/limits/', 'https://developers.cloudflare.com/pages/configuration/redirects/', 'https://developers.cloudflare.com/pages/configuration/headers/'],
  },
  {
    name: 'netlify',
    title: 'Netlify',
    maxFiles: null,
    maxEntries: null,
    maxSiteBytes: null,
    maxFileBytes: null,
    headersFile: { maxRules: null },
    aliases: 'redirects-file',
    redirectLimits: { maxStatic: null, maxDynamic: null, maxTotal: null, maxBytes: null },
    servesPrecompressed: false,
    beyond: 'Netlify publishes no file or size limit for a site',
    sources: ['https://docs.netlify.com/routing/redirects/', 'https://docs.netlify.com/routing/headers/'],
  },
  {
    name: 'github-pages',
    title: 'GitHub Pages',
    maxFiles: null,
    maxEntries: null,
    maxSiteBytes: GB,
    maxFileBytes: 100 * MIB,
    headersFile: false,
    aliases: 'pages',
    servesPrecompressed: false,
    beyond: 'a published GitHub Pages site may be at most 1 GB; publish each sweep as its own site, or use Cloudflare Pages or object storage (npm run upload)',
    sources: ['https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits'],
  },
  {
    name: 'gitlab-pages',
    title: 'GitLab Pages',
    maxFiles: null,
    maxEntries: 200_000,
    maxSiteBytes: GB,
    maxFileBytes: null,
    headersFile: false,
    aliases: 'redirects-file',
    redirectLimits: { maxStatic: null, maxDynamic: null, maxTotal: 1_000, maxBytes: 64 * 1024 },
    servesPrecompressed: true,
    beyond: 'GitLab.com allows 1 GB and 200,000 entries per Pages site; publish each sweep as its own project, or use object storage (npm run upload)',
    sources: ['https://docs.gitlab.com/user/project/pages/redirects/', 'https://docs.gitlab.com/administration/instance_limits/', 'https://docs.gitlab.com/user/gitlab_com/'],
  },
  {
    name: 's3',
    title: 'S3 or R2 behind a CDN',
    maxFiles: null,
    maxEntries: null,
    maxSiteBytes: null,
    maxFileBytes: null,
    headersFile: false,
    aliases: 'pages',
    servesPrecompressed: false,
    beyond: 'object storage has no practical limit',
    sources: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/upload-objects.html', 'https://developers.cloudflare.com/r2/platform/limits/'],
  },
  {
    name: 'nginx',
    title: 'nginx',
    maxFiles: null,
    maxEntries: null,
    maxSiteBytes: null,
    maxFileBytes: null,
    headersFile: false,
    aliases: 'nginx-config',
    servesPrecompressed: true,
    beyond: 'nginx has no limits of its own',
    sources: ['https://nginx.org/en/docs/http/ngx_http_gzip_static_module.html', 'https://nginx.org/en/docs/http/ngx_http_rewrite_module.html'],
  },
];

/** The profile named `name`, or null. */
export function hostProfile(name: string): HostProfile | null {
  return HOST_PROFILES.find((h) => h.name === name) ?? null;
}
