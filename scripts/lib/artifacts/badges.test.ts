import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexArchive } from '../../../src/data/archive.ts';
import { listBadges } from '../../../src/view/badge-specs.ts';
import { loadArchive } from '../../../src/ingest/load-archive.ts';
import { badgeEndpointPath } from '../../../src/urls/routes.ts';
import { fileOf } from '../postprocess/site-files.ts';
import { openContentStore } from '../content-store.ts';
import { aliasBadgeLinks, pruneBadgeCache, writeSweepBadges } from './badges.ts';
import { REAL_SAMPLE_DIR } from '../../../tests/helpers/fixtures.ts';

const archive = indexArchive(loadArchive(REAL_SAMPLE_DIR));
const ids = new Set(archive.sweeps.map((s) => s.id));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'badges-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('writeSweepBadges', () => {
  it('draws each sweep badge once into the store, then links the same checked bytes from it', async () => {
    const store = path.join(tmp, 'store');
    const first = await writeSweepBadges(archive, ids, path.join(tmp, 'cold'), openContentStore(store));
    const second = await writeSweepBadges(archive, ids, path.join(tmp, 'warm'), openContentStore(store));
    const own = listBadges(archive).filter((s) => s.sameAs === undefined);
    expect(first).toMatchObject({ total: own.length, drawn: own.length, cached: 0 });
    expect(second).toMatchObject({ total: own.length, drawn: 0, cached: own.length });
    for (const spec of own) {
      for (const site of [spec.path, badgeEndpointPath(spec.path)]) {
        const warm = fileOf(path.join(tmp, 'warm'), site);
        expect(fs.readFileSync(warm, 'utf8')).toBe(fs.readFileSync(fileOf(path.join(tmp, 'cold'), site), 'utf8'));
        expect(fs.statSync(warm).ino).toBe(fs.statSync(fileOf(path.join(tmp, 'cold'), site)).ino);
      }
    }
  });

  it('draws a badge again when its kept file was damaged, and publishes the right bytes', async () => {
    const store = path.join(tmp, 'damaged');
    await writeSweepBadges(archive, ids, path.join(tmp, 'd1'), openContentStore(store));
    const spec = listBadges(archive).find((s) => s.sameAs === undefined);
    const drawn = fs.readFileSync(fileOf(path.join(tmp, 'd1'), spec?.path ?? ''), 'utf8');
    for (const name of fs.readdirSync(store)) if (name.endsWith('.svg')) fs.writeFileSync(path.join(store, name), '<svg>tampered</svg>');
    const again = await writeSweepBadges(archive, ids, path.join(tmp, 'd2'), openContentStore(store));
    expect(again.drawn).toBe(again.total);
    expect(fs.readFileSync(fileOf(path.join(tmp, 'd2'), spec?.path ?? ''), 'utf8')).toBe(drawn);
  });

  it('writes only the badges of the sweeps it is given', async () => {
    const one = archive.sweeps[0]?.id ?? '';
    const report = await writeSweepBadges(archive, new Set([one]), path.join(tmp, 'one'), openContentStore(path.join(tmp, 'store')));
    expect(report.total).toBe(listBadges(archive).filter((s) => s.sameAs === undefined && s.path.startsWith(`/sweeps/${one}/`)).length);
  });
});

describe('aliasBadgeLinks', () => {
  it('points each alias badge, SVG and endpoint JSON, at the sweep badge it follows', () => {
    const links = aliasBadgeLinks(archive);
    const aliases = listBadges(archive).filter((s) => s.sameAs !== undefined);
    expect(links).toHaveLength(2 * aliases.length);
    expect(links[0]).toEqual({ path: aliases[0]?.path, target: aliases[0]?.sameAs });
    expect(links.every((l) => l.path.startsWith('/badge/') && l.target.startsWith('/sweeps/'))).toBe(true);
  });
});

describe('pruneBadgeCache', () => {
  it('removes the badges of other drawing versions, not its own', () => {
    const root = path.join(tmp, 'prune');
    for (const v of ['old', 'current']) fs.mkdirSync(path.join(root, 'badges', v), { recursive: true });
    expect(pruneBadgeCache(root, 'current')).toBe(1);
    expect(fs.readdirSync(path.join(root, 'badges'))).toEqual(['current']);
  });
});
