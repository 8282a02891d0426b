import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkOrCopy, linkTree } from './link-tree.ts';

const dirs: string[] = [];
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'link-tree-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('linkTree', () => {
  it('mirrors nested folders with the same bytes, sharing the files', async () => {
    const src = tmp();
    fs.mkdirSync(path.join(src, 'a', 'b'), { recursive: true });
    fs.writeFileSync(path.join(src, 'top.txt'), 'top');
    fs.writeFileSync(path.join(src, 'a', 'b', 'deep.html'), '<p>deep</p>');
    const out = path.join(tmp(), 'into', 'here');
    expect(await linkTree(src, out)).toBe(2);
    expect(fs.readFileSync(path.join(out, 'a', 'b', 'deep.html'), 'utf8')).toBe('<p>deep</p>');
    expect(fs.statSync(path.join(out, 'top.txt')).ino).toBe(fs.statSync(path.join(src, 'top.txt')).ino);
  });
  it('replaces a file already at the target', () => {
    const d = tmp();
    fs.writeFileSync(path.join(d, 'new'), 'new');
    fs.writeFileSync(path.join(d, 'old'), 'old');
    linkOrCopy(path.join(d, 'new'), path.join(d, 'old'));
    expect(fs.readFileSync(path.join(d, 'old'), 'utf8')).toBe('new');
  });
});
