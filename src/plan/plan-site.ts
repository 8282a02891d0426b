/**
 * The site plan: every page of the site, computed once per build from the indexed archive, each
 * with its address, the sweep that owns it, its route's parameters and ids, and its head. Routes
 * render their slice of it; sitemaps, search records and the build's units read it, so nothing
 * is read back from rendered pages to learn what they are.
 */

import type { LoadedSweep } from '../ingest/load-sweep.ts';
import type { SiteArchive } from '../data/archive.ts';
import { metricsOf } from '../data/metrics.ts';
import { siteOrigin } from '../data/site-config.ts';
import { slugSegment } from '../urls/slug.ts';
import { categoryPath, configPath, modelPath, sweepPath, taskPath, tuiPath } from '../urls/routes.ts';
import { compareDataPath, compareIndexPath, comparePath, failuresPath } from '../urls/group-routes.ts';
import { cellHead } from '../view/cell-page.ts';
import { compareHead } from '../view/compare-page.ts';
import { buildConfigPage } from '../view/config-page.ts';
import { buildModelPage, buildTuiPage } from '../view/facet-page.ts';
import { buildTaskPage } from '../view/task-page.ts';
import { buildCategoryPage } from '../view/category-page.ts';
import { buildFailuresPage } from '../view/failures-page.ts';
import { buildCompareIndex } from '../view/compare-index.ts';
import { buildSweepDiff, sweepDiffPath } from '../view/sweep-diff.ts';
import { buildSweepPage } from '../view/sweep-page.ts';
import { configHistoryPath, listConfigHistories } from '../view/config-history.ts';
import { restParam } from './route-params.ts';
import { archivePageHeads, proseHead, type ProsePage } from './site-heads.ts';
import type { PageHead, PlannedPage, RouteName, RouteRefs } from './page-plan.ts';

/** A head from a page view that carries its own title, description and addresses. */
function headOf(view: { title: string; description: string; canonical: string; ogImage?: string }, facets: PageHead['facets'] = {}): PageHead {
  return { title: view.title, description: view.description, canonical: view.canonical, ogImage: view.ogImage, searchable: true, facets };
}

function page<R extends RouteName>(route: R, path: string, sweep: string | null, params: Record<string, string>, ref: RouteRefs[R], head: PlannedPage<R>['head']): PlannedPage<R> {
  return { route, path, sweep, params, ref, head };
}

/** Every page of one sweep's own folder, route by route, in the order the routes list them. */
export function planSweep(archive: SiteArchive, sweep: LoadedSweep): PlannedPage[] {
  const m = metricsOf(sweep);
  const s = slugSegment(sweep.id);
  const index = archive.sweeps.indexOf(sweep);
  const previous = archive.sweeps[index + 1];
  const base = sweepPath(sweep.id);
  const pages: PlannedPage[] = [];
  const sweepView = buildSweepPage(sweep, previous);
  pages.push(page('sweep', base, sweep.id, { sweep: s }, { sweep: sweep.id, previous: previous?.id ?? null }, { ...headOf({ ...sweepView, title: `${sweepView.summary.title} leaderboard`, description: sweepView.headline }) }));
  for (const entry of archive.cells) {
    if (entry.sweep !== sweep) continue;
    pages.push(page('cell', entry.path, sweep.id, { sweep: s, cell: restParam(sweep.id, 'cell', entry.path) }, { sweep: sweep.id, cellId: entry.loaded.cell.cell_id }, cellHead(archive, entry)));
  }
  for (const c of m.configs) {
    const path = configPath(sweep.id, c.tui, c.model);
    pages.push(page('config', path, sweep.id, { sweep: s, config: restParam(sweep.id, 'config', path) }, { sweep: sweep.id, key: c.key }, headOf(buildConfigPage(sweep, c.key))));
  }
  for (const tui of m.byTui.keys()) {
    const path = tuiPath(sweep.id, tui);
    pages.push(page('tui', path, sweep.id, { sweep: s, tui: restParam(sweep.id, 'tui', path) }, { sweep: sweep.id, tui }, headOf(buildTuiPage(sweep, tui))));
  }
  for (const model of m.byModel.keys()) {
    const path = modelPath(sweep.id, model);
    pages.push(page('model', path, sweep.id, { sweep: s, model: restParam(sweep.id, 'model', path) }, { sweep: sweep.id, model }, headOf(buildModelPage(sweep, model))));
  }
  for (const task of m.byTask.keys()) {
    const path = taskPath(sweep.id, task);
    pages.push(page('task', path, sweep.id, { sweep: s, task: restParam(sweep.id, 'task', path) }, { sweep: sweep.id, task }, headOf(buildTaskPage(sweep, task))));
  }
  for (const category of m.byCategory.keys()) {
    const path = categoryPath(sweep.id, category);
    pages.push(page('category', path, sweep.id, { sweep: s, category: restParam(sweep.id, 'category', path) }, { sweep: sweep.id, category }, headOf(buildCategoryPage(sweep, category))));
  }
  for (const pair of m.comparablePairs()) {
    const a = m.configByKey.get(pair.a);
    const b = m.configByKey.get(pair.b);
    if (a === undefined || b === undefined) continue;
    const path = comparePath(sweep.id, a.tui, a.model, b.tui, b.model);
    pages.push(page('compare', path, sweep.id, { sweep: s, pair: restParam(sweep.id, 'compare', path) }, { sweep: sweep.id, a: pair.a, b: pair.b }, compareHead(sweep, pair.a, pair.b)));
  }
  pages.push(page('compare-index', compareIndexPath(sweep.id), sweep.id, { sweep: s }, { sweep: sweep.id }, headOf(buildCompareIndex(sweep))));
  pages.push(page('compare-data', compareDataPath(sweep.id), sweep.id, { sweep: s }, { sweep: sweep.id }, null));
  pages.push(page('failures', failuresPath(sweep.id), sweep.id, { sweep: s }, { sweep: sweep.id }, headOf(buildFailuresPage(sweep))));
  if (previous !== undefined) {
    const diff = buildSweepDiff(archive, sweep, previous);
    pages.push(page('diff', sweepDiffPath(sweep.id, previous.id), sweep.id, { sweep: s, older: slugSegment(previous.id) }, { sweep: sweep.id, older: previous.id }, headOf({ title: `${diff.newer.title} vs ${diff.older.title}`, description: diff.headline, canonical: diff.canonical })));
  }
  return pages;
}

/** The pages outside every sweep's folder: home, archive lists, prose, config histories, feed. */
export function planArchivePages(archive: SiteArchive, prose: readonly ProsePage[]): PlannedPage[] {
  const pages: PlannedPage[] = archivePageHeads(archive).map(({ route, path, head }) => page(route, path, null, {}, {}, head));
  for (const p of prose) pages.push(page('prose', `/${p.id}/`, null, { page: p.id }, { id: p.id }, proseHead(p)));
  for (const h of listConfigHistories(archive)) {
    const path = configHistoryPath(h.tui, h.model);
    pages.push(page('config-history', path, null, { config: path.slice('/config/'.length, -1) }, { tui: h.tui, model: h.model }, headOf({ title: `${h.tui} × ${h.model} across sweeps`, description: `Pass rate and score of ${h.tui} with ${h.model} in every sweep that ran it.`, canonical: h.canonical })));
  }
  pages.push(page('feed', '/feed.xml', null, {}, {}, null));
  return pages;
}

/** The whole site: each sweep's pages, newest sweep first, then the archive-wide ones. */
export function planSite(archive: SiteArchive, prose: readonly ProsePage[]): PlannedPage[] {
  return [...archive.sweeps.flatMap((sweep) => planSweep(archive, sweep)), ...planArchivePages(archive, prose)];
}

/** The absolute address of a planned page, for sitemaps. */
export function plannedUrl(p: PlannedPage): string {
  return `${siteOrigin()}${p.path}`;
}
