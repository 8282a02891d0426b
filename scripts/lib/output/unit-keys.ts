import crypto from 'node:crypto';
import type { LoadedSweep } from '../../../src/ingest/load-sweep.ts';
import { hashFiles } from '../files-hash.ts';

/**
 * A hash of everything that shapes the output besides the data: the site's code, prose, public
 * files, config and locked dependencies, the site URL, and how the output is made (`variant`:
 * offline, precompressed). Any change makes every sweep again.
 */
export function codeVersion(root: string, siteUrl: string, variant = ''): string {
  return hashFiles(root, ['src/**', 'scripts/**', 'content/**', 'public/**', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'], `${siteUrl}\0${variant}`);
}

/**
 * The key of each sweep's unit: the code version and the fingerprints of the sweep and every
 * older one (a sweep's pages may link to earlier sweeps, never to later ones). `sweeps` is
 * newest first.
 */
export function unitKeys(sweeps: readonly LoadedSweep[], code: string): Map<LoadedSweep, string> {
  const keys = new Map<LoadedSweep, string>();
  sweeps.forEach((sweep, i) => {
    const hash = crypto.createHash('sha256').update(code).update(sweep.id);
    for (const older of sweeps.slice(i)) hash.update(`\0${older.id}\0${older.fingerprint}`);
    keys.set(sweep, hash.digest('hex').slice(0, 32));
  });
  return keys;
}
