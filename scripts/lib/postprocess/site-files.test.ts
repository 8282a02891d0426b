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
  // A folder that joins the site later is listed where it will be, in order, shallow if asked.
  const kept = path.join(out, '..', `${path.basename(out)}-kept`);
  for (const f of ['index.html', 'cell/d/index.html']) {
    fs.mkdirSync(path.dirname(path.join(kept, f)), { recursive: true });
    fs.writeFileSync(path.join(kept, f), '');
  }
  expect(listSiteFiles(out, new Set(['/sweeps/s', '/sweeps/r']), new Map([['/sweeps/r', kept]]))).toEqual(['/index.html', '/sweeps/r/index.html', '/sweeps/s/index.html', '/sweeps/s/sitemap-1.xml', '/sweeps/t/cell/c/index.html']);
  expect(listSiteFiles(out, new Set(), new Map([['/sweeps/r', kept]]))).toContain('/sweeps/r/cell/d/index.html');
  fs.rmSync(out, { recursive: true, force: true });
  fs.rmSync(kept, { recursive: true, force: true });
});
