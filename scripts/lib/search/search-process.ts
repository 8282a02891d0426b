// The search indexer, run by runSearchJob in a process of its own: reads a job file, writes its
// Pagefind bundles and a report. Exits non-zero on any failure, including Pagefind's binary dying.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchBundle, SearchJob, SearchJobReport } from './search-job.ts';
import { isAlive } from '../process-alive.ts';

const [jobFile, reportFile] = process.argv.slice(2);
if (jobFile === undefined || reportFile === undefined) throw new Error('search-process: expected JOB REPORT arguments');
const job = JSON.parse(fs.readFileSync(jobFile, 'utf8')) as SearchJob;
// A build that is killed cannot stop this process: it stops itself once its parent is gone.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent || !isAlive(parent)) process.exit(1);
}, 250).unref();

async function indexBundle(bundle: SearchBundle): Promise<{ pages: number; errors: string[] }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', ...(bundle.kind === 'pages' ? { excludeSelectors: bundle.excludeSelectors } : {}) });
  if (index === undefined) return { pages: 0, errors };
  let pages: number;
  const more: string[] = [];
  if (bundle.kind === 'records') {
    // Sent in order, all at once: the index's bytes depend on the order records arrive in.
    const added = await Promise.all(bundle.records.map((r) => index.addCustomRecord({ url: r.url, content: r.content, language: 'en', meta: r.meta, filters: r.filters })));
    for (const a of added) more.push(...a.errors);
    pages = bundle.records.length;
  } else {
    const added = await index.addDirectory({ path: bundle.siteDir, glob: bundle.glob });
    more.push(...added.errors);
    pages = added.page_count;
  }
  const written = await index.writeFiles({ outputPath: bundle.outputPath });
  await index.deleteIndex();
  return { pages, errors: [...errors, ...more, ...written.errors] };
}

const report: SearchJobReport = { bundles: [] };
try {
  for (const bundle of job.bundles) report.bundles.push({ label: bundle.label, ...(await indexBundle(bundle)) });
  if (job.bridge !== null) {
    fs.mkdirSync(path.dirname(job.bridge.file), { recursive: true });
    fs.writeFileSync(job.bridge.file, job.bridge.script);
  }
} finally {
  await pagefind.close();
}
fs.writeFileSync(reportFile, JSON.stringify(report));
