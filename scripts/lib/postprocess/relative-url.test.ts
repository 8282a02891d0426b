import { describe, expect, it } from 'vitest';
import { isRootRelative, relativeUrl, splitPath } from './relative-url.ts';

describe('relativeUrl', () => {
  it.each([
    // from the root page
    ['/index.html', '/', 'index.html'],
    ['/index.html', '/sweeps/a/', 'sweeps/a/index.html'],
    ['/index.html', '/_astro/Page.x.css', '_astro/Page.x.css'],
    ['index.html', '/methodology/', 'methodology/index.html'],
    ['/404.html', '/validation/', 'validation/index.html'],
    // from deep pages: only the shared prefix is skipped
    ['/sweeps/a/cell/tui/ven/mod/cat/task/index.html', '/sweeps/a/', '../../../../../../index.html'],
    ['/sweeps/a/cell/tui/ven/mod/cat/task/index.html', '/', '../../../../../../../../index.html'],
    ['/sweeps/a/cell/tui/ven/mod/cat/task/index.html', '/_astro/x.js', '../../../../../../../../_astro/x.js'],
    ['/sweeps/a/cell/tui/ven/mod/cat/task/index.html', '/sweeps/a/cell/tui/ven/mod/cat/task/cell.json', 'cell.json'],
    ['/sweeps/a/cell/tui/ven/mod/cat/task/index.html', '/sweeps/a/cell/tui/ven/mod/cat/task/', 'index.html'],
    ['/sweeps/a/cell/tui/ven/mod/cat/task/index.html', '/sweeps/a/cell/tui/ven/mod/cat/task/run-2/', 'run-2/index.html'],
    ['/sweeps/a/cell/tui/ven/mod/cat/task/index.html', '/sweeps/b/cell/tui/ven/mod/cat/task/', '../../../../../../../b/cell/tui/ven/mod/cat/task/index.html'],
    ['/sweeps/a/index.html', '/sweeps/a/badge/t/v/m.svg', 'badge/t/v/m.svg'],
    ['/sweeps/a/index.html', '/sweeps/a/leaderboard.csv', 'leaderboard.csv'],
    // a prefix that is only a string prefix, not a folder prefix
    ['/sweeps/ab/index.html', '/sweeps/a/', '../a/index.html'],
    // CSS beside its fonts
    ['/_astro/Page.x.css', '/_astro/inter.woff2', 'inter.woff2'],
    // query strings and fragments stay, after index.html
    ['/index.html', '/sweeps/a/?sort=pass&amp;dir=desc', 'sweeps/a/index.html?sort=pass&amp;dir=desc'],
    ['/sweeps/a/index.html', '/glossary/#pass', '../../glossary/index.html#pass'],
    ['/sweeps/a/index.html', '/sweeps/a/#top', 'index.html#top'],
    ['/index.html', '/?q=1#x', 'index.html?q=1#x'],
    // character references are one token: the # of &#39; does not start a fragment
    ['/index.html', "/sweeps/o&#39;brien/", "sweeps/o&#39;brien/index.html"],
    ['/index.html', '/sweeps/a&amp;b/x.svg', 'sweeps/a&amp;b/x.svg'],
    // percent-encoded segments are kept as they are
    ['/index.html', '/sweeps/a%20b/', 'sweeps/a%20b/index.html'],
  ])('from %s, %s -> %s', (from, url, expected) => {
    expect(relativeUrl(from, url)).toBe(expected);
  });
});

describe('isRootRelative', () => {
  it.each([
    ['/', true],
    ['/sweeps/a/', true],
    ['//cdn.example/x.js', false],
    ['https://sweepsite.example/', false],
    ['#main', false],
    ['x.css', false],
    ['../x.css', false],
    ['data:image/svg+xml,<svg/>', false],
    ['', false],
  ])('%j -> %s', (url, expected) => expect(isRootRelative(url)).toBe(expected));
});

describe('splitPath', () => {
  it.each([
    ['/a/b/', '/a/b/', ''],
    ['/a/?x=1#y', '/a/', '?x=1#y'],
    ['/a/#y?z', '/a/', '#y?z'],
    ["/o&#39;b/#c", "/o&#39;b/", '#c'],
  ])('%j', (url, path, rest) => expect(splitPath(url)).toEqual({ path, rest }));
});
