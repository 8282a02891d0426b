import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { swapInto } from './swap-dir.ts';

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

it('swaps the new site in, with the kept folders of the old one moved over untouched', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'swap-dir-'));
  const [staging, target] = [path.join(tmp, 'staging'), path.join(tmp, 'site')];
  write(path.join(target, 'index.html'), 'old');
  write(path.join(target, 'sweeps', 'a', 'index.html'), 'kept');
  write(path.join(target, 'sweeps', 'gone', 'index.html'), 'removed sweep');
  const keptIno = fs.statSync(path.join(target, 'sweeps', 'a')).ino;
  write(path.join(staging, 'index.html'), 'new');
  write(path.join(staging, 'sweeps', 'b', 'index.html'), 'new sweep');
  swapInto(staging, target, ['/sweeps/a']);
  expect(fs.readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('new');
  expect(fs.readFileSync(path.join(target, 'sweeps', 'a', 'index.html'), 'utf8')).toBe('kept');
  expect(fs.statSync(path.join(target, 'sweeps', 'a')).ino).toBe(keptIno);
  expect(fs.readdirSync(path.join(target, 'sweeps')).sort()).toEqual(['a', 'b']);
  expect(fs.existsSync(staging)).toBe(false);
  fs.rmSync(tmp, { recursive: true, force: true });
});

it('leaves the old site whole when a kept folder cannot move', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'swap-dir-'));
  const [staging, target] = [path.join(tmp, 'staging'), path.join(tmp, 'site')];
  write(path.join(target, 'sweeps', 'a', 'index.html'), 'kept');
  write(path.join(staging, 'index.html'), 'new');
  expect(() => swapInto(staging, target, ['/sweeps/a', '/sweeps/missing'])).toThrow(/ENOENT/);
  expect(fs.readFileSync(path.join(target, 'sweeps', 'a', 'index.html'), 'utf8')).toBe('kept');
  expect(fs.existsSync(path.join(staging, 'sweeps', 'a'))).toBe(false);
  fs.rmSync(tmp, { recursive: true, force: true });
});
