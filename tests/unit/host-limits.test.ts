// A site that does not fit its host stops the build before anything is written or published,
// in one line naming the host, the limit, the count and what to do; a bad --host is one line too.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexArchive } from '../../src/data/archive.ts';
import { hostProfile, type HostProfile } from '../../src/hosts/host-profiles.ts';
import { loadArchive } from '../../src/ingest/load-archive.ts';
import { planSite } from '../../src/plan/plan-site.ts';
import { BuildStopped, type Build } from '../../scripts/lib/build/context.ts';
import { checkPlannedSize } from '../../scripts/lib/build/host.ts';
import { listProsePages } from '../../scripts/lib/prose-pages.ts';
import { REAL_SAMPLE_DIR } from '../helpers/fixtures.ts';

const archive = indexArchive(loadArchive(REAL_SAMPLE_DIR));
const plan = planSite(archive, listProsePages(path.resolve('content')));
const cloudflare = hostProfile('cloudflare') as HostProfile;
const buildFor = (host: HostProfile): Build => ({ options: { host, offline: false } }) as unknown as Build;

describe('checkPlannedSize', () => {
  it('lets a plan through that fits', () => {
    expect(() => checkPlannedSize(buildFor(cloudflare), archive, plan)).not.toThrow();
  });

  it('stops a plan whose pages alone pass the host file limit, before a page is written', () => {
    const tiny = { ...cloudflare, maxFiles: 10 };
    expect(() => checkPlannedSize(buildFor(tiny), archive, plan)).toThrow(BuildStopped);
    expect(() => checkPlannedSize(buildFor(tiny), archive, plan)).toThrow(/^build failed: the site does not fit Cloudflare Pages \(--host cloudflare\): at least [\d,]+ files, over its 10 per site\. The free plan allows .* The published site is unchanged\.$/);
  });
});

describe('npm run build with a bad host or option', () => {
  it.each([
    [['--host', 'geocities'], 'build failed: --host "geocities" is not a host this build knows: use one of static, cloudflare, netlify, github-pages, gitlab-pages, s3, nginx'],
    [['--host'], 'build failed: --host needs a name: use one of static, cloudflare, netlify, github-pages, gitlab-pages, s3, nginx'],
    [['--hots', 'cloudflare'], 'build failed: unknown option "--hots": the build takes --keep-going, --offline, --precompress, --no-cache, --allow-empty, --cell-cards, --debug, --host NAME'],
  ])('%j stops at once with one line', (args, line) => {
    const r = spawnSync(process.execPath, ['scripts/build.ts', ...args], { encoding: 'utf8', env: { ...process.env, SWEEPS_DIR: REAL_SAMPLE_DIR, OUT_DIR: path.join(os.tmpdir(), 'host-limits-never-written') } });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(line);
  });
});
