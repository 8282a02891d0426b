import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { plural } from '../../../src/format/numbers.ts';
import { s3Uri, markerKey, readMarker, lastLine, UploadError, type BucketTarget } from './bucket.ts';
import { awsArgs, conflictLines, describeStep, planUpload, probeArgs, SECURITY_HEADERS_NOTE, shellLine, stagePath, summarize, type CommandContext, type UploadStep } from './plan.ts';
import { scanSite, type LocalSweep } from './scan.ts';

/** What one aws run gave back. */
export interface AwsResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `aws` with arguments; a test may pass its own. */
export type RunAws = (args: readonly string[]) => Promise<AwsResult>;

/** Spawns the aws CLI from PATH with an argument array (never through a shell). */
export const spawnAws: RunAws = (args) =>
  new Promise((resolve, reject) => {
    const child = spawn('aws', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(e.code === 'ENOENT' || e.code === 'EACCES' ? new UploadError('upload: the aws command is not on PATH; install the AWS CLI (https://aws.amazon.com/cli/) or add it to PATH, then run again') : e);
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal === null ? 1 : 128), stdout, stderr }));
  });

export interface UploadOptions {
  outDir: string;
  target: BucketTarget;
  endpoint: string | null;
  dryRun: boolean;
  all: boolean;
  /** Progress and the plan (stdout); conflicts and notes that need action (stderr). */
  print: (line: string) => void;
  warn: (line: string) => void;
}

/** How many markers are read at once: each read is a process of its own. */
const PROBES_AT_ONCE = 4;

/** Reads every sweep's marker from the bucket; an error other than "no such object" stops the upload. */
async function readMarkers(sweeps: readonly LocalSweep[], ctx: CommandContext, aws: RunAws): Promise<Map<string, string | null>> {
  const found = new Map<string, string | null>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < sweeps.length) {
      const sweep = sweeps[next++] as LocalSweep;
      const result = await aws(probeArgs(sweep.id, ctx));
      const read = readMarker(result.code, result.stdout, result.stderr);
      if (read.kind === 'failed') throw new UploadError(`upload: aws could not read ${s3Uri(ctx.target, markerKey(sweep.id))} (exit ${result.code}): ${read.message}; check the bucket name, --endpoint-url and your credentials (aws configure), then run again`);
      found.set(sweep.id, read.kind === 'found' ? read.digest : null);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PROBES_AT_ONCE, sweeps.length) }, worker));
  return found;
}

/** Lays out what a step uploads at its stage path: links to the planned files, or the marker's text. */
function stage(step: UploadStep, at: string): void {
  if (step.kind === 'marker') {
    fs.writeFileSync(at, step.body);
    return;
  }
  for (const f of step.files) {
    const link = path.join(at, ...f.key.split('/'));
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(path.resolve(f.file), link);
  }
}

/**
 * Uploads the site at `opts.outDir`: reads which sweeps the bucket holds (unless --all or
 * --dry-run), plans, then runs each step's aws command in order, stopping at the first that
 * fails. Throws an UploadError whose message is the one line to show.
 */
export async function runUpload(opts: UploadOptions, aws: RunAws = spawnAws): Promise<void> {
  const scan = scanSite(opts.outDir);
  const stageDir = opts.dryRun ? path.join(os.tmpdir(), 'sweepsite-upload-XXXXXX') : fs.mkdtempSync(path.join(os.tmpdir(), 'sweepsite-upload-'));
  const ctx: CommandContext = { target: opts.target, endpoint: opts.endpoint, stage: stageDir };
  try {
    const remote = opts.dryRun || opts.all ? null : await readMarkers(scan.sweeps, ctx, aws);
    const plan = planUpload(scan, remote, opts.all);
    for (const line of summarize(plan)) opts.print(line);
    if (opts.dryRun) {
      opts.print(`dry run: nothing was read from or written to ${s3Uri(opts.target, '')}; ${opts.all ? '--all uploads every sweep' : 'every sweep is shown as new, and one already in the bucket (its marker read with `aws s3 cp <marker> -`) is skipped when run for real'}`);
      opts.print(`each numbered folder under ${stageDir} would hold links to that step's files`);
      plan.steps.forEach((step, i) => {
        opts.print(`# ${i + 1}/${plan.steps.length} ${describeStep(step)}`);
        opts.print(shellLine('aws', awsArgs(step, i, ctx)));
      });
    } else {
      for (const [i, step] of plan.steps.entries()) {
        opts.print(`[${i + 1}/${plan.steps.length}] ${describeStep(step)}`);
        const at = stagePath(ctx, i, step);
        stage(step, at);
        const result = await aws(awsArgs(step, i, ctx));
        if (result.code !== 0) {
          throw new UploadError(`upload: aws failed (exit ${result.code}) on step ${i + 1}/${plan.steps.length}, ${describeStep(step)}: ${lastLine(result.stderr)}; fix that and run again (sweeps already marked as uploaded are skipped)`);
        }
        fs.rmSync(at, { recursive: true, force: true });
      }
      opts.print(`uploaded to ${s3Uri(opts.target, '')} in ${plural(plan.steps.length, 'step')}`);
    }
    // Last, where they are read: the conflicts need a decision, the headers a CDN setting.
    if (remote !== null) for (const line of conflictLines(plan, remote, opts.target)) opts.warn(line);
    opts.print(SECURITY_HEADERS_NOTE);
  } finally {
    if (!opts.dryRun) fs.rmSync(stageDir, { recursive: true, force: true });
  }
}
