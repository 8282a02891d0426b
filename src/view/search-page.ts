import { configPath, sweepPath, sweepSearchBundlePath, taskPath, tuiPath, modelPath } from '../urls/routes.ts';
import type { SiteArchive } from '../data/archive.ts';
import { metricsOf } from '../data/metrics.ts';
import { compareStrings } from '../util/compare-strings.ts';
import { plural } from '../format/numbers.ts';
import { SEARCH_BRIDGE_PATH } from './search-facets.ts';

/** The plain index of everything, shown beside the search box and instead of it from file://. */
export interface SearchPage {
  /** Each sweep's search index, relative to the search page; the browser merges them with the site's own. */
  bundles: string[];
  /** The module that hands the search page Pagefind's API, relative to the search page. */
  bridge: string;
  sweeps: Array<{
    id: string;
    title: string;
    href: string;
    configs: Array<{ label: string; href: string }>;
    tuis: Array<{ label: string; href: string }>;
    models: Array<{ label: string; href: string }>;
    tasks: Array<{ label: string; href: string }>;
    /** Summaries of the lists above, counted: `1 config`, `5 CLIs and 7 models`, `25 tasks`. */
    configsLabel: string;
    toolsLabel: string;
    tasksLabel: string;
  }>;
}

/** Lists every sweep with links to its configs, CLIs, models and tasks (cells are one click further). */
export function buildSearchPage(archive: SiteArchive): SearchPage {
  return {
    bundles: archive.sweeps.map((sweep) => `..${sweepSearchBundlePath(sweep.id)}`),
    bridge: `..${SEARCH_BRIDGE_PATH}`,
    sweeps: archive.sweeps.map((sweep) => {
      const m = metricsOf(sweep);
      // The keys of the tui and model aggregates (every unit's, sorted), without drawing the
      // aggregates: a sweep taken from the build cache needs nothing else of them here. Tasks are
      // the sweep's own task order.
      const units = [...m.units.values()].flatMap((byTask) => [...byTask.values()]);
      const keysOf = (pick: (u: (typeof units)[number]) => string): string[] => [...new Set(units.map(pick))].sort(compareStrings);
      const tuis = keysOf((u) => u.tui);
      const models = keysOf((u) => u.model);
      const tasks = m.taskOrder;
      return {
        id: sweep.id,
        title: sweep.manifest.title ?? sweep.id,
        href: sweepPath(sweep.id),
        configs: m.configs.map((c) => ({ label: `${c.tui} × ${c.model}`, href: configPath(sweep.id, c.tui, c.model) })),
        tuis: tuis.map((t) => ({ label: t, href: tuiPath(sweep.id, t) })),
        models: models.map((t) => ({ label: t, href: modelPath(sweep.id, t) })),
        tasks: tasks.map((t) => ({ label: t, href: taskPath(sweep.id, t) })),
        configsLabel: plural(m.configs.length, 'config'),
        toolsLabel: `${plural(tuis.length, 'CLI')} and ${plural(models.length, 'model')}`,
        tasksLabel: plural(tasks.length, 'task'),
      };
    }),
  };
}
