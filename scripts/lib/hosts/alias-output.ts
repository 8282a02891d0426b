import type { HostProfile } from '../../../src/hosts/host-profiles.ts';
import { compactAliasRules, countRules, formatRedirectsFile, type RedirectRule } from './alias-redirects.ts';

/** One alias of the site: its address and the newest sweep's address it follows. */
export interface SiteAlias {
  /** `/cell/…/` (a page) or `/badge/….svg` / `.json` (a file). */
  path: string;
  /** `/sweeps/<sweep>` followed by `path`. */
  target: string;
}

/** How the aliases of one build are served. */
export type AliasOutput =
  | { form: 'redirects-file'; rules: RedirectRule[]; text: string }
  | { form: 'nginx-config'; rules: RedirectRule[] }
  /** Redirect pages for `/cell/…/`, files for `/badge/…`; `why` says why when the host reads redirects. */
  | { form: 'pages'; why: string | null };

const SWEEP_OF = /^\/sweeps\/([^/]+)(\/.*)$/;

/** The sweep an alias follows; throws when its target is not that sweep's copy of the same path. */
function sweepOf(alias: SiteAlias): string {
  const m = SWEEP_OF.exec(alias.target);
  if (m === null || m[2] !== alias.path) throw new Error(`alias ${alias.path} points at ${alias.target}, not at a sweep's ${alias.path}`);
  return m[1] as string;
}

/** Why `rules` do not fit the host's `_redirects` limits, or null. */
function overLimits(host: HostProfile, rules: readonly RedirectRule[], text: string): string | null {
  const limits = host.redirectLimits;
  if (limits === undefined) return null;
  const n = countRules(rules);
  if (limits.maxStatic !== null && n.static > limits.maxStatic) return `${n.static} exact redirect rules, over ${host.title}'s ${limits.maxStatic}`;
  if (limits.maxDynamic !== null && n.dynamic > limits.maxDynamic) return `${n.dynamic} splat redirect rules, over ${host.title}'s ${limits.maxDynamic}`;
  if (limits.maxTotal !== null && n.static + n.dynamic > limits.maxTotal) return `${n.static + n.dynamic} redirect rules, over ${host.title}'s ${limits.maxTotal}`;
  const bytes = Buffer.byteLength(text);
  if (limits.maxBytes !== null && bytes > limits.maxBytes) return `a _redirects file of ${bytes} bytes, over ${host.title}'s ${limits.maxBytes}`;
  return null;
}

/**
 * How to serve the aliases on `host`: the fewest redirect rules where the host reads them and
 * they fit its limits; otherwise, and offline (a file:// copy reads no rules), small redirect
 * pages and badge files.
 */
export function aliasOutput(host: HostProfile, aliases: readonly SiteAlias[], offline: boolean): AliasOutput {
  if (offline || host.aliases === 'pages') return { form: 'pages', why: null };
  const rules = compactAliasRules(aliases.map((a) => ({ path: a.path, sweep: sweepOf(a) })));
  if (host.aliases === 'nginx-config') return { form: 'nginx-config', rules };
  const text = formatRedirectsFile(rules);
  const over = overLimits(host, rules, text);
  return over === null ? { form: 'redirects-file', rules, text } : { form: 'pages', why: over };
}
