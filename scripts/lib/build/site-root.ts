import fs from 'node:fs';
import path from 'node:path';
import type { SiteArchive } from '../../../src/data/archive.ts';
import type { PlannedPage } from '../../../src/plan/page-plan.ts';
import { SEARCH_BRIDGE_PATH } from '../../../src/view/search-facets.ts';
import { sweepPath } from '../../../src/urls/routes.ts';
import { plural } from '../../../src/format/numbers.ts';
import { aliasBadgeLinks } from '../artifacts/badges.ts';
import { writeOutput } from '../artifacts/write-file.ts';
import { linkSitePath } from '../output/site-links.ts';
import { redirectStub } from '../output/redirect-stub.ts';
import { unfinishedSweeps, writeCrawlerFiles, writeHeadersFile } from '../postprocess/index.ts';
import { isSitemapPart } from '../postprocess/sitemap.ts';
import { fileOf, listSiteFiles } from '../postprocess/site-files.ts';
import { makeOffline } from '../postprocess/offline.ts';
import { precompress } from '../postprocess/precompress.ts';
import { SEARCH_BRIDGE_SCRIPT } from '../search/search-bridge.ts';
import { plannedHeads } from '../render/planned-heads.ts';
import { runSearchJob } from '../search/search-job.ts';
import type { Build } from './context.ts';
import type { UnitChoice } from './units.ts';

// Index what people search by on the archive-wide pages (names, prose, headline scores), not
// tables, lists and code that repeat or are noise.
const EXCLUDE_SELECTORS = ['pre', '.axis', '.trace', '.cast', '.code-block', '.links', 'table', 'nav', '.toc'];

/**
 * Step: the archive-wide part of the site around the sweeps. Each sweep's folder is a link to its
 * unit; the `/cell/…` and `/badge/…` aliases, which follow the newest sweep with the cell, are
 * links to that sweep's page and badge (small redirect pages offline, where a link's page would
 * resolve its relative links from the wrong place); then the search index of the archive-wide
 * pages, the sitemaps, robots.txt and _headers.
 */
export async function writeSiteRoot(build: Build, archive: SiteArchive, plan: readonly PlannedPage[], units: UnitChoice): Promise<void> {
  const { log, work, options } = build;
  await log.phaseAsync('link sweeps and aliases', async () => {
    for (const sweep of archive.sweeps) {
      const at = fileOf(work, sweepPath(sweep.id).slice(0, -1));
      fs.mkdirSync(path.dirname(at), { recursive: true });
      fs.symlinkSync(path.relative(path.dirname(at), units.dirOf.get(sweep.id) as string), at);
    }
    for (const [alias, entry] of archive.aliases) {
      if (options.offline) writeOutput(work, `${alias}index.html`, redirectStub(alias, entry.path, { relative: true }));
      else linkSitePath(work, alias, entry.path);
    }
    const badges = aliasBadgeLinks(archive);
    for (const { path: at, target } of badges) linkSitePath(work, at, target);
    log.note(`${plural(archive.sweeps.length, 'sweep folder')}, ${plural(archive.aliases.size, 'cell alias', 'cell aliases')} and ${plural(badges.length, 'alias badge file')} linked`);
  });
  await log.phaseAsync('index the archive-wide pages for search', async () => {
    const report = await runSearchJob(
      {
        bundles: [{ kind: 'pages', label: 'archive-wide pages', outputPath: fileOf(work, '/pagefind/'), siteDir: work, glob: '{index.html,*/index.html}', excludeSelectors: EXCLUDE_SELECTORS }],
        bridge: { file: fileOf(work, SEARCH_BRIDGE_PATH), script: SEARCH_BRIDGE_SCRIPT },
      },
      build.store.work,
    );
    for (const b of report.bundles) for (const e of b.errors) log.note(`warning: search index of ${b.label}: ${e}`);
  });
  await log.phaseAsync('write crawler and host files', async () => {
    const sweepParts = archive.sweeps.flatMap((sweep) => {
      const dir = units.dirOf.get(sweep.id) as string;
      return fs.readdirSync(dir).map((name) => `${sweepPath(sweep.id)}${name}`).filter(isSitemapPart);
    });
    const crawl = writeCrawlerFiles(work, plannedHeads(plan.filter((p) => p.sweep === null)), sweepParts);
    log.note(`sitemap of ${crawl.listed} archive-wide pages, its index and robots.txt`);
    const rootFiles = listSiteFiles(work);
    for (const w of writeHeadersFile(work, rootFiles)) log.note(`warning: _headers: ${w}`);
    const unfinished = unfinishedSweeps(archive);
    if (unfinished.length > 0) log.note(`warning: _headers caches /sweeps/* for a year, but these sweeps are not complete: ${unfinished.join(', ')}`);
    if (options.offline) makeOffline(work, listSiteFiles(work));
    if (options.precompress) await precompress(work, listSiteFiles(work));
  });
}
