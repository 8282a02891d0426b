import { makeBadge, renderBadgeSvg, toEndpointJson } from '../../../src/badges/index.ts';
import type { SiteArchive } from '../../../src/data/archive.ts';
import { listBadges } from '../../../src/data/badge-specs.ts';
import { badgeEndpointPath } from '../../../src/urls/routes.ts';
import { writeOutput } from './write-file.ts';

/** Writes every badge as SVG with its shields.io endpoint JSON beside it. Returns the count. */
export function writeBadges(archive: SiteArchive, outDir: string, reused: ReadonlySet<string>): number {
  const specs = listBadges(archive, reused);
  for (const spec of specs) {
    const model = makeBadge(spec.input);
    writeOutput(outDir, spec.path, renderBadgeSvg(model));
    writeOutput(outDir, badgeEndpointPath(spec.path), `${JSON.stringify(toEndpointJson(model))}\n`);
  }
  return specs.length;
}
