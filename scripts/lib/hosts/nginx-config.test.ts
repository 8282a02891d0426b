import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactAliasRules, type Alias, type RedirectRule } from './alias-redirects.ts';
import { nginxAliasLocations } from './nginx-config.ts';
import { createRandom } from '../../../src/metrics/stats/random.ts';

const NEW = 'cab-20260812';
const OLD = 'free-20260527';

type Location =
  | { kind: 'exact'; path: string; to: string }
  | { kind: 'prefix'; path: string; regex: RegExp; replacement: string };

/** Reads back the two block shapes nginxAliasLocations writes; anything else fails the test. */
function parseLocations(text: string): Location[] {
  const out: Location[] = [];
  const re = /location (=|\^~) (\S+) \{\n {4}(.*);\n\}/gu;
  for (const m of text.matchAll(re)) {
    const [, op, path, body] = m as unknown as [string, string, string, string];
    if (op === '=') {
      const ret = /^return 302 (\S+)$/u.exec(body);
      if (!ret) throw new Error(`unexpected exact body: ${body}`);
      out.push({ kind: 'exact', path, to: ret[1]! });
    } else {
      const rw = /^rewrite (\S+) (\S+) redirect$/u.exec(body);
      if (!rw) throw new Error(`unexpected prefix body: ${body}`);
      out.push({ kind: 'prefix', path, regex: new RegExp(rw[1]!, 'u'), replacement: rw[2]! });
    }
  }
  const blocks = text.split('\n').filter((l) => l.startsWith('location')).length;
  expect(out).toHaveLength(blocks);
  return out;
}

/**
 * nginx's choice for these blocks: an exact `=` match first, else the longest `^~` prefix (no
 * regex locations are in play), then the rewrite applied with `$1`.
 */
function nginxResolve(locations: readonly Location[], uri: string): string | null {
  const exact = locations.find((l) => l.kind === 'exact' && l.path === uri);
  if (exact?.kind === 'exact') return exact.to;
  let best: Location | null = null;
  for (const l of locations) {
    if (l.kind === 'prefix' && uri.startsWith(l.path) && (best === null || l.path.length > best.path.length)) best = l;
  }
  if (best?.kind !== 'prefix') return null;
  const m = best.regex.exec(uri);
  if (!m) throw new Error(`location ${best.path} chosen but its rewrite does not match ${uri}`);
  return best.replacement.replace('$1', m[1] ?? '');
}

describe('nginxAliasLocations', () => {
  it('writes an exact rule as `location =` with return 302 and a splat as `^~` with a redirect rewrite', () => {
    const rules: RedirectRule[] = [
      { from: '/cell/t/v/llama-3.3-70b/c/x/', to: `/sweeps/${OLD}/cell/t/v/llama-3.3-70b/c/x/`, status: 302, splat: false },
      { from: '/cell/t/v/llama-3.3-70b/*', to: `/sweeps/${OLD}/cell/t/v/llama-3.3-70b/:splat`, status: 302, splat: true },
      { from: '/cell/*', to: `/sweeps/${NEW}/cell/:splat`, status: 302, splat: true },
    ];
    expect(nginxAliasLocations(rules)).toBe(
      [
        '# Written by the sweepsite build: the /cell/ and /badge/ aliases follow the newest sweep that',
        "# ran each cell (302, temporary). Include inside the site's server { } block.",
        'location = /cell/t/v/llama-3.3-70b/c/x/ {',
        `    return 302 /sweeps/${OLD}/cell/t/v/llama-3.3-70b/c/x/;`,
        '}',
        'location ^~ /cell/t/v/llama-3.3-70b/ {',
        `    rewrite ^/cell/t/v/llama-3\\.3-70b/(.*)$ /sweeps/${OLD}/cell/t/v/llama-3.3-70b/$1 redirect;`,
        '}',
        'location ^~ /cell/ {',
        `    rewrite ^/cell/(.*)$ /sweeps/${NEW}/cell/$1 redirect;`,
        '}',
        '',
      ].join('\n'),
    );
  });

  it('lets an exact rule beat a prefix and a deeper prefix beat a shallower one, whatever the order', () => {
    const rules = compactAliasRules([
      { path: '/cell/t/v/m/c/a/', sweep: NEW },
      { path: '/cell/t/v/m/c/b/', sweep: NEW },
      { path: '/cell/t/v/m/c/x/', sweep: OLD },
      { path: '/cell/t/v/q/c/a/', sweep: OLD },
      { path: '/cell/t/v/q/c/b/', sweep: OLD },
      { path: '/cell/t/v/q/d/b/', sweep: OLD },
      { path: '/cell/u/v/q/d/b/', sweep: NEW },
    ]);
    const locations = parseLocations(nginxAliasLocations([...rules].reverse()));
    expect(nginxResolve(locations, '/cell/t/v/m/c/x/')).toBe(`/sweeps/${OLD}/cell/t/v/m/c/x/`);
    expect(nginxResolve(locations, '/cell/t/v/q/d/b/')).toBe(`/sweeps/${OLD}/cell/t/v/q/d/b/`);
    expect(nginxResolve(locations, '/cell/t/v/m/c/a/')).toBe(`/sweeps/${NEW}/cell/t/v/m/c/a/`);
    expect(nginxResolve(locations, '/sweeps/x/')).toBeNull();
  });

  it('refuses rule text that would break the config', () => {
    const bad = (from: string, to: string, splat: boolean): RedirectRule => ({ from, to, status: 302, splat });
    expect(() => nginxAliasLocations([bad('/cell/a;b/', '/x/', false)])).toThrow('would break the nginx config');
    expect(() => nginxAliasLocations([bad('/cell/a/', '/x/$host', false)])).toThrow('would break the nginx config');
    expect(() => nginxAliasLocations([bad('/cell/a/', '/x/{', false)])).toThrow('would break the nginx config');
    expect(() => nginxAliasLocations([bad('/cell/a*', '/x/:splat', true)])).toThrow('is not of the form');
  });
});


/** A random archive: 1-4 sweeps; each cell's page and badges, and each config's badges, follow one. */
function randomAliases(rand: () => number): Alias[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sweeps = ['s1', 's2', 's3', 's4'].slice(0, 1 + Math.floor(rand() * 4));
  const out = new Map<string, string>();
  for (let i = 0, n = 1 + Math.floor(rand() * 40); i < n; i++) {
    const cfg = `${pick(['aider', 'codex'])}/${pick(['meta', 'openai'])}/${pick(['m1', 'llama-3.3-70b'])}`;
    const rest = `${cfg}/${pick(['mutations', 'refusal'])}/${pick(['t1', 't2', 'rust.error'])}`;
    if (out.has(`/cell/${rest}/`)) continue;
    const sweep = rand() < 0.7 ? sweeps.at(-1)! : pick(sweeps);
    for (const p of [`/cell/${rest}/`, `/badge/${rest}.svg`, `/badge/${rest}.json`]) out.set(p, sweep);
    for (const p of [`/badge/${cfg}.svg`, `/badge/${cfg}.json`]) if (!out.has(p) || out.get(p)! < sweep) out.set(p, sweep);
  }
  return [...out].map(([path, sweep]) => ({ path, sweep }));
}

describe('nginxAliasLocations: random archives', () => {
  it('sends every alias to its target under nginx location choice', () => {
    const rand = createRandom(4242);
    for (let run = 0; run < 300; run++) {
      const aliases = randomAliases(rand);
      const locations = parseLocations(nginxAliasLocations(compactAliasRules(aliases)));
      for (const a of aliases) expect(nginxResolve(locations, a.path)).toBe(`/sweeps/${a.sweep}${a.path}`);
    }
  });
});

// Only where nginx is installed (it is not on the build machine): the emitted blocks parse.
const nginx = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
})();

describe.skipIf(nginx === '')('nginx -t', () => {
  it('accepts the emitted locations inside a server block', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sweepsite-nginx-'));
    const rules = compactAliasRules(randomAliases(createRandom(1)));
    const conf = `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  access_log off;\n  server {\n    listen 127.0.0.1:18080;\n${nginxAliasLocations(rules)}  }\n}\n`;
    writeFileSync(join(dir, 'nginx.conf'), conf);
    execFileSync(nginx, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
  });
});
