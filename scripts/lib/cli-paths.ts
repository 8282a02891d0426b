import { resolveFromCwd } from '../../src/ingest/paths.ts';

/** The archive folder: `SWEEPS_DIR`, default `sweeps/`, relative to the current directory. */
export function archiveDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolveFromCwd(env['SWEEPS_DIR'] ?? 'sweeps');
}

/** The output folder: `OUT_DIR`, default `dist/`, relative to the current directory. */
export function outputDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolveFromCwd(env['OUT_DIR'] ?? 'dist');
}
