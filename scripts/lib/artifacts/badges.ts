import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { makeBadge, renderBadgeSvg, toEndpointJson } from '../../../src/badges/index.ts';
import type { BadgeInput } from '../../../src/badges/badge-model.ts';
import type { SiteArchive } from '../../../src/data/archive.ts';
import { listBadges } from '../../../src/view/badge-specs.ts';
import { badgeEndpointPath } from '../../../src/urls/routes.ts';
import { linkOutput } from './write-file.ts';
import { createTurnTaker } from '../event-loop-turns.ts';
import { hashFiles } from '../files-hash.ts';
import { trash } from '../trash.ts';
import type { ContentStore } from '../content-store.ts';

/** Counts and time of one badge pass. */
export interface BadgeReport {
  total: number;
  /** Badges drawn in this pass. */
  drawn: number;
  /** Badges linked from the build cache, drawn by an earlier build. */
  cached: number;
  seconds: number;
}

/**
 * Version of the badge drawing: a hash of the code that turns a badge's input into its bytes
 * (src/badges, and the locked dependencies, for the font it measures). Cached badges are kept
 * per version, so a change there draws every badge again, and other changes draw none.
 */
export function badgeDrawingVersion(root: string): string {
  return hashFiles(root, ['src/badges/**', 'package-lock.json']).slice(0, 16);
}

/** The badge's SVG and endpoint JSON. */
function drawBadge(input: BadgeInput): { svg: string; json: string } {
  const model = makeBadge(input);
  return { svg: renderBadgeSvg(model), json: `${JSON.stringify(toEndpointJson(model))}\n` };
}

/** The key a badge is kept under: a hash of its input. */
function badgeKey(input: BadgeInput): string {
  return crypto.createHash('sha256').update(JSON.stringify(input)).digest('hex').slice(0, 32);
}

/**
 * Writes the badges of `sweeps` (their own, under `/sweeps/<id>/badge/`) as SVG with a shields.io
 * endpoint JSON beside each. Each badge is drawn once and kept in `store` (the folder of this
 * badge drawing's version), then linked from there, checked, in later builds: writing two new
 * files per badge cost more than drawing it.
 */
export async function writeSweepBadges(archive: SiteArchive, sweeps: ReadonlySet<string>, outDir: string, store: ContentStore): Promise<BadgeReport> {
  const t0 = performance.now();
  const reused = new Set(archive.sweeps.map((s) => s.id).filter((id) => !sweeps.has(id)));
  const specs = listBadges(archive, reused).filter((s) => s.sameAs === undefined);
  const turn = createTurnTaker();
  let drawn = 0;
  for (const spec of specs) {
    await turn();
    const key = badgeKey(spec.input);
    let svg = store.get(key, 'svg');
    let json = store.get(key, 'json');
    if (svg === null || json === null) {
      const badge = drawBadge(spec.input);
      json = store.put(key, 'json', badge.json);
      svg = store.put(key, 'svg', badge.svg);
      drawn++;
    }
    linkOutput(outDir, spec.path, svg);
    linkOutput(outDir, badgeEndpointPath(spec.path), json);
  }
  return { total: specs.length, drawn, cached: specs.length - drawn, seconds: (performance.now() - t0) / 1000 };
}

/**
 * The alias badges (`/badge/…`), which follow the newest sweep with the cell or config: each is a
 * link to that sweep's own badge (SVG and endpoint JSON), so no badge is written twice.
 */
export function aliasBadgeLinks(archive: SiteArchive): Array<{ path: string; target: string }> {
  return listBadges(archive, new Set(archive.sweeps.map((s) => s.id))).flatMap((spec) =>
    spec.sameAs === undefined ? [] : [{ path: spec.path, target: spec.sameAs }, { path: badgeEndpointPath(spec.path), target: badgeEndpointPath(spec.sameAs) }],
  );
}

/** Removes the badges kept by other drawing versions (deleted in the background); returns how many versions. */
export function pruneBadgeCache(cacheRoot: string, version: string): number {
  const dir = path.join(cacheRoot, 'badges');
  if (!fs.existsSync(dir)) return 0;
  const stale = fs.readdirSync(dir).filter((name) => name !== version);
  trash(cacheRoot, stale.map((name) => path.join(dir, name)));
  return stale.length;
}
