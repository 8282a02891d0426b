import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { makeBadge, renderBadgeSvg, toEndpointJson } from '../../../src/badges/index.ts';
import type { BadgeInput } from '../../../src/badges/badge-model.ts';
import type { SiteArchive } from '../../../src/data/archive.ts';
import { listBadges } from '../../../src/view/badge-specs.ts';
import { badgeEndpointPath } from '../../../src/urls/routes.ts';
import { fileOf } from '../postprocess/site-files.ts';
import { linkOutput, replaceFile, writeOutput } from './write-file.ts';
import { createTurnTaker } from '../event-loop-turns.ts';
import { hashFiles } from '../files-hash.ts';
import { removeLater } from '../remove-later.ts';

/** Counts and time of one badge pass. */
export interface BadgeReport {
  total: number;
  /** Badges drawn in this pass. */
  drawn: number;
  /** Badges linked from the build cache, drawn by an earlier build. */
  cached: number;
  /** Alias badges linked to the sweep's own badge they repeat. */
  aliases: number;
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

/** Links the badge at `sameAs` (SVG and endpoint JSON) to `target`; false if it is not in the output. */
function linkBadge(outDir: string, sameAs: string, target: string): boolean {
  const from = fileOf(outDir, sameAs);
  if (!fs.existsSync(from)) return false;
  linkOutput(outDir, target, from);
  linkOutput(outDir, badgeEndpointPath(target), fileOf(outDir, badgeEndpointPath(sameAs)));
  return true;
}

/** The badge's SVG and endpoint JSON. */
function drawBadge(input: BadgeInput): { svg: string; json: string } {
  const model = makeBadge(input);
  return { svg: renderBadgeSvg(model), json: `${JSON.stringify(toEndpointJson(model))}\n` };
}

/**
 * Where drawn badges are kept between builds: one folder per drawing version, each badge named by
 * a hash of its input. The JSON is stored before the SVG, so a badge whose SVG is there is whole.
 */
function badgeStore(dir: string): { has(input: BadgeInput): string | null; keep(input: BadgeInput, badge: { svg: string; json: string }): string } {
  fs.mkdirSync(dir, { recursive: true });
  const base = (input: BadgeInput): string => path.join(dir, crypto.createHash('sha256').update(JSON.stringify(input)).digest('hex').slice(0, 32));
  return {
    has(input) {
      const b = base(input);
      return fs.existsSync(`${b}.svg`) ? b : null;
    },
    keep(input, badge) {
      const b = base(input);
      replaceFile(`${b}.json`, badge.json);
      replaceFile(`${b}.svg`, badge.svg);
      return b;
    },
  };
}

/**
 * Writes every badge as SVG with its shields.io endpoint JSON beside it. An alias that says what
 * its sweep's own badge says is a hard link to it: the same bytes, without drawing and writing
 * them again. With `cacheDir`, badges are drawn once and linked from there in later builds, as
 * social cards are (writing two new files per badge cost more than drawing it).
 */
export async function writeBadges(archive: SiteArchive, outDir: string, reused: ReadonlySet<string>, cacheDir: string | null = null): Promise<BadgeReport> {
  const t0 = performance.now();
  const specs = listBadges(archive, reused);
  const store = cacheDir === null ? null : badgeStore(cacheDir);
  const turn = createTurnTaker();
  let drawn = 0;
  let cached = 0;
  let aliases = 0;
  for (const spec of specs) {
    await turn();
    if (spec.sameAs !== undefined && linkBadge(outDir, spec.sameAs, spec.path)) {
      aliases++;
      continue;
    }
    if (store === null) {
      const badge = drawBadge(spec.input);
      writeOutput(outDir, spec.path, badge.svg);
      writeOutput(outDir, badgeEndpointPath(spec.path), badge.json);
      drawn++;
      continue;
    }
    let kept = store.has(spec.input);
    if (kept === null) {
      kept = store.keep(spec.input, drawBadge(spec.input));
      drawn++;
    } else cached++;
    linkOutput(outDir, spec.path, `${kept}.svg`);
    linkOutput(outDir, badgeEndpointPath(spec.path), `${kept}.json`);
  }
  return { total: specs.length, drawn, cached, aliases, seconds: (performance.now() - t0) / 1000 };
}

/** Removes the badges kept by other drawing versions (deleted in the background); returns how many versions. */
export function pruneBadgeCache(cacheRoot: string, version: string): number {
  const dir = path.join(cacheRoot, 'badges');
  if (!fs.existsSync(dir)) return 0;
  const stale = fs.readdirSync(dir).filter((name) => name !== version && !name.includes('.old-'));
  removeLater(stale.map((name) => path.join(dir, name)));
  return stale.length;
}
