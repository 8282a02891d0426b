import type { LoadedSweep } from '../../../src/ingest/load-sweep.ts';
import { sweepPath } from '../../../src/urls/routes.ts';
import type { SiteArchive } from '../../../src/data/archive.ts';
import { siteOrigin } from '../../../src/data/site-config.ts';
import { writeOutput } from '../artifacts/write-file.ts';
import { buildHeaderRules } from './headers.ts';
import { buildRobotsTxt, buildSitemapIndex, buildSitemapParts, isSitemapPage } from './sitemap.ts';
import { pageAddressOf } from './site-files.ts';
import type { PageHead } from './page-heads.ts';
import { compareStrings } from '../../../src/util/compare-strings.ts';

/** The absolute URLs of the pages that belong in a sitemap, by what their heads say. */
function sitemapUrls(heads: readonly PageHead[], origin: string): { urls: string[]; left: number } {
  const urls: string[] = [];
  let left = 0;
  for (const head of heads) {
    const url = `${origin}${pageAddressOf(head.page) ?? ''}`;
    if (isSitemapPage(head.indexing, url)) urls.push(url);
    else left++;
  }
  return { urls, left };
}

/**
 * Writes a sweep's own sitemap parts into its folder (`/sweeps/<id>/sitemap-N.xml`), so they are
 * sealed with its pages and a later build never reads the pages of an unchanged sweep. `heads`
 * are the sweep's pages, from the plan.
 */
export function writeSweepSitemap(outDir: string, sweep: LoadedSweep, heads: readonly PageHead[]): { listed: number; left: number } {
  const { urls, left } = sitemapUrls(heads, siteOrigin());
  for (const part of buildSitemapParts(sweepPath(sweep.id), urls)) writeOutput(outDir, part.path, part.content);
  return { listed: urls.length, left };
}

/**
 * Writes the sitemap of the archive-wide pages (`/sitemap-N.xml`) from their heads, the
 * `/sitemap.xml` index of it and of every sweep's parts (`sweepParts`, site paths), and
 * `robots.txt`; returns the files written.
 */
export function writeCrawlerFiles(outDir: string, heads: readonly PageHead[], sweepParts: readonly string[]): { listed: number; written: string[] } {
  const origin = siteOrigin();
  const { urls } = sitemapUrls(heads, origin);
  const parts = buildSitemapParts('/', urls);
  const index = buildSitemapIndex(origin, [...parts.map((p) => p.path), ...sweepParts]);
  const written = [...parts, index, { path: '/robots.txt', content: buildRobotsTxt(origin) }];
  for (const f of written) writeOutput(outDir, f.path, f.content);
  return { listed: urls.length, written: written.map((f) => f.path) };
}

/** Sweeps whose pages still change, though `/sweeps/*` is cached for a year. */
export function unfinishedSweeps(archive: SiteArchive): string[] {
  return archive.sweeps.filter((s) => (s.manifest.status ?? 'complete') !== 'complete').map((s) => `${s.id} (${s.manifest.status ?? ''})`);
}

/** The header rules of a site with these files (its site paths), and warnings for files they cannot treat right. */
export function headerRulesFor(files: readonly string[]): ReturnType<typeof buildHeaderRules> {
  return buildHeaderRules([...files].sort(compareStrings));
}
