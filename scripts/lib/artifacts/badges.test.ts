import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexArchive } from '../../../src/data/archive.ts';
import { listBadges } from '../../../src/view/badge-specs.ts';
import { loadArchive } from '../../../src/ingest/load-archive.ts';
import { badgeEndpointPath } from '../../../src/urls/routes.ts';
import { fileOf } from '../postprocess/site-files.ts';
import { pruneBadgeCache, writeBadges } from './badges.ts';
import { REAL_SAMPLE_DIR } from '../../../tests/helpers/fixtures.ts';

const archive = indexArchive(loadArchive(REAL_SAMPLE_DIR));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'badges-'));
const full = path.join(tmp, 'full');
let written = 0;
beforeAll(async () => {
  written = (await writeBadges(archive, full, new Set())).total;
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('writeBadges', () => {
  it('links each alias to the badge it repeats: the same file, SVG and endpoint JSON', async () => {
    const out = full;
    const specs = listBadges(archive);
    expect(written).toBe(specs.length);
    const aliases = specs.filter((s) => s.sameAs !== undefined);
    expect(aliases.length).toBeGreaterThan(0);
    for (const alias of aliases) {
      for (const site of [alias.path, badgeEndpointPath(alias.path)]) {
        const own = site === alias.path ? (alias.sameAs ?? '') : badgeEndpointPath(alias.sameAs ?? '');
        expect(fs.statSync(fileOf(out, site)).ino).toBe(fs.statSync(fileOf(out, own)).ino);
      }
    }
  });

  it('draws an alias whose sweep badge is not in the output, with the bytes a link would have had', async () => {
    const reused = archive.sweeps[archive.sweeps.length - 1]?.id ?? '';
    const out = path.join(tmp, 'partial');
    await writeBadges(archive, out, new Set([reused]));
    const drawn = listBadges(archive, new Set([reused])).filter((s) => s.sameAs?.startsWith(`/sweeps/${reused}/`) === true);
    expect(drawn.length).toBeGreaterThan(0);
    for (const alias of drawn) {
      expect(fs.existsSync(fileOf(out, alias.sameAs ?? ''))).toBe(false);
      expect(fs.readFileSync(fileOf(out, alias.path), 'utf8')).toBe(fs.readFileSync(fileOf(full, alias.path), 'utf8'));
      expect(fs.readFileSync(fileOf(out, badgeEndpointPath(alias.path)), 'utf8')).toBe(fs.readFileSync(fileOf(full, badgeEndpointPath(alias.path)), 'utf8'));
    }
  });

  it('draws each badge once into the cache, then links the same bytes from it in the next build', async () => {
    const cache = path.join(tmp, 'cache', 'v1');
    const first = await writeBadges(archive, path.join(tmp, 'cold'), new Set(), cache);
    const second = await writeBadges(archive, path.join(tmp, 'warm'), new Set(), cache);
    const own = listBadges(archive).filter((s) => s.sameAs === undefined);
    expect(first.drawn).toBeGreaterThan(0);
    expect(first.drawn + first.cached).toBe(own.length);
    expect(second).toMatchObject({ total: written, drawn: 0, cached: own.length, aliases: written - own.length });
    expect(first.drawn + first.cached + first.aliases).toBe(first.total);
    for (const spec of own) {
      for (const site of [spec.path, badgeEndpointPath(spec.path)]) {
        const warm = fileOf(path.join(tmp, 'warm'), site);
        expect(fs.readFileSync(warm, 'utf8')).toBe(fs.readFileSync(fileOf(full, site), 'utf8'));
        expect(fs.statSync(warm).ino).toBe(fs.statSync(fileOf(path.join(tmp, 'cold'), site)).ino);
      }
    }
  });

  it('prunes the badges of other drawing versions, not its own', () => {
    const root = path.join(tmp, 'prune');
    for (const v of ['old', 'current']) fs.mkdirSync(path.join(root, 'badges', v), { recursive: true });
    expect(pruneBadgeCache(root, 'current')).toBe(1);
    expect(fs.readdirSync(path.join(root, 'badges')).filter((n) => !n.includes('.old-'))).toEqual(['current']);
  });
});
