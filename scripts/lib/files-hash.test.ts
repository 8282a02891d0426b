import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { hashFiles } from './files-hash.ts';

it('changes with the bytes and names of matching files and with the seed, not with tests or other files', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'files-hash-'));
  const write = (rel: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  write('src/a.ts', 'a');
  const hash = (): string => hashFiles(root, ['src/**']);
  const before = hash();
  write('src/a.test.ts', 'test');
  write('other/b.ts', 'b');
  expect(hash()).toBe(before);
  expect(hashFiles(root, ['src/**'], 'seed')).not.toBe(before);
  write('src/a.ts', 'changed');
  const changed = hash();
  expect(changed).not.toBe(before);
  fs.renameSync(path.join(root, 'src/a.ts'), path.join(root, 'src/b.ts'));
  expect(hash()).not.toBe(changed);
  fs.rmSync(root, { recursive: true, force: true });
});
