import fs from 'node:fs';
import v8 from 'node:v8';
import type { ArchiveLoad } from '../../../src/ingest/load-archive.ts';
import type { ConfigAggregate } from '../../../src/metrics/aggregate.ts';
import { useKnownConfigs } from '../../../src/data/metrics.ts';

/** What the build hands its render processes: the read archive, and configs it ranked already. */
interface ArchiveSnapshot {
  load: ArchiveLoad;
  knownConfigs: ReadonlyMap<string, readonly ConfigAggregate[]>;
}

/**
 * Writes a read archive to `file` for the render processes, which take it instead of reading and
 * validating every record again, with `knownConfigs` (ranked configs by sweep id) that they need
 * not rank again.
 */
export function writeArchiveSnapshot(load: ArchiveLoad, file: string, knownConfigs: ReadonlyMap<string, readonly ConfigAggregate[]> = new Map()): void {
  const snapshot: ArchiveSnapshot = { load, knownConfigs };
  fs.writeFileSync(file, v8.serialize(snapshot));
}

/** The archive a build wrote with {@link writeArchiveSnapshot}; its ranked configs are taken up too. */
export function readArchiveSnapshot(file: string): ArchiveLoad {
  const snapshot = v8.deserialize(fs.readFileSync(file)) as ArchiveSnapshot;
  useKnownConfigs(snapshot.knownConfigs);
  return snapshot.load;
}
