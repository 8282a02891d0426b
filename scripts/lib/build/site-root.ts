import fs from 'node:fs';
import path from 'node:path';
import type { SiteArchive } from '../../../src/data/archive.ts';
import type { PlannedPage } from '../../../src/plan/page-plan.ts';
import { SEARCH_BRIDGE_PATH } from '../../../src/view/search-facets.ts';
import { sweepPath } from '../../../src/urls/routes.ts';
import { plural } from '../../../src/format/numbers.ts';
import { siteOrigin } from '../../../src/data/site-config.ts';
import { aliasBadgeLinks } from '../artifacts/badges.ts';
import { writeOutput } from '../artifacts/write-file.ts';
import { linkSitePath } from '../output/site-links.ts';
import { redirectStub } from '../output/redirect-stub.ts';
import { headerRulesFor, unfinishedSweeps, writeCrawlerFiles } from '../postprocess/index.ts';
import { formatHeadersFile } from '../postprocess/headers.ts';
import { aliasOutput, type SiteAlias } from '../hosts/alias-output.ts';
import { countRules } from '../hosts/alias-redirects.ts';
import { NGINX_CONFIG_PATH, nginxConfig } from '../hosts/nginx-site.ts';
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

/** Every alias of the archive: `/cell/…/` pages and `/badge/…` files, each with the newest sweep's address it follows. */
function siteAliases(archive: SiteArchive): SiteAlias[] {
  const cells = [...archive.aliases].map(([alias, entry]): SiteAlias => ({ path: alias, target: entry.path }));
  return [...cells, ...aliasBadgeLinks(archive).map(({ path: at, target }): SiteAlias => ({ path: at, target }))];
}

/**
 * The aliases, in the form the host serves: `_redirects` rules, nginx rules (written with the
 * headers), or small redirect pages for `/cell/…/` and a link to the sweep's own badge for each
 * `/badge/…` file (upload tools copy the file it points to).
 */
function writeAliases(build: Build, archive: SiteArchive): void {
  const { log, work, options } = build;
  const aliases = siteAliases(archive);
  const out = aliasOutput(options.host, aliases, options.offline);
  const cells = archive.aliases.size;
  const badges = aliases.length - cells;
  if (out.form === 'redirects-file') {
    writeOutput(work, '/_redirects', out.text);
    const n = countRules(out.rules);
    log.note(`${plural(cells, 'cell alias', 'cell aliases')} and ${plural(badges, 'alias badge file')} as ${plural(n.static + n.dynamic, 'redirect rule')} in _redirects (${n.dynamic} with a splat)`);
    return;
  }
  if (out.form === 'nginx-config') {
    build.aliasRules = out.rules;
    log.note(`${plural(cells, 'cell alias', 'cell aliases')} and ${plural(badges, 'alias badge file')} as ${plural(out.rules.length, 'nginx rule')}`);
    return;
  }
  if (out.why !== null) log.note(`warning: aliases are redirect pages and badge files, not _redirects rules: ${out.why}`);
  for (const [alias, entry] of archive.aliases) writeOutput(work, `${alias}index.html`, redirectStub(alias, entry.path, { relative: options.offline, origin: siteOrigin() }));
  for (const a of aliases) if (!a.path.endsWith('/')) linkSitePath(work, a.path, a.target);
  log.note(`${plural(cells, 'cell alias', 'cell aliases')} as redirect pages, ${plural(badges, 'alias badge file')} linked to the sweeps' own`);
}

/**
 * Step: the archive-wide part of the site around the sweeps. Each sweep's folder is a link to its
 * unit; the `/cell/…` and `/badge/…` aliases, which follow the newest sweep with the cell, take
 * the form the host serves (see writeAliases); then the search index of the archive-wide pages,
 * the sitemaps, robots.txt and the host's headers file.
 */
export async function writeSiteRoot(build: Build, archive: SiteArchive, plan: readonly PlannedPage[], units: UnitChoice): Promise<void> {
  const { log, work, options } = build;
  await log.phaseAsync('link sweeps and aliases', async () => {
    for (const sweep of archive.sweeps) {
      const at = fileOf(work, sweepPath(sweep.id).slice(0, -1));
      fs.mkdirSync(path.dirname(at), { recursive: true });
      fs.symlinkSync(path.relative(path.dirname(at), units.dirOf.get(sweep.id) as string), at);
    }
    writeAliases(build, archive);
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
    const headers = headerRulesFor(rootFiles);
    for (const w of headers.warnings) log.note(`warning: _headers: ${w}`);
    if (options.host.headersFile !== false) writeOutput(work, '/_headers', formatHeadersFile(headers.rules));
    if (options.host.aliases === 'nginx-config' && !options.offline) {
      writeOutput(work, NGINX_CONFIG_PATH, nginxConfig(headers.rules, build.aliasRules ?? []));
      log.note(`nginx config in ${NGINX_CONFIG_PATH.slice(1)}: include it in the server block that serves the site`);
    }
    const unfinished = unfinishedSweeps(archive);
    if (unfinished.length > 0) log.note(`warning: the site's headers cache /sweeps/* for a year, but these sweeps are not complete: ${unfinished.join(', ')}`);
    if (options.offline) makeOffline(work, listSiteFiles(work));
    if (options.precompress) await precompress(work, listSiteFiles(work));
  });
}
