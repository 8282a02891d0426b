import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { listSiteFiles, listSweepPages } from './site-files.ts';

it('lists one sweep’s pages as site paths, in the order listSiteFiles uses, and nothing else', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'site-files-'));
  for (const f of ['index.html', 'sweeps/s/index.html', 'sweeps/s/cell/b/index.html', 'sweeps/s/cell/B/index.html', 'sweeps/s/cell.json', 'sweeps/t/index.html']) {
    fs.mkdirSync(path.dirname(path.join(out, f)), { recursive: true });
    fs.writeFileSync(path.join(out, f), '');
  }
  const pages = listSweepPages(out, 's');
  expect(pages).toEqual(['/sweeps/s/cell/B/index.html', '/sweeps/s/cell/b/index.html', '/sweeps/s/index.html']);
  expect(pages).toEqual(listSiteFiles(out).filter((f) => f.startsWith('/sweeps/s/') && f.endsWith('/index.html')));
  fs.rmSync(out, { recursive: true, force: true });
});

it('lists only the top files of a shallow folder, and every file elsewhere', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'site-files-'));
  for (const f of ['index.html', 'sweeps/s/index.html', 'sweeps/s/sitemap-1.xml', 'sweeps/s/cell/b/index.html', 'sweeps/t/cell/c/index.html']) {
    fs.mkdirSync(path.dirname(path.join(out, f)), { recursive: true });
    fs.writeFileSync(path.join(out, f), '');
  }
  expect(listSiteFiles(out, new Set(['/sweeps/s']))).toEqual(['/index.html', '/sweeps/s/index.html', '/sweeps/s/sitemap-1.xml', '/sweeps/t/cell/c/index.html']);
  fs.rmSync(out, { recursive: true, force: true });
});
