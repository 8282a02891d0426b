import { describe, expect, it } from 'vitest';
import { compactAliasRules, parseRedirectsFile, countRules, formatRedirectsFile, resolveRedirect, type Alias, type RedirectRule } from './alias-redirects.ts';
import { createRandom } from '../../../src/metrics/stats/random.ts';

/** The aliases one cell makes: its page and its two badge files. */
const cell = (rest: string, sweep: string): Alias[] => [
  { path: `/cell/${rest}/`, sweep },
  { path: `/badge/${rest}.svg`, sweep },
  { path: `/badge/${rest}.json`, sweep },
];
/** The two config badges of a tui/vendor/model. */
const config = (rest: string, sweep: string): Alias[] => [
  { path: `/badge/${rest}.svg`, sweep },
  { path: `/badge/${rest}.json`, sweep },
];
const target = (a: Alias): string => `/sweeps/${a.sweep}${a.path}`;

const NEW = 'cab-20260812';
const OLD = 'free-20260527';
const base: Alias[] = [
  ...config('openhands/meta/llama', NEW),
  ...cell('openhands/meta/llama/mutations/a', NEW),
  ...cell('openhands/meta/llama/mutations/b', NEW),
  ...cell('openhands/meta/llama/refusal/c', NEW),
  ...config('aider/openai/gpt-5', NEW),
  ...cell('aider/openai/gpt-5/mutations/a', NEW),
];

describe('compactAliasRules: hand-checked counts', () => {
  it('sends an archive that all follows one sweep with two splat rules', () => {
    const rules = compactAliasRules(base);
    expect(rules).toEqual([
      { from: '/badge/*', to: `/sweeps/${NEW}/badge/:splat`, status: 302, splat: true },
      { from: '/cell/*', to: `/sweeps/${NEW}/cell/:splat`, status: 302, splat: true },
    ]);
    expect(countRules(rules)).toEqual({ static: 0, dynamic: 2 });
  });

  it('adds one exact rule for the page and two for the badges of a cell only an older sweep ran', () => {
    const aliases = [...base, ...cell('openhands/meta/llama/mutations/x', OLD)];
    const rules = compactAliasRules(aliases);
    expect(rules.map((r) => `${r.from} ${r.to}`)).toEqual([
      `/badge/openhands/meta/llama/mutations/x.json /sweeps/${OLD}/badge/openhands/meta/llama/mutations/x.json`,
      `/badge/openhands/meta/llama/mutations/x.svg /sweeps/${OLD}/badge/openhands/meta/llama/mutations/x.svg`,
      `/cell/openhands/meta/llama/mutations/x/ /sweeps/${OLD}/cell/openhands/meta/llama/mutations/x/`,
      `/badge/* /sweeps/${NEW}/badge/:splat`,
      `/cell/* /sweeps/${NEW}/cell/:splat`,
    ]);
    expect(countRules(rules)).toEqual({ static: 3, dynamic: 2 });
  });

  it('gives a config only an older sweep ran one splat per tree plus its two config badges', () => {
    const aliases = [
      ...base,
      ...config('openhands/meta/qwen', OLD),
      ...cell('openhands/meta/qwen/mutations/a', OLD),
      ...cell('openhands/meta/qwen/refusal/c', OLD),
    ];
    const rules = compactAliasRules(aliases);
    expect(rules.map((r) => r.from)).toEqual([
      '/badge/openhands/meta/qwen.json',
      '/badge/openhands/meta/qwen.svg',
      '/badge/openhands/meta/qwen/*',
      '/cell/openhands/meta/qwen/*',
      '/badge/*',
      '/cell/*',
    ]);
    expect(resolveRedirect(rules, '/cell/openhands/meta/qwen/refusal/c/')).toBe(`/sweeps/${OLD}/cell/openhands/meta/qwen/refusal/c/`);
    expect(countRules(rules)).toEqual({ static: 2, dynamic: 4 });
  });

  it('lets the catch-all follow whichever sweep most aliases follow, splats as high as a tie allows', () => {
    const aliases = [...cell('t/v/m/c/a', OLD), ...cell('t/v/m/c/b', OLD), ...cell('t/v/m/f/g', OLD), ...cell('t/v/m/d/e', NEW)];
    const rules = compactAliasRules(aliases);
    expect(rules.map((r) => `${r.from} ${r.to}`)).toEqual([
      `/cell/t/v/m/d/e/ /sweeps/${NEW}/cell/t/v/m/d/e/`,
      `/badge/t/v/m/d/* /sweeps/${NEW}/badge/t/v/m/d/:splat`,
      `/badge/* /sweeps/${OLD}/badge/:splat`,
      `/cell/* /sweeps/${OLD}/cell/:splat`,
    ]);
  });

  it('prefers exact rules to a splat that saves nothing', () => {
    const rules = compactAliasRules([{ path: '/cell/t/v/m/c/a/', sweep: NEW }]);
    expect(rules).toEqual([{ from: '/cell/t/v/m/c/a/', to: `/sweeps/${NEW}/cell/t/v/m/c/a/`, status: 302, splat: false }]);
    expect(compactAliasRules([])).toEqual([]);
  });

  it('never puts a splat on a page alias path itself, so the empty splat never matters', () => {
    const rules = compactAliasRules([
      { path: '/cell/t/v/m/c/a/', sweep: OLD },
      { path: '/cell/t/v/m/c/a/run-2/', sweep: OLD },
      { path: '/cell/t/v/m/c/a/run-3/', sweep: OLD },
    ]);
    expect(rules.map((r) => r.from)).not.toContain('/cell/t/v/m/c/a/*');
    for (const p of ['/cell/t/v/m/c/a/', '/cell/t/v/m/c/a/run-2/', '/cell/t/v/m/c/a/run-3/']) {
      expect(resolveRedirect(rules, p)).toBe(`/sweeps/${OLD}${p}`);
    }
  });
});

describe('compactAliasRules: input checks', () => {
  it.each([
    ['/sweeps/x/cell/a/', 'not under /cell/ or /badge/'],
    ['/cellar/a/', 'not under /cell/ or /badge/'],
    ['cell/a/', 'not under /cell/ or /badge/'],
    ['/cell/', 'bare root'],
    ['/cell/a b/', 'would break a redirect rule'],
    ['/cell/a\n/cell/b/', 'would break a redirect rule'],
    ['/cell/a#b/', 'would break a redirect rule'],
    ['/cell/a*/', 'would break a redirect rule'],
    ['/cell/:splat/', 'would break a redirect rule'],
    ['/cell//a/', 'empty, . or .. segment'],
    ['/cell/../a/', 'empty, . or .. segment'],
  ])('rejects %j', (path, message) => {
    expect(() => compactAliasRules([{ path, sweep: NEW }])).toThrow(message);
  });

  it('rejects a sweep id that cannot sit in a target, and one path with two sweeps', () => {
    expect(() => compactAliasRules([{ path: '/cell/a/', sweep: 'a b' }])).toThrow('cannot appear in a redirect target');
    expect(() => compactAliasRules([{ path: '/cell/a/', sweep: 'x/y' }])).toThrow('cannot appear in a redirect target');
    expect(() => compactAliasRules([{ path: '/cell/a/', sweep: NEW }, { path: '/cell/a/', sweep: OLD }])).toThrow('two sweeps');
    expect(compactAliasRules([{ path: '/cell/a/', sweep: NEW }, { path: '/cell/a/', sweep: NEW }])).toHaveLength(1);
  });
});

describe('countRules', () => {
  it('counts exact rules as static and splats as dynamic, as Cloudflare Pages does', () => {
    const rules = compactAliasRules([...base, ...cell('openhands/meta/llama/mutations/x', OLD)]);
    const counts = countRules(rules);
    expect(counts).toEqual({ static: 3, dynamic: 2 });
  });
});

describe('formatRedirectsFile', () => {
  it('writes a comment header and one `from to 302` line per rule', () => {
    const rules = compactAliasRules([...base, ...cell('openhands/meta/llama/mutations/x', OLD)]);
    const text = formatRedirectsFile(rules);
    const lines = text.split('\n');
    expect(lines[0]).toBe('# Written by the sweepsite build; edits are lost on the next build.');
    expect(text).toContain('newest sweep');
    expect(lines.filter((l) => !l.startsWith('#') && l !== '')).toEqual(rules.map((r) => `${r.from} ${r.to} 302`));
    expect(text.endsWith('/cell/* /sweeps/cab-20260812/cell/:splat 302\n')).toBe(true);
  });

  it('takes a header of its own, commenting each line', () => {
    expect(formatRedirectsFile([], 'one\n\ntwo')).toBe('# one\n#\n# two\n');
  });

  it('refuses a rule whose parts would split the line', () => {
    const bad: RedirectRule = { from: '/cell/a b/', to: '/x', status: 302, splat: false };
    expect(() => formatRedirectsFile([bad])).toThrow('would break the _redirects file');
  });
});

describe('resolveRedirect', () => {
  const rules: RedirectRule[] = [
    { from: '/cell/a/', to: '/sweeps/old/cell/a/', status: 302, splat: false },
    { from: '/cell/*', to: '/sweeps/new/cell/:splat', status: 302, splat: true },
  ];
  it.each([
    ['/cell/a/', '/sweeps/old/cell/a/'],
    ['/cell/b/c.svg', '/sweeps/new/cell/b/c.svg'],
    ['/cell/a', '/sweeps/new/cell/a'],
    ['/cell/', '/sweeps/new/cell/'], // Cloudflare's `.*`: the empty rest matches
    ['/cell', null],
    ['/badge/x.svg', null],
    ['/', null],
  ])('%s → %s', (path, expected) => {
    expect(resolveRedirect(rules, path)).toBe(expected);
  });

  it('takes the first match, so order decides', () => {
    expect(resolveRedirect([...rules].reverse(), '/cell/a/')).toBe('/sweeps/new/cell/a/');
  });
});

// ---- property test ----


/** A random archive: 1-4 sweeps, cells each run by a random set of sweeps; aliases follow the newest. */
function randomAliases(rand: () => number, size: 'small' | 'large'): Alias[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sweeps = ['s1-20260101', 's2-20260201', 's3-20260301', 's4-20260401'].slice(0, 1 + Math.floor(rand() * 4));
  const n = size === 'small' ? 1 + Math.floor(rand() * 4) : 1 + Math.floor(rand() * 40);
  const configs = new Map<string, string>();
  const aliases = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const cfg = `${pick(['aider', 'codex', 'openhands'])}/${pick(['meta', 'openai'])}/${pick(['m1', 'm2', 'llama-3.3-70b'])}`;
    const rest = `${cfg}/${pick(['mutations', 'refusal'])}/${pick(['t1', 't2', 'rust-error.negated', 't_4'])}`;
    // Mostly the newest sweep; sometimes only older ones ran the cell.
    const newest = rand() < 0.7 ? sweeps.length - 1 : Math.floor(rand() * sweeps.length);
    const sweep = sweeps[newest]!;
    if (aliases.has(`/cell/${rest}/`)) continue;
    for (const a of cell(rest, sweep)) aliases.set(a.path, a.sweep);
    if (rand() < 0.15) aliases.set(`/cell/${rest}/run-2/`, sweep);
    const prev = configs.get(cfg);
    if (prev === undefined || prev < sweep) configs.set(cfg, sweep);
  }
  for (const [cfg, sweep] of configs) for (const a of config(cfg, sweep)) aliases.set(a.path, a.sweep);
  return [...aliases].map(([path, sweep]) => ({ path, sweep }));
}

/**
 * Splat prefixes worth trying, one per distinct set of aliases strictly below (prefixes with the
 * same set form a chain, and a splat anywhere on the chain acts the same), never an alias path.
 */
function splatClasses(aliases: readonly Alias[]): string[] {
  const paths = new Set(aliases.map((a) => a.path));
  const byCover = new Map<string, string>();
  for (const { path } of aliases) {
    const segs = path.split('/');
    for (let k = 2; k < segs.length; k++) {
      const p = `${segs.slice(0, k).join('/')}/`;
      if (paths.has(p)) continue;
      const cover = aliases.filter((a) => a.path.startsWith(p) && a.path !== p).map((a) => a.path).sort().join(' ');
      if (!byCover.has(cover)) byCover.set(cover, p);
    }
  }
  return [...byCover.values()];
}

/** Independent optimum: every assignment of (no splat | a sweep) to each splat class. */
function bruteForceMinimum(aliases: readonly Alias[], allowed: readonly string[]): number {
  const sweeps = [...new Set(aliases.map((a) => a.sweep))];
  let best = Infinity;
  const choice: Array<string | null> = allowed.map(() => null);
  const walk = (i: number): void => {
    if (i === allowed.length) {
      let cost = choice.filter((c) => c !== null).length;
      for (const a of aliases) {
        let bestLen = -1;
        let via: string | null = null;
        allowed.forEach((p, j) => {
          if (choice[j] !== null && a.path.startsWith(p) && a.path !== p && p.length > bestLen) {
            bestLen = p.length;
            via = choice[j]!;
          }
        });
        if (via !== a.sweep) cost++;
      }
      best = Math.min(best, cost);
      return;
    }
    for (const c of [null, ...sweeps]) {
      choice[i] = c;
      walk(i + 1);
    }
  };
  walk(0);
  return best;
}

describe('compactAliasRules: random archives', () => {
  it('sends every alias to exactly its target, statics first, deterministic, never a root splat', () => {
    const rand = createRandom(20260812);
    for (let run = 0; run < 400; run++) {
      const aliases = randomAliases(rand, 'large');
      const rules = compactAliasRules(aliases);
      for (const a of aliases) expect(resolveRedirect(rules, a.path)).toBe(target(a));
      const firstSplat = rules.findIndex((r) => r.splat);
      if (firstSplat >= 0) expect(rules.slice(firstSplat).every((r) => r.splat)).toBe(true);
      const paths = new Set(aliases.map((a) => a.path));
      for (const r of rules.filter((x) => x.splat)) {
        expect(r.from).toMatch(/^\/(cell|badge)\/.*\*$/u);
        expect(paths.has(r.from.slice(0, -1))).toBe(false);
      }
      expect(rules.length).toBeLessThanOrEqual(aliases.length);
      const shuffled = [...aliases].sort(() => rand() - 0.5);
      expect(compactAliasRules(shuffled)).toEqual(rules);
      expect(resolveRedirect(rules, '/sweeps/x/')).toBeNull();
    }
  });

  it('matches a brute-force minimum on small archives', () => {
    const rand = createRandom(7);
    let checked = 0;
    for (let run = 0; run < 300 && checked < 60; run++) {
      const aliases = randomAliases(rand, 'small');
      const classes = splatClasses(aliases);
      const sweeps = new Set(aliases.map((a) => a.sweep)).size;
      if ((sweeps + 1) ** classes.length > 50_000) continue;
      checked++;
      expect(compactAliasRules(aliases).length).toBe(bruteForceMinimum(aliases, classes));
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('parseRedirectsFile', () => {
  it('reads back the rules formatRedirectsFile wrote', () => {
    const rules = compactAliasRules([...base, ...cell('openhands/meta/llama/mutations/x', OLD)]);
    expect(parseRedirectsFile(formatRedirectsFile(rules))).toEqual(rules);
  });
});
