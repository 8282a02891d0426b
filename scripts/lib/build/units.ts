import fs from 'node:fs';
import path from 'node:path';
import type { SiteArchive } from '../../../src/data/archive.ts';
import type { LoadedSweep } from '../../../src/ingest/load-sweep.ts';
import { manifestOf, unitDamage, unitName } from '../output/units.ts';
import { unitKeys } from '../output/unit-keys.ts';
import { trash } from '../trash.ts';
import type { Build } from './context.ts';

/** Which sweeps this build makes and which it reuses, and where each one's unit is. */
export interface UnitChoice {
  /** Sweeps whose unit is made by this build. */
  fresh: LoadedSweep[];
  /** Ids of sweeps whose sealed unit is reused whole. */
  reused: ReadonlySet<string>;
  /** Each sweep's key and unit folder. */
  keyOf: ReadonlyMap<string, string>;
  dirOf: ReadonlyMap<string, string>;
}

/**
 * Step: decide what to make. Published sweeps are immutable, so a sweep whose unit is sealed
 * under its current key (the code, and its and every older sweep's fingerprint) is reused whole,
 * once its every file is checked against the digests it was sealed with. A damaged unit is
 * removed and made again, never published.
 */
export async function chooseUnits(build: Build, archive: SiteArchive): Promise<UnitChoice> {
  const { options, log, store } = build;
  const keys = unitKeys(archive.sweeps, build.code);
  const keyOf = new Map<string, string>();
  const dirOf = new Map<string, string>();
  const reused = new Set<string>();
  const fresh: LoadedSweep[] = [];
  await log.phaseAsync('check reused sweeps', async () => {
    for (const sweep of archive.sweeps) {
      const key = keys.get(sweep) as string;
      const dir = path.join(store.units, unitName(sweep.id, key));
      keyOf.set(sweep.id, key);
      dirOf.set(sweep.id, dir);
      if (!fs.existsSync(dir)) {
        fresh.push(sweep);
        continue;
      }
      const damage = options.useCache ? await unitDamage(dir, key) : 'the build was asked not to reuse it (--no-cache)';
      if (damage === null) reused.add(sweep.id);
      else {
        if (options.useCache) log.note(`warning: making ${sweep.id} again: ${damage}`);
        trash(store.root, [dir, manifestOf(dir)].filter((p) => fs.existsSync(p)));
        fresh.push(sweep);
      }
    }
  });
  if (reused.size > 0) log.note(`reusing ${reused.size} unchanged ${reused.size === 1 ? 'sweep' : 'sweeps'}, checked against their digests: ${[...reused].join(', ')}`);
  return { fresh, reused, keyOf, dirOf };
}
