import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { listSiteFiles } from './site-files.ts';

it('lists only the top files of a shallow folder, and every file elsewhere', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'site-files-'));
  for (const f of ['index.html', 'sweeps/s/index.html', 'sweeps/s/sitemap-1.xml', 'sweeps/s/cell/b/index.html', 'sweeps/t/cell/c/index.html']) {
    fs.mkdirSync(path.dirname(path.join(out, f)), { recursive: true });
    fs.writeFileSync(path.join(out, f), '');
  }
  expect(listSiteFiles(out, new Set(['/sweeps/s']))).toEqual(['/index.html', '/sweeps/s/index.html', '/sweeps/s/sitemap-1.xml', '/sweeps/t/cell/c/index.html']);
  fs.rmSync(out, { recursive: true, force: true });
});
