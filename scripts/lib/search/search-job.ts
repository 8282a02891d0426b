import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { SearchRecord } from '../postprocess/search-records.ts';

/** One Pagefind bundle to write: from records (a sweep's pages), or from pages on disk (the archive-wide ones). */
export type SearchBundle =
  | { kind: 'records'; label: string; outputPath: string; records: Array<SearchRecord & { meta: Record<string, string> }> }
  | { kind: 'pages'; label: string; outputPath: string; siteDir: string; glob: string; excludeSelectors: string[] };

/** What one run of the indexer makes, and the bridge module it writes beside the site's index. */
export interface SearchJob {
  bundles: SearchBundle[];
  bridge: { file: string; script: string } | null;
}

/** What indexing found, per bundle. */
export interface SearchJobReport {
  bundles: Array<{ label: string; pages: number; errors: string[] }>;
}

/**
 * Builds search indexes in a process of its own (scripts/lib/search/search-process.ts), so a
 * failure of Pagefind's binary (it panics on a full disk) ends that process, and this promise,
 * with its output: Pagefind's own API waits forever for an answer from a binary that has died.
 */
export function runSearchJob(job: SearchJob, workDir: string): Promise<SearchJobReport> {
  fs.mkdirSync(workDir, { recursive: true });
  const jobFile = path.join(workDir, `search-job-${process.pid}.json`);
  const reportFile = `${jobFile}.report.json`;
  fs.writeFileSync(jobFile, JSON.stringify(job));
  const child = spawn(process.execPath, [...process.execArgv, path.join(import.meta.dirname, 'search-process.ts'), jobFile, reportFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      try {
        if (code === 0) resolve(JSON.parse(fs.readFileSync(reportFile, 'utf8')) as SearchJobReport);
        else reject(Object.assign(new Error(`the search indexer stopped (${signal ?? `exit ${code}`}): ${stderr.trim().split('\n').slice(0, 6).join(' ')}`), { stderr }));
      } finally {
        for (const f of [jobFile, reportFile]) fs.rmSync(f, { force: true });
      }
    });
  });
}
