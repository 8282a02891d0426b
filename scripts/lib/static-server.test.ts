import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from './static-server.ts';

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'static-server-'));
const server = createStaticServer(site);
let origin = '';

beforeAll(async () => {
  fs.mkdirSync(path.join(site, 'sweeps/new/cell/a'), { recursive: true });
  fs.writeFileSync(path.join(site, 'sweeps/new/cell/a/index.html'), '<p>a</p>');
  fs.writeFileSync(path.join(site, '404.html'), '<p>not here</p>');
  fs.writeFileSync(path.join(site, '_redirects'), '# aliases\n/cell/b/ /sweeps/old/cell/b/ 302\n/cell/* /sweeps/new/cell/:splat 302\n');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  fs.rmSync(site, { recursive: true, force: true });
});

describe('createStaticServer', () => {
  it('serves files, and folders by their index.html', async () => {
    const res = await fetch(`${origin}/sweeps/new/cell/a/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('<p>a</p>');
  });
  it('follows the _redirects rules the build wrote, first match first', async () => {
    for (const [from, to] of [
      ['/cell/a/', '/sweeps/new/cell/a/'],
      ['/cell/b/', '/sweeps/old/cell/b/'],
    ]) {
      const res = await fetch(`${origin}${from}`, { redirect: 'manual' });
      expect(res.status, from).toBe(302);
      expect(res.headers.get('location'), from).toBe(to);
    }
  });
  it('answers 404 with the site 404 page elsewhere', async () => {
    const res = await fetch(`${origin}/nothing/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('<p>not here</p>');
  });
});
