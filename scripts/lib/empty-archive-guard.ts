import fs from 'node:fs';
import path from 'node:path';
import { displayPath } from '../../src/ingest/paths.ts';

/**
 * Why a build must not go on with an archive of no sweeps, or null when it may. An unmounted
 * volume or a mistyped SWEEPS_DIR looks like an empty archive; building it would replace a
 * published site with an empty one. That takes `--allow-empty`; `--keep-going` is not enough.
 */
export function emptyArchiveRefusal(archive: { dir: string; exists: boolean; sweepFolders: number }, outDir: string, allowEmpty: boolean): string | null {
  if (allowEmpty || archive.sweepFolders > 0) return null;
  const published = publishedSweeps(outDir);
  const what = archive.exists ? `the archive ${displayPath(archive.dir)} holds no sweep folder` : `the archive ${displayPath(archive.dir)} does not exist`;
  if (!archive.exists) return `build stopped: ${what} (is SWEEPS_DIR right, and its volume mounted?); pass --allow-empty to build an empty site on purpose`;
  if (published === 0) return null;
  return `build stopped: ${what}, and building it would replace the site in ${displayPath(outDir)} (${published === 1 ? '1 sweep' : `${published} sweeps`}) with an empty one; is SWEEPS_DIR right? Pass --allow-empty to do it on purpose`;
}

/** How many sweep folders the site in `outDir` publishes (0 when there is no site). */
function publishedSweeps(outDir: string): number {
  try {
    return fs.readdirSync(path.join(outDir, 'sweeps'), { withFileTypes: true }).filter((e) => e.isDirectory() || e.isSymbolicLink()).length;
  } catch {
    return 0;
  }
}
