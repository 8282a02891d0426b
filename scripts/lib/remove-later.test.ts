import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

it('moves folders aside at once and deletes them after the process exits', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'remove-later-'));
  const dirs = ['a', 'b'].map((n) => path.join(tmp, n));
  for (const d of dirs) fs.mkdirSync(path.join(d, 'deep'), { recursive: true });
  const module = path.resolve(import.meta.dirname, 'remove-later.ts');
  // A child process, so its exit starts the delete; it reports what it saw before exiting.
  const script = `import fs from 'node:fs'; import { removeLater } from ${JSON.stringify(module)};
    removeLater(${JSON.stringify(dirs)}); console.log(JSON.stringify(fs.readdirSync(${JSON.stringify(tmp)}).sort()));`;
  const seen = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  const aside = JSON.parse(seen) as string[];
  expect(aside).toHaveLength(2);
  expect(aside.every((n) => /^[ab]\.old-\d+$/.test(n))).toBe(true);
  for (let i = 0; i < 100 && fs.readdirSync(tmp).length > 0; i++) await new Promise((r) => setTimeout(r, 50));
  expect(fs.readdirSync(tmp)).toEqual([]);
  fs.rmSync(tmp, { recursive: true, force: true });
});
