// npm run upload -- s3://bucket[/prefix] [--endpoint-url URL] [--dry-run] [--all]: uploads the
// built site in OUT_DIR to S3 or an S3-compatible store (Cloudflare R2) with the aws CLI. Sweeps
// already in the bucket are skipped (each has a marker written after its files); then the
// _astro/ assets, then the archive-wide pages. See scripts/lib/upload/plan.ts.
import { parseArgs } from 'node:util';
import { outputDir } from './lib/cli-paths.ts';
import { checkEndpoint, parseBucketUrl, UploadError } from './lib/upload/bucket.ts';
import { runUpload } from './lib/upload/run.ts';

const USAGE = 'npm run upload -- s3://bucket[/prefix] [--endpoint-url URL] [--dry-run] [--all]';

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { 'endpoint-url': { type: 'string' }, 'dry-run': { type: 'boolean' }, all: { type: 'boolean' } } });
  } catch (e) {
    // Node's message goes on about positionals after `--`; its first sentence is the point.
    throw new UploadError(`upload: ${(e as Error).message.split(/\.\s|\n/)[0]}; usage: ${USAGE}`);
  }
  const [url, ...extra] = parsed.positionals;
  if (url === undefined || extra.length > 0) throw new UploadError(`upload: give exactly one bucket address; usage: ${USAGE}`);
  const endpoint = parsed.values['endpoint-url'];
  await runUpload({
    outDir: outputDir(),
    target: parseBucketUrl(url),
    endpoint: endpoint === undefined ? null : checkEndpoint(endpoint),
    dryRun: parsed.values['dry-run'] === true,
    all: parsed.values.all === true,
    print: (line) => process.stdout.write(`${line}\n`),
    warn: (line) => process.stderr.write(`${line}\n`),
  });
}

try {
  await main(process.argv.slice(2));
} catch (e) {
  // A user's mistake is one line saying what to do; anything else is still one line, never a trace.
  const message = e instanceof UploadError ? e.message : `upload failed: ${(e as Error).message} (a fault in sweepsite, not in your site; please report it)`;
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}
