import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { mergeInto } from './render-shards.ts';

function write(root: string, rel: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
}

it('merges a shard into the site: new folders move whole, existing files stay as they are', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'merge-'));
  const site = path.join(tmp, 'site');
  const shard = path.join(tmp, 'shard');
  write(site, 'index.html', 'home from shard 0');
  write(site, 'sweeps/s/cell/a/cell.json', '{}');
  write(shard, 'index.html', 'home from shard 1');
  write(shard, 'sweeps/s/cell/a/index.html', 'cell a');
  write(shard, 'sweeps/s/cell/b/index.html', 'cell b');
  mergeInto(shard, site);
  expect(fs.readFileSync(path.join(site, 'index.html'), 'utf8')).toBe('home from shard 0');
  expect(fs.readFileSync(path.join(site, 'sweeps/s/cell/a/index.html'), 'utf8')).toBe('cell a');
  expect(fs.readFileSync(path.join(site, 'sweeps/s/cell/a/cell.json'), 'utf8')).toBe('{}');
  expect(fs.readFileSync(path.join(site, 'sweeps/s/cell/b/index.html'), 'utf8')).toBe('cell b');
  fs.rmSync(tmp, { recursive: true, force: true });
});
