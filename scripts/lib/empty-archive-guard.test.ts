import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyArchiveRefusal } from './empty-archive-guard.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'empty-guard-'));
const site = path.join(tmp, 'dist');
fs.mkdirSync(path.join(site, 'sweeps', 'a'), { recursive: true });
fs.mkdirSync(path.join(site, 'sweeps', 'b'), { recursive: true });
fs.writeFileSync(path.join(site, 'sweeps', 'index.html'), '');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('emptyArchiveRefusal', () => {
  const empty = { dir: path.join(tmp, 'sweeps'), exists: true, sweepFolders: 0 };
  it('refuses to replace a published site with an empty one', () => {
    expect(emptyArchiveRefusal(empty, site, false)).toMatch(/holds no sweep folder, and building it would replace the site in .*dist \(2 sweeps\) with an empty one; is SWEEPS_DIR right\? Pass --allow-empty/);
  });
  it('refuses a missing archive whatever the output holds', () => {
    expect(emptyArchiveRefusal({ ...empty, exists: false }, path.join(tmp, 'nothing'), false)).toMatch(/does not exist \(is SWEEPS_DIR right, and its volume mounted\?\)/);
  });
  it('lets an empty archive build into an empty folder, and anything with --allow-empty', () => {
    expect(emptyArchiveRefusal(empty, path.join(tmp, 'nothing'), false)).toBeNull();
    expect(emptyArchiveRefusal(empty, site, true)).toBeNull();
    expect(emptyArchiveRefusal({ ...empty, exists: false }, site, true)).toBeNull();
    expect(emptyArchiveRefusal({ ...empty, sweepFolders: 1 }, site, false)).toBeNull();
  });
});
