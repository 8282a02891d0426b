import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexArchive } from '../../../src/data/archive.ts';
import { listBadges } from '../../../src/data/badge-specs.ts';
import { loadArchive } from '../../../src/ingest/load-archive.ts';
import { badgeEndpointPath } from '../../../src/urls/routes.ts';
import { fileOf } from '../postprocess/site-files.ts';
import { writeBadges } from './badges.ts';

const archive = indexArchive(loadArchive(path.resolve('../shared/fixtures/real-sample')));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'badges-'));
const full = path.join(tmp, 'full');
let written = 0;
beforeAll(async () => {
  written = await writeBadges(archive, full, new Set());
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
});
