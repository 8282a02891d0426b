import fs from 'node:fs';
import { makeBadge, renderBadgeSvg, toEndpointJson } from '../../../src/badges/index.ts';
import type { SiteArchive } from '../../../src/data/archive.ts';
import { listBadges } from '../../../src/data/badge-specs.ts';
import { badgeEndpointPath } from '../../../src/urls/routes.ts';
import { fileOf } from '../postprocess/site-files.ts';
import { linkOutput, writeOutput } from './write-file.ts';
import { createTurnTaker } from '../event-loop-turns.ts';

/** Links the badge at `sameAs` (SVG and endpoint JSON) to `target`; false if it is not in the output. */
function linkBadge(outDir: string, sameAs: string, target: string): boolean {
  const from = fileOf(outDir, sameAs);
  if (!fs.existsSync(from)) return false;
  linkOutput(outDir, target, from);
  linkOutput(outDir, badgeEndpointPath(target), fileOf(outDir, badgeEndpointPath(sameAs)));
  return true;
}

/**
 * Writes every badge as SVG with its shields.io endpoint JSON beside it. An alias that says what
 * its sweep's own badge says is a hard link to it: the same bytes, without drawing and writing
 * them again. Returns the count.
 */
export async function writeBadges(archive: SiteArchive, outDir: string, reused: ReadonlySet<string>): Promise<number> {
  const specs = listBadges(archive, reused);
  const turn = createTurnTaker();
  for (const spec of specs) {
    await turn();
    if (spec.sameAs !== undefined && linkBadge(outDir, spec.sameAs, spec.path)) continue;
    const model = makeBadge(spec.input);
    writeOutput(outDir, spec.path, renderBadgeSvg(model));
    writeOutput(outDir, badgeEndpointPath(spec.path), `${JSON.stringify(toEndpointJson(model))}\n`);
  }
  return specs.length;
}
