/**
 * Root-relative URLs (`/sweeps/a/`) turned into paths relative to the file that holds them, so a
 * built folder works from disk (file://) wherever it is copied. Pure: strings in, string out.
 */

/** True for a URL that starts at the site root: `/x`, not `//host/x` (protocol-relative) and not `x` or `#x`. */
export function isRootRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/**
 * Splits a URL at its first `?` or `#` into path and rest. Character references (`&amp;`, `&#39;`)
 * count as one token, so the `#` of `&#39;` never ends the path: attribute values are passed raw.
 */
export function splitPath(url: string): { path: string; rest: string } {
  const m = /^((?:&#?[a-zA-Z0-9]+;|[^?#])*)([\s\S]*)$/.exec(url);
  return { path: m?.[1] ?? url, rest: m?.[2] ?? '' };
}

/**
 * The URL of `rootPath` (root-relative, e.g. `/sweeps/a/?sort=pass#top`) as seen from `fromFile`
 * (the holding file's site path, e.g. `/sweeps/a/cell/x/index.html`; leading slash optional).
 * Directory links (ending in `/`) get `index.html`, because file:// serves no index files.
 * The shortest path is used: from `/sweeps/a/cell/t/index.html`, `/sweeps/a/` is `../../index.html`.
 *
 * @example relativeUrl('/sweeps/a/index.html', '/_astro/x.css') === '../../_astro/x.css'
 */
export function relativeUrl(fromFile: string, rootPath: string): string {
  return relativeUrlFrom(fromFile)(rootPath);
}

/**
 * `relativeUrl` bound to one holding file, for rewriting a whole page: the file's folders are
 * split once, and each distinct URL is worked out once (pages repeat their nav and asset links).
 */
export function relativeUrlFrom(fromFile: string): (rootPath: string) => string {
  const fromDirs = fromFile.split('/').filter((s) => s !== '').slice(0, -1);
  const seen = new Map<string, string>();
  return (rootPath) => {
    let out = seen.get(rootPath);
    if (out === undefined) {
      out = relativeFromDirs(fromDirs, rootPath);
      seen.set(rootPath, out);
    }
    return out;
  };
}

function relativeFromDirs(fromDirs: readonly string[], rootPath: string): string {
  const { path, rest } = splitPath(rootPath);
  const target = path.split('/').filter((s) => s !== '');
  const file = path.endsWith('/') || target.length === 0 ? 'index.html' : (target.pop() ?? 'index.html');
  let common = 0;
  while (common < fromDirs.length && common < target.length && fromDirs[common] === target[common]) common++;
  const up = fromDirs.slice(common).map(() => '..');
  return [...up, ...target.slice(common), file].join('/') + rest;
}
