/**
 * Named points of a build where a test may kill it (`--fault-at=<point>`), to check that OUT_DIR
 * is always a whole site and the next build recovers. SIGKILL, which nothing can catch or clean
 * up after, is what a crash, an out-of-memory kill or a pulled plug look like.
 */
export type FaultPoint =
  | 'after-read'
  | 'after-plan'
  | 'after-files'
  | 'after-render'
  | 'mid-seal'
  | 'after-seal'
  | 'after-root'
  | 'publish-link-made'
  | 'publish-site-moved'
  | 'after-publish';

/** Kills this process with SIGKILL when the build was asked to fail at `point`. */
export function faultPoint(point: FaultPoint): void {
  if (process.argv.includes(`--fault-at=${point}`)) process.kill(process.pid, 'SIGKILL');
}
