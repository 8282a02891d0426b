/** Where the site goes: a bucket, and a key prefix inside it ('' or ending in `/`). */
export interface BucketTarget {
  bucket: string;
  prefix: string;
}

/** Why the command line cannot be carried out; the message is the one line the user reads. */
export class UploadError extends Error {}

// S3 bucket names: 3 to 63 lower-case letters, digits, dots and hyphens, a letter or digit at
// each end. R2's names are the same without dots.
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** Reads `s3://bucket[/prefix]`; throws an UploadError saying what a good address looks like. */
export function parseBucketUrl(url: string): BucketTarget {
  const bad = (why: string): UploadError => new UploadError(`upload: ${JSON.stringify(url)} ${why}; give the bucket as s3://bucket or s3://bucket/prefix`);
  const m = /^s3:\/\/([^/]*)(?:\/(.*))?$/.exec(url);
  if (m === null) throw bad('is not an s3:// address');
  const bucket = m[1] ?? '';
  if (!BUCKET.test(bucket)) throw bad(`names no valid bucket (3 to 63 lower-case letters, digits, dots and hyphens)`);
  const segments = (m[2] ?? '').split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '.' || s === '..')) throw bad('has a . or .. in its prefix');
  return { bucket, prefix: segments.map((s) => `${s}/`).join('') };
}

/** The `s3://` address of `key` (relative to the target's prefix; a folder ends in `/`). */
export function s3Uri(target: BucketTarget, key: string): string {
  return `s3://${target.bucket}/${target.prefix}${key}`;
}

/** Checks `--endpoint-url` (R2: `https://<account>.r2.cloudflarestorage.com`); throws an UploadError when it is no http(s) URL. */
export function checkEndpoint(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UploadError(`upload: --endpoint-url ${JSON.stringify(url)} is not a URL; give one such as https://<account-id>.r2.cloudflarestorage.com`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new UploadError(`upload: --endpoint-url ${JSON.stringify(url)} is not an http(s) URL; give one such as https://<account-id>.r2.cloudflarestorage.com`);
  return url;
}

/** The object that says a sweep is wholly in the bucket; written after all of its files. */
export function markerKey(sweepId: string): string {
  return `sweeps/${sweepId}/.sweepsite-unit`;
}

/** What reading a sweep's marker found: its text, no marker, or an error to stop on. */
export type MarkerRead = { kind: 'found'; digest: string } | { kind: 'missing' } | { kind: 'failed'; message: string };

/**
 * Reads the outcome of `aws s3 cp s3://…/.sweepsite-unit -`. A missing object fails with a 404
 * (or NoSuchKey); anything else (no credentials, no bucket, denied, offline) is an error the user
 * must fix, never taken as "not there", which would upload the sweep again.
 */
export function readMarker(exitCode: number, stdout: string, stderr: string): MarkerRead {
  if (exitCode === 0) return { kind: 'found', digest: stdout.trim() };
  if (/\(404\)|NoSuchKey|Not Found/i.test(stderr) && !/NoSuchBucket/i.test(stderr)) return { kind: 'missing' };
  return { kind: 'failed', message: lastLine(stderr) };
}

/** The last non-empty line of a command's error output: the aws CLI puts its reason there. */
export function lastLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return lines.at(-1) ?? 'no message';
}

/** Where a sweep stands against the bucket. */
export type SweepState = 'new' | 'present' | 'conflict';

/** Compares a sweep's own digest with the marker the bucket holds (null: none). */
export function sweepState(local: string, remote: string | null): SweepState {
  if (remote === null) return 'new';
  return remote === local ? 'present' : 'conflict';
}
