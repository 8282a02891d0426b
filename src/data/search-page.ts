import { configPath, sweepPath, sweepSearchBundlePath, taskPath, tuiPath, modelPath } from '../urls/routes.ts';
import type { SiteArchive } from './archive.ts';
import { metricsOf } from './metrics.ts';

/** The plain index of everything, shown beside the search box and instead of it from file://. */
export interface SearchPage {
  /** Each sweep's search index, relative to the search page; the browser merges them with the site's own. */
  bundles: string[];
  sweeps: Array<{
    id: string;
    title: string;
    href: string;
    configs: Array<{ label: string; href: string }>;
    tuis: Array<{ label: string; href: string }>;
    models: Array<{ label: string; href: string }>;
    tasks: Array<{ label: string; href: string }>;
  }>;
}

/** Lists every sweep with links to its configs, CLIs, models and tasks (cells are one click further). */
export function buildSearchPage(archive: SiteArchive): SearchPage {
  return {
    bundles: archive.sweeps.map((sweep) => `..${sweepSearchBundlePath(sweep.id)}`),
    sweeps: archive.sweeps.map((sweep) => {
      const m = metricsOf(sweep);
      return {
        id: sweep.id,
        title: sweep.manifest.title ?? sweep.id,
        href: sweepPath(sweep.id),
        configs: m.configs.map((c) => ({ label: `${c.tui} × ${c.model}`, href: configPath(sweep.id, c.tui, c.model) })),
        tuis: [...m.byTui.keys()].map((t) => ({ label: t, href: tuiPath(sweep.id, t) })),
        models: [...m.byModel.keys()].map((t) => ({ label: t, href: modelPath(sweep.id, t) })),
        tasks: [...m.byTask.keys()].map((t) => ({ label: t, href: taskPath(sweep.id, t) })),
      };
    }),
  };
}
