/**
 * The Inter font files shipped by `@fontsource/inter`, read once and cached.
 * This is the only module in `src/badges` that touches the file system.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Font weights the badges and social cards use. */
export type InterWeight = 400 | 700;

/** Unicode subsets of Inter we load; fontsource splits the font by script. */
export type InterSubset = 'latin' | 'latin-ext';

/** One loaded WOFF file. */
export interface InterFontFile {
  readonly weight: InterWeight;
  readonly style: 'normal';
  readonly subset: InterSubset;
  readonly data: Buffer;
}

const WEIGHTS: readonly InterWeight[] = [400, 700];
// Latin first: where both subsets map a code point, the latin file wins.
const SUBSETS: readonly InterSubset[] = ['latin', 'latin-ext'];

let cache: readonly InterFontFile[] | undefined;

/**
 * Returns the Inter WOFF files (weights 400 and 700, subsets latin and
 * latin-ext), latin before latin-ext for each weight. Reads them on first call.
 */
export function loadInterFonts(): readonly InterFontFile[] {
  if (cache === undefined) {
    const require = createRequire(import.meta.url);
    const files: InterFontFile[] = [];
    for (const weight of WEIGHTS) {
      for (const subset of SUBSETS) {
        // satori and our parser read WOFF 1, not WOFF2.
        const path = require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`);
        files.push({ weight, style: 'normal', subset, data: readFileSync(path) });
      }
    }
    cache = Object.freeze(files);
  }
  return cache;
}
