import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeOffline } from './offline.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-'));
  dirs.push(dir);
  for (const [at, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, at)), { recursive: true });
    fs.writeFileSync(path.join(dir, at), text);
  }
  return dir;
}

describe('makeOffline', () => {
  it('gives every bundle its classic copy, even one no page it rewrites loads', () => {
    // The page that loads b.js sits in a sweep folder kept from an earlier build.
    const dir = site({ 'index.html': '<script type="module" src="/_astro/a.js"></script>', '_astro/a.js': 'f();', '_astro/b.js': 'g();', '_astro/m.js': 'export const x = 1;' });
    const report = makeOffline(dir, ['/_astro/a.js', '/_astro/b.js', '/_astro/m.js', '/index.html']);
    expect(report.classic).toEqual(['/_astro/a.js', '/_astro/b.js']);
    expect(report.modules).toEqual(['/_astro/m.js']);
    expect(fs.readFileSync(path.join(dir, '_astro/b.classic.js'), 'utf8')).toContain('g();');
    expect(fs.readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe('<script src="_astro/a.classic.js" defer></script>');
  });

  it('leaves classic copies alone when run again', () => {
    const dir = site({ '_astro/a.js': 'f();', '_astro/a.classic.js': 'old' });
    makeOffline(dir, ['/_astro/a.classic.js', '/_astro/a.js']);
    expect(fs.existsSync(path.join(dir, '_astro/a.classic.classic.js'))).toBe(false);
  });
});
