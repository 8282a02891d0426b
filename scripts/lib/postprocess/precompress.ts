import fs from 'node:fs';
import os from 'node:os';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { fileOf } from './site-files.ts';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Extensions of text files worth a compressed sibling. */
const TEXT = /\.(html|css|js|json|svg|csv|xml|txt)$/;

/** Files at or below this size (bytes) are left alone: one packet either way. */
export const PRECOMPRESS_MIN_BYTES = 1024;

/** True for a site path that gets `.br` and `.gz` siblings when large enough. */
export function isPrecompressible(site: string): boolean {
  return TEXT.test(site);
}

/** Brotli at quality 11 and gzip at level 9; both are deterministic (gzip's header time is 0). */
export async function compressBoth(data: Buffer): Promise<{ br: Buffer; gz: Buffer }> {
  const [br, gz] = await Promise.all([
    brotli(data, { params: { [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT, [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    gzip(data, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  return { br, gz };
}

/** Counts for the build log. */
export interface PrecompressReport {
  /** Text files considered (larger than the minimum). */
  files: number;
  /** Bytes of those files, and of the `.br` / `.gz` siblings written. */
  bytes: number;
  brBytes: number;
  gzBytes: number;
  /** Siblings written (a sibling no smaller than its file is not written). */
  written: number;
}

/**
 * Writes `x.br` and `x.gz` beside every text file over 1 KiB whose compressed form is smaller.
 * Runs on the thread pool, a few files at a time per core.
 */
export async function precompress(outDir: string, files: readonly string[]): Promise<PrecompressReport> {
  const report: PrecompressReport = { files: 0, bytes: 0, brBytes: 0, gzBytes: 0, written: 0 };
  const queue = files.filter(isPrecompressible);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < queue.length) {
      const site = queue[next++] ?? '';
      const file = fileOf(outDir, site);
      const data = fs.readFileSync(file);
      if (data.length <= PRECOMPRESS_MIN_BYTES) continue;
      const { br, gz } = await compressBoth(data);
      report.files++;
      report.bytes += data.length;
      for (const [ext, out] of [['.br', br], ['.gz', gz]] as const) {
        if (out.length >= data.length) continue;
        fs.writeFileSync(`${file}${ext}`, out);
        report.written++;
        if (ext === '.br') report.brBytes += out.length;
        else report.gzBytes += out.length;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, os.availableParallelism() * 2) }, worker));
  return report;
}
