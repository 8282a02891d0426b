/**
 * The "newest sweep" aliases (`/cell/...` pages, `/badge/...` badges) as the fewest redirect rules.
 *
 * Every alias is a site path P under `/cell/` or `/badge/` whose target is `/sweeps/<sweep>` + P, so
 * a splat rule `<prefix>*` → `/sweeps/<sweep><prefix>:splat` sends a whole subtree to one sweep, and
 * exact (static) rules patch the few aliases that follow an older sweep. A tree DP over the path
 * trie picks the cheapest mix.
 *
 * Host facts this relies on (checked 2026; re-check before raising limits):
 * - Cloudflare Pages: `[source] [destination] [code?]`, `#` lines are comments, first (topmost) match
 *   wins, at most 2,000 static + 100 dynamic rules, 1,000 characters a rule, and "static redirects
 *   should appear before dynamic redirects" — its parser counts EVERY rule after the first dynamic
 *   one as dynamic, so we emit all static rules first.
 *   https://developers.cloudflare.com/pages/configuration/redirects/
 *   parser: github.com/cloudflare/workers-sdk packages/workers-shared/utils/configuration/parseRedirects.ts
 * - Cloudflare's matcher turns `*` into `(?<splat>.*)` anchored with `^…$`, so `/a/*` also matches
 *   `/a/` (empty splat) but not `/a`. resolveRedirect follows that. We never emit a splat whose
 *   prefix is itself an alias path, so no alias depends on how a host treats the empty rest.
 *   github.com/cloudflare/workers-sdk packages/workers-shared/asset-worker/src/utils/rules-engine.ts
 * - Netlify: `_redirects` in the publish folder, splat `*` with `:splat`, rules read top to bottom
 *   and the first match wins; a rule does not fire when a file exists at the path ("shadowing"),
 *   which is why the alias files must no longer be written. https://docs.netlify.com/routing/redirects/
 * - GitLab Pages: Netlify-style `_redirects` in `public/`, 301/302 and splats supported, default
 *   limits 1,000 rules and 64 KB per file (instance-configurable), files override redirects.
 *   https://docs.gitlab.com/user/project/pages/redirects/
 */

// The limits themselves are in src/hosts/host-profiles.ts, the one table of hosts.

/** One redirect line: exact (`splat: false`) or `<prefix>*` (`splat: true`, target ends `:splat`). */
export type RedirectRule = { from: string; to: string; status: 302; splat: boolean };

/** An alias path (under `/cell/` or `/badge/`) and the sweep id whose copy it should reach. */
export type Alias = { path: string; sweep: string };

const ROOTS = new Set(['cell', 'badge']);
// Characters that would break a `_redirects` line or an nginx location, or mean something to a
// host's matcher (`*` splat, `:` placeholder, `?`/`#` query and fragment).
const UNSAFE = /[\s#?*:\\{};"'`<>|^$]/u;

type Node = {
  dir: string; // `/a/b/` for the node reached by segments a, b: the prefix a splat here would use
  children: Map<string, Node>;
  path: string; // the alias path when this node ends one (`/a/b/` for a page, `/a/b.svg` for a file)
  sweep: string | null; // the alias sweep if this node ends an alias
  hasPageChild: boolean; // a child '' (the alias `<prefix>` itself): never splat here
  sweeps: string[]; // sorted distinct sweeps in the subtree
  cost: Map<string | null, Cost>; // DP value per inherited sweep (null = none / not in subtree)
};
// Lexicographic: fewest rules, then fewest splats, then splats as high as possible (a catch-all
// also catches paths no alias names, such as a page asked for without its trailing slash).
type Cost = { rules: number; splats: number; depths: number; splatAt: string | null };

/** Throws unless `path` is a clean alias path under `/cell/` or `/badge/`. */
export function assertAliasPath(path: string): void {
  if (UNSAFE.test(path) || /[\u0000-\u001f\u007f]/u.test(path)) {
    throw new Error(`alias path ${JSON.stringify(path)} holds a character that would break a redirect rule (space, #, ?, *, :, quote, brace or control)`);
  }
  const segs = path.split('/');
  if (segs[0] !== '' || !ROOTS.has(segs[1] ?? '') || segs.length < 3) {
    throw new Error(`alias path ${JSON.stringify(path)} is not under /cell/ or /badge/`);
  }
  const inner = segs.slice(1, -1);
  if (inner.some((s) => s === '' || s === '.' || s === '..') || segs.at(-1) === '.' || segs.at(-1) === '..') {
    throw new Error(`alias path ${JSON.stringify(path)} has an empty, . or .. segment`);
  }
  if (segs.length === 3 && segs[2] === '') throw new Error(`alias path ${JSON.stringify(path)} is a bare root; an alias names a page or file below it`);
}

function assertSweep(sweep: string): void {
  if (sweep === '' || sweep === '.' || sweep === '..' || sweep.includes('/') || UNSAFE.test(sweep) || /[\u0000-\u001f\u007f]/u.test(sweep)) {
    throw new Error(`sweep id ${JSON.stringify(sweep)} cannot appear in a redirect target`);
  }
}

function buildTrie(aliases: ReadonlyArray<Alias>): Node {
  const mk = (dir: string): Node => ({ dir, children: new Map(), path: '', sweep: null, hasPageChild: false, sweeps: [], cost: new Map() });
  const root = mk('/');
  for (const { path, sweep } of aliases) {
    assertAliasPath(path);
    assertSweep(sweep);
    const segs = path.split('/').slice(1);
    let node = root;
    segs.forEach((seg, i) => {
      const last = i === segs.length - 1;
      if (last && seg === '') node.hasPageChild = true;
      let child = node.children.get(seg);
      if (!child) {
        child = mk(`${node.dir}${seg}/`);
        node.children.set(seg, child);
      }
      node = child;
    });
    if (node.sweep !== null && node.sweep !== sweep) {
      throw new Error(`alias ${path} is given two sweeps: ${node.sweep} and ${sweep}`);
    }
    node.sweep = sweep;
    node.path = path;
  }
  return root;
}

const better = (a: Cost, b: Cost): boolean =>
  a.rules !== b.rules ? a.rules < b.rules : a.splats !== b.splats ? a.splats < b.splats : a.depths < b.depths;

/**
 * Fills `node.cost`: for each inherited sweep (each sweep in the subtree, plus null standing for
 * "none or one not in the subtree", which behave alike), the fewest rules for this subtree and
 * whether to put a splat at this node. Ties go to fewer splats, then shallower ones, then the lower
 * sweep id (candidates are tried in sorted order; only a strictly better one replaces the best).
 */
function solve(node: Node, depth: number): void {
  const kids = [...node.children.values()];
  for (const k of kids) solve(k, depth + 1);
  const set = new Set<string>(node.sweep === null ? [] : [node.sweep]);
  for (const k of kids) for (const s of k.sweeps) set.add(s);
  node.sweeps = [...set].sort();
  const below = (inh: string | null): Cost => {
    const sum: Cost = { rules: 0, splats: 0, depths: 0, splatAt: null };
    for (const k of kids) {
      const c = k.cost.get(inh !== null && k.sweeps.includes(inh) ? inh : null)!;
      sum.rules += c.rules;
      sum.splats += c.splats;
      sum.depths += c.depths;
    }
    return sum;
  };
  // The best splat at this node, independent of what is inherited. The topmost splats allowed are
  // /cell/* and /badge/* (depth 1); a node with a page child would need the empty splat.
  let splat: Cost | null = null;
  if (depth >= 1 && kids.length > 0 && !node.hasPageChild) {
    for (const t of node.sweeps) {
      const b = below(t);
      const c = { rules: b.rules + 1, splats: b.splats + 1, depths: b.depths + depth, splatAt: t };
      if (splat === null || better(c, splat)) splat = c;
    }
  }
  for (const inh of [null, ...node.sweeps]) {
    const own = node.sweep !== null && node.sweep !== inh ? 1 : 0;
    let best = below(inh);
    if (splat !== null && better(splat, best)) best = splat;
    node.cost.set(inh, { ...best, rules: best.rules + own });
  }
}

function emit(node: Node, inh: string | null, statics: RedirectRule[], splats: Array<RedirectRule & { depth: number }>, depth: number): void {
  const key = inh !== null && node.sweeps.includes(inh) ? inh : null;
  const choice = node.cost.get(key)!;
  if (node.sweep !== null && node.sweep !== inh) {
    statics.push({ from: node.path, to: `/sweeps/${node.sweep}${node.path}`, status: 302, splat: false });
  }
  let next = inh;
  if (choice.splatAt !== null) {
    next = choice.splatAt;
    splats.push({ from: `${node.dir}*`, to: `/sweeps/${next}${node.dir}:splat`, status: 302, splat: true, depth });
  }
  for (const k of node.children.values()) emit(k, next, statics, splats, depth + 1);
}

/**
 * The fewest 302 rules (first match wins) sending every alias to `/sweeps/<sweep><path>`.
 * Order: every static rule (sorted by path), then splat rules deepest first (then by path), so a
 * more specific rule always precedes any splat that also matches its paths, and Cloudflare counts
 * the statics as static. Throws on a path outside `/cell/` and `/badge/`, on characters that would
 * break the file, and on one path given two sweeps.
 */
export function compactAliasRules(aliases: ReadonlyArray<Alias>): RedirectRule[] {
  const root = buildTrie(aliases);
  solve(root, 0);
  const statics: RedirectRule[] = [];
  const splats: Array<RedirectRule & { depth: number }> = [];
  emit(root, null, statics, splats, 0);
  const byFrom = (a: RedirectRule, b: RedirectRule): number => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0);
  statics.sort(byFrom);
  splats.sort((a, b) => b.depth - a.depth || byFrom(a, b));
  return [...statics, ...splats.map(({ depth: _d, ...r }) => r)];
}

const DEFAULT_HEADER = [
  'Written by the sweepsite build; edits are lost on the next build.',
  'The /cell/ and /badge/ aliases follow the newest sweep that ran each cell:',
  'each redirects (302, temporary: the next sweep may move it) to the same path under /sweeps/<sweep>.',
  'Exact rules come first, then splat rules, most specific first; the first match wins.',
].join('\n');

function assertRuleText(rule: RedirectRule): void {
  for (const part of [rule.from, rule.to]) {
    if (/[\s#]/u.test(part) || part === '') throw new Error(`redirect rule part ${JSON.stringify(part)} would break the _redirects file`);
  }
}

/** `_redirects` text (Netlify, Cloudflare Pages, GitLab Pages): a `#` header, then `from to 302` lines. */
export function formatRedirectsFile(rules: ReadonlyArray<RedirectRule>, header: string = DEFAULT_HEADER): string {
  const head = header.split('\n').map((l) => (l === '' ? '#' : `# ${l}`));
  for (const r of rules) assertRuleText(r);
  const body = rules.map((r) => `${r.from} ${r.to} ${r.status}`);
  return `${[...head, ...body].join('\n')}\n`;
}

/**
 * Where a host sends `requestPath`: the first rule that matches, exactly or as `<prefix>*` (any path
 * starting with the prefix, the empty rest included, as Cloudflare's matcher does), with `:splat`
 * replaced by the rest; null when no rule matches.
 */
export function resolveRedirect(rules: ReadonlyArray<RedirectRule>, requestPath: string): string | null {
  for (const r of rules) {
    if (r.splat) {
      const prefix = r.from.slice(0, -1);
      if (requestPath.startsWith(prefix)) return r.to.replace(':splat', requestPath.slice(prefix.length));
    } else if (r.from === requestPath) {
      return r.to;
    }
  }
  return null;
}

/** How many rules each host limit sees: exact rules are static, splat rules dynamic. */
export function countRules(rules: ReadonlyArray<RedirectRule>): { static: number; dynamic: number } {
  const dynamic = rules.filter((r) => r.splat).length;
  return { static: rules.length - dynamic, dynamic };
}

/** The rules of a `_redirects` file this build wrote (comments and blank lines skipped), for serving it locally. */
export function parseRedirectsFile(text: string): RedirectRule[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [from = '', to = ''] = line.split(/\s+/);
      return { from, to, status: 302 as const, splat: from.endsWith('*') };
    });
}
