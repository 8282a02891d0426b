import path from 'node:path';
import { plural } from '../../../src/format/numbers.ts';
import { compareStrings } from '../../../src/util/compare-strings.ts';
import { LONG_CACHE, SHORT_CACHE } from '../postprocess/headers.ts';
import { markerKey, s3Uri, sweepState, type BucketTarget, type SweepState } from './bucket.ts';
import { contentTypeOf } from './content-types.ts';
import type { LeftOut, SiteFile, SiteScan } from './scan.ts';

/** How a file is cached, by where it lies. */
export type UploadClass = 'sweep' | 'asset' | 'archive';

/**
 * Cache-Control by class, the same as `_headers` gives the hosts that read it: sweeps and
 * content-hashed assets never change; everything else follows the newest sweep. (Pages outside
 * `/sweeps/<id>/` that `_headers` leaves to the host's default get the short cache here: a CDN's
 * default, a day on CloudFront, would keep a home page from before the newest sweep.)
 */
export const CACHE_CONTROL: Readonly<Record<UploadClass, string>> = { sweep: LONG_CACHE, asset: LONG_CACHE, archive: SHORT_CACHE };

/** Files stored with the same headers under one key prefix: one aws command. */
export interface FilesStep {
  kind: 'files';
  cls: UploadClass;
  /** What the files are, for messages: `sweep cab-20260812`, `_astro/ assets`, `archive-wide files`. */
  what: string;
  /** Key prefix of the files ('' or ending in `/`); each file's key is relative to it. */
  dest: string;
  /** Null: let the aws CLI guess (an extension content-types.ts does not know). */
  contentType: string | null;
  files: SiteFile[];
}

/** The marker that says a sweep is wholly uploaded; its step always follows the sweep's files. */
export interface MarkerStep {
  kind: 'marker';
  sweep: string;
  body: string;
}

export type UploadStep = FilesStep | MarkerStep;

/** A sweep and what the upload does with it. `unchecked`: the bucket was not read (--all, --dry-run). */
export interface SweepPlan {
  id: string;
  state: SweepState | 'unchecked';
  upload: boolean;
  files: number;
}

export interface UploadPlan {
  sweeps: SweepPlan[];
  steps: UploadStep[];
  /** Files uploaded per class. */
  counts: Record<UploadClass, number>;
  left: LeftOut;
}

/**
 * The upload, in the order that keeps the bucket consistent at every moment: each new sweep's
 * files then its marker (so an interrupted sweep has no marker and is uploaded again next time),
 * then the `_astro/` assets, then the archive-wide pages that link to both. Within each part,
 * pages come after the data, images and search index they load.
 *
 * `remote` holds each sweep's marker in the bucket (null: none); null when the bucket was not
 * read. With `all`, every sweep is uploaded whatever the bucket holds.
 */
export function planUpload(scan: SiteScan, remote: ReadonlyMap<string, string | null> | null, all: boolean): UploadPlan {
  const steps: UploadStep[] = [];
  const counts: Record<UploadClass, number> = { sweep: 0, asset: 0, archive: 0 };
  const sweeps = scan.sweeps.map((sweep): SweepPlan => {
    const state = remote === null ? 'unchecked' : sweepState(sweep.digest, remote.get(sweep.id) ?? null);
    const upload = all || state === 'new' || state === 'unchecked';
    if (upload) {
      const dest = `sweeps/${sweep.id}/`;
      steps.push(...filesSteps('sweep', `sweep ${sweep.id}`, dest, sweep.files));
      steps.push({ kind: 'marker', sweep: sweep.id, body: `${sweep.digest}\n` });
      counts.sweep += sweep.files.length;
    }
    return { id: sweep.id, state, upload, files: sweep.files.length };
  });
  steps.push(...filesSteps('asset', '_astro/ assets', '_astro/', scan.assets));
  steps.push(...filesSteps('archive', 'archive-wide files', '', scan.archive));
  counts.asset = scan.assets.length;
  counts.archive = scan.archive.length;
  return { sweeps, steps, counts, left: scan.left };
}

/** Pages last: an HTML page should not be there before what it loads. */
function typeOrder(type: string | null): string {
  return type?.startsWith('text/html') === true ? `2${type}` : type === null ? '1' : `0${type}`;
}

function filesSteps(cls: UploadClass, what: string, dest: string, files: readonly SiteFile[]): FilesStep[] {
  const byType = new Map<string | null, SiteFile[]>();
  for (const f of files) {
    const type = contentTypeOf(f.key);
    const key = f.key.slice(dest.length);
    byType.set(type, [...(byType.get(type) ?? []), { key, file: f.file }]);
  }
  return [...byType]
    .sort(([a], [b]) => compareStrings(typeOrder(a), typeOrder(b)))
    .map(([contentType, group]): FilesStep => ({ kind: 'files', cls, what, dest, contentType, files: group }));
}

/** What every aws command needs: where to, through which endpoint, and the folder where steps are staged. */
export interface CommandContext {
  target: BucketTarget;
  endpoint: string | null;
  /** A temporary folder: step N's files are links under `<stage>/NNN/`, its marker is `<stage>/NNN.txt`. */
  stage: string;
}

/** Where step `index` is staged: a folder of links for files, a file for a marker. */
export function stagePath(ctx: CommandContext, index: number, step: UploadStep): string {
  return path.join(ctx.stage, `${String(index + 1).padStart(3, '0')}${step.kind === 'marker' ? '.txt' : ''}`);
}

function endpointArgs(ctx: CommandContext): string[] {
  return ctx.endpoint === null ? [] : ['--endpoint-url', ctx.endpoint];
}

/**
 * The aws arguments of a step. Files go as a staged folder of links to exactly the planned files
 * (the CLI's --include/--exclude globs cannot say "a `.gz` with its original beside it", and
 * walking OUT_DIR once per content type would read every sweep again). `_astro/` is synced by
 * size: a content-hashed name already in the bucket holds the same bytes.
 */
export function awsArgs(step: UploadStep, index: number, ctx: CommandContext): string[] {
  const local = stagePath(ctx, index, step);
  if (step.kind === 'marker') {
    return ['s3', 'cp', local, s3Uri(ctx.target, markerKey(step.sweep)), '--content-type', 'text/plain; charset=utf-8', '--cache-control', SHORT_CACHE, '--only-show-errors', ...endpointArgs(ctx)];
  }
  const how = step.cls === 'asset' ? ['sync', local, s3Uri(ctx.target, step.dest), '--size-only'] : ['cp', local, s3Uri(ctx.target, step.dest), '--recursive'];
  const type = step.contentType === null ? [] : ['--content-type', step.contentType];
  return ['s3', ...how, '--follow-symlinks', '--cache-control', CACHE_CONTROL[step.cls], ...type, '--only-show-errors', ...endpointArgs(ctx)];
}

/** The aws arguments that print a sweep's marker from the bucket (fails with a 404 when there is none). */
export function probeArgs(sweepId: string, ctx: CommandContext): string[] {
  return ['s3', 'cp', s3Uri(ctx.target, markerKey(sweepId)), '-', '--only-show-errors', ...endpointArgs(ctx)];
}

/** A command as a shell would take it, for the dry run and messages (the upload never uses a shell). */
export function shellLine(command: string, args: readonly string[]): string {
  return [command, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** One line on what a step uploads. */
export function describeStep(step: UploadStep): string {
  if (step.kind === 'marker') return `mark sweep ${step.sweep} as uploaded`;
  return `${step.what}: ${plural(step.files.length, 'file')} of ${step.contentType ?? 'a type the aws CLI guesses'}`;
}

/** The plan in a few lines: sweeps by state, files per class, what is left out and why. */
export function summarize(plan: UploadPlan): string[] {
  const lines: string[] = [];
  const by = (state: SweepPlan['state']): string[] => plan.sweeps.filter((s) => s.state === state).map((s) => s.id);
  const uploaded = plan.sweeps.filter((s) => s.upload);
  lines.push(`sweeps: ${plural(uploaded.length, 'to upload', 'to upload')}${uploaded.length > 0 ? ` (${uploaded.map((s) => s.id).join(', ')})` : ''}; ${plural(by('present').length, 'already in the bucket', 'already in the bucket')}; ${plural(by('conflict').length, 'conflict')}`);
  lines.push(`files: ${plural(plan.counts.sweep, 'sweep file')} (${LONG_CACHE}), ${plural(plan.counts.asset, '_astro/ asset')} (${LONG_CACHE}; synced, so only names not yet in the bucket are sent), ${plural(plan.counts.archive, 'archive-wide file')} (${SHORT_CACHE})`);
  const { sidecars, hostFiles, hidden } = plan.left;
  if (sidecars.length > 0) lines.push(`left out ${plural(sidecars.length, 'precompressed .br/.gz copy', 'precompressed .br/.gz copies')}: an object store serves one body per key and cannot pick one by Accept-Encoding; let the CDN compress (CloudFront: "Compress objects automatically"; Cloudflare does it by default)`);
  if (hostFiles.length > 0) lines.push(`left out ${hostFiles.join(' and ')}: object stores do not read them; set headers and redirects in the CDN (see /deploy/)`);
  if (hidden.length > 0) lines.push(`left out ${plural(hidden.length, 'hidden file')} (names starting with a dot): ${hidden.slice(0, 3).join(', ')}${hidden.length > 3 ? ', …' : ''}`);
  return lines;
}

/** One line per conflict: which sweep, what the bucket holds, and what to do. */
export function conflictLines(plan: UploadPlan, remote: ReadonlyMap<string, string | null>, target: BucketTarget): string[] {
  return plan.sweeps
    .filter((s) => s.state === 'conflict')
    .map((s) => `conflict: sweep ${s.id} in ${s3Uri(target, `sweeps/${s.id}/`)} was uploaded from another build (${remote.get(s.id) ?? '?'}), so it was left as it is; to replace it, run again with --all and invalidate /sweeps/${s.id}/* in the CDN`);
}

/** The headers an object store cannot hold: said once, at the end. */
export const SECURITY_HEADERS_NOTE =
  'note: Content-Security-Policy, X-Content-Type-Options, Referrer-Policy and the badges\' Access-Control-Allow-Origin cannot be stored on objects; set them in the CDN (CloudFront response headers policy, Cloudflare Transform Rules) as the deploy page says: /deploy/';
