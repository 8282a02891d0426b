import type { HostProfile } from '../../../src/hosts/host-profiles.ts';
import { formatBytes, type SiteTally } from './site-tally.ts';

const count = (n: number): string => n.toLocaleString('en-US');

/** A host's limit as it states it: `25 MiB` for binary sizes, `1.0 GB` for decimal ones. */
const limit = (bytes: number): string => (bytes % 1024 ** 2 === 0 ? `${bytes / 1024 ** 2} MiB` : formatBytes(bytes));

/** `size, over its limit`, in bytes when the rounded sizes would read the same (`1.0 GB, over its 1.0 GB`). */
function overBy(size: number, max: number): string {
  return formatBytes(size) === limit(max) ? `${count(size)} bytes, over its ${count(max)} bytes (${limit(max)})` : `${formatBytes(size)}, over its ${limit(max)}`;
}

/**
 * Why a site of this tally does not fit `host`, one phrase per limit it passes; empty when it
 * fits. With `atLeast`, the tally is a lower bound made before the pages are written (only
 * counts are known then), and the phrases say "at least".
 */
export function hostProblems(host: HostProfile, tally: SiteTally, atLeast = false): string[] {
  const some = atLeast ? 'at least ' : '';
  const problems: string[] = [];
  if (host.maxFiles !== null && tally.files > host.maxFiles) problems.push(`${some}${count(tally.files)} files, over its ${count(host.maxFiles)} per site`);
  const entries = tally.files + tally.folders;
  if (host.maxEntries !== null && entries > host.maxEntries) problems.push(`${some}${count(entries)} files and folders, over its ${count(host.maxEntries)} entries per site`);
  if (!atLeast && host.maxSiteBytes !== null && tally.bytes > host.maxSiteBytes) problems.push(`${overBy(tally.bytes, host.maxSiteBytes)} per site`);
  if (!atLeast && host.maxFileBytes !== null && tally.largest !== null && tally.largest.bytes > host.maxFileBytes) {
    problems.push(`${tally.largest.path} is ${overBy(tally.largest.bytes, host.maxFileBytes)} per file`);
  }
  return problems;
}

/** The one line a build stops with when the site does not fit its host: the limits passed, and what to do. */
export function hostRefusal(host: HostProfile, problems: readonly string[]): string {
  return `the site does not fit ${host.title} (--host ${host.name}): ${problems.join('; ')}. ${host.beyond[0]?.toUpperCase()}${host.beyond.slice(1)}. The published site is unchanged.`;
}
