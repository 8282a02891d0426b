// node scripts/lib/bench/bare-plan.ts ARCHIVE OUT.json: the page set of an archive's site, each
// page's address and head, for the bare Astro build the benchmark measures the build against.
import fs from 'node:fs';
import path from 'node:path';
import { indexArchive } from '../../../src/data/archive.ts';
import { PLACEHOLDER_ORIGIN, useSiteOrigin } from '../../../src/data/site-config.ts';
import { loadArchive } from '../../../src/ingest/load-archive.ts';
import { planSite } from '../../../src/plan/plan-site.ts';
import { listProsePages } from '../prose-pages.ts';
import type { BarePage } from './bare-pages.ts';

const [archiveDir, outFile] = process.argv.slice(2);
if (archiveDir === undefined || outFile === undefined) throw new Error('bare-plan: expected ARCHIVE OUT.json arguments');
useSiteOrigin(PLACEHOLDER_ORIGIN);
const archive = indexArchive(loadArchive(path.resolve(archiveDir)));
const pages: BarePage[] = planSite(archive, listProsePages(path.resolve('content'))).flatMap((p) => (p.head === null ? [] : [{ path: p.path, head: p.head }]));
fs.writeFileSync(outFile, JSON.stringify(pages));
process.stdout.write(`${pages.length} pages planned\n`);
