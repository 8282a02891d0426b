// A worker thread of unitDamage: checks its share of a unit's files against their recorded sizes and digests.
import { parentPort, workerData } from 'node:worker_threads';
import { firstChangedFile, type UnitFile } from './units.ts';

const { dir, files } = workerData as { dir: string; files: Array<[number, UnitFile]> };
parentPort?.postMessage(firstChangedFile(dir, files));
