// Nothing a build keeps is trusted unchecked: damage any kind of kept entry (a read, its records,
// a sealed sweep's page, record or file list, a card, a badge) and the next build serves exactly
// what a build without any cache serves: the damaged entry is found, dropped and made again.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listServedFiles } from '../../scripts/lib/postprocess/site-files.ts';
import { REAL_SAMPLE_DIR } from '../helpers/fixtures.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-damage-'));
const out = path.join(tmp, 'site');
const cache = path.join(tmp, 'cache');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function build(outDir: string, cacheDir: string, args: readonly string[] = []): string {
  return execFileSync(process.execPath, ['scripts/build.ts', ...args], { env: { ...process.env, SWEEPS_DIR: REAL_SAMPLE_DIR, OUT_DIR: outDir, SWEEPSITE_CACHE_DIR: cacheDir }, encoding: 'utf8' });
}

function served(dir: string): Map<string, string> {
  return new Map(listServedFiles(dir).map((f) => [f, crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')]));
}

/** The first file under `dir` whose name passes `test`. */
function find(dir: string, test: (name: string) => boolean): string {
  const hit = (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).sort().find((f) => test(path.basename(f)) && fs.statSync(path.join(dir, f)).isFile());
  if (hit === undefined) throw new Error(`nothing to damage in ${dir}`);
  return path.join(dir, hit);
}

const units = (): string => path.join(`${out}.sweepsite`, 'units');
let reference: Map<string, string>;

beforeAll(() => {
  build(path.join(tmp, 'reference'), path.join(tmp, 'reference-cache'), ['--no-cache']);
  reference = served(path.join(tmp, 'reference'));
  build(out, cache);
}, 240_000);

describe('a damaged cache entry is made again, never published', () => {
  it.each<[string, () => void]>([
    ['a truncated read', () => fs.truncateSync(find(path.join(cache, 'reads'), (n) => n.endsWith('.v8')), 100)],
    ['an edited byte in a read', () => {
      const f = find(path.join(cache, 'reads'), (n) => n.endsWith('.v8'));
      const b = fs.readFileSync(f);
      b[b.length - 10] = (b[b.length - 10] ?? 0) ^ 0xff;
      fs.writeFileSync(f, b);
    }],
    ['edited records of a read', () => fs.appendFileSync(find(path.join(cache, 'reads'), (n) => n.endsWith('.records')), ' ')],
    ['an edited page of a sealed sweep', () => fs.writeFileSync(find(units(), (n) => n === 'index.html'), '<p>tampered</p>')],
    ['an edited cell.json of a sealed sweep', () => fs.writeFileSync(find(units(), (n) => n === 'cell.json'), '{}')],
    ['a file removed from a sealed sweep', () => fs.rmSync(find(units(), (n) => n.endsWith('.csv')))],
    ['a file added to a sealed sweep', () => fs.writeFileSync(path.join(path.dirname(find(units(), (n) => n === 'leaderboard.csv')), 'extra.html'), 'x')],
    ['a damaged unit manifest', () => fs.writeFileSync(find(units(), (n) => n.endsWith('.unit.json')), '{')],
    ['an edited social card', () => fs.writeFileSync(find(path.join(cache, 'cards'), (n) => n.endsWith('.png')), Buffer.from('not a png'))],
    ['an edited badge', () => fs.writeFileSync(find(path.join(cache, 'badges'), (n) => n.endsWith('.svg')), '<svg>tampered</svg>')],
  ])('%s', (_, damage) => {
    damage();
    build(out, cache);
    expect(served(out)).toEqual(reference);
  }, 120_000);
});
