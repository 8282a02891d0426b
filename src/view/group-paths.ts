/**
 * Route params and props of the sweep's group pages (config, tui, model,
 * category, task, head-to-head). Each param is cut from the address the URL
 * builder makes, so the page Astro writes is exactly the builder's path.
 */

import type { LoadedSweep } from '../ingest/load-sweep.ts';
import { categoryPath, configPath, modelPath, sweepPath, taskPath, tuiPath } from '../urls/routes.ts';
import { comparePath } from '../urls/group-routes.ts';
import { metricsOf } from '../data/metrics.ts';
import { sweepParam } from '../data/routes.ts';

/**
 * The part of `path` after the sweep's `/<kind>/` folder, without slashes at the ends: the value of a rest param.
 *
 * @example
 * restParam('s', 'config', '/sweeps/s/config/aider/openai/gpt-oss-120b/'); // 'aider/openai/gpt-oss-120b'
 */
export function restParam(sweepId: string, kind: string, path: string): string {
  const prefix = `${sweepPath(sweepId)}${kind}/`;
  if (!path.startsWith(prefix)) throw new Error(`${path} is not under ${prefix}`);
  return path.slice(prefix.length).replace(/\/$/, '');
}

/** One static path: Astro params plus the props the page builder needs. */
export interface GroupRoute<P extends string, T> {
  params: { sweep: string } & Record<P, string>;
  props: { sweep: LoadedSweep } & T;
}

/** Every config page: `config` = `<tui>/<vendor>/<model>`; props carry the config key. */
export function configRoutes(sweeps: readonly LoadedSweep[]): Array<GroupRoute<'config', { key: string }>> {
  return sweeps.flatMap((sweep) =>
    metricsOf(sweep).configs.map((c) => ({
      params: { sweep: sweepParam(sweep.id), config: restParam(sweep.id, 'config', configPath(sweep.id, c.tui, c.model)) },
      props: { sweep, key: c.key },
    })),
  );
}

/** Every tui page: `tui` = its slug. */
export function tuiRoutes(sweeps: readonly LoadedSweep[]): Array<GroupRoute<'tui', { tui: string }>> {
  return sweeps.flatMap((sweep) =>
    [...metricsOf(sweep).byTui.keys()].map((tui) => ({
      params: { sweep: sweepParam(sweep.id), tui: restParam(sweep.id, 'tui', tuiPath(sweep.id, tui)) },
      props: { sweep, tui },
    })),
  );
}

/** Every model page: `model` = `<vendor>/<model>`. */
export function modelRoutes(sweeps: readonly LoadedSweep[]): Array<GroupRoute<'model', { model: string }>> {
  return sweeps.flatMap((sweep) =>
    [...metricsOf(sweep).byModel.keys()].map((model) => ({
      params: { sweep: sweepParam(sweep.id), model: restParam(sweep.id, 'model', modelPath(sweep.id, model)) },
      props: { sweep, model },
    })),
  );
}

/** Every category page: `category` = its slug. */
export function categoryRoutes(sweeps: readonly LoadedSweep[]): Array<GroupRoute<'category', { category: string }>> {
  return sweeps.flatMap((sweep) =>
    [...metricsOf(sweep).byCategory.keys()].map((category) => ({
      params: { sweep: sweepParam(sweep.id), category: restParam(sweep.id, 'category', categoryPath(sweep.id, category)) },
      props: { sweep, category },
    })),
  );
}

/** Every task page: `task` = `<category>/<name>`. */
export function taskRoutes(sweeps: readonly LoadedSweep[]): Array<GroupRoute<'task', { task: string }>> {
  return sweeps.flatMap((sweep) =>
    [...metricsOf(sweep).byTask.keys()].map((task) => ({
      params: { sweep: sweepParam(sweep.id), task: restParam(sweep.id, 'task', taskPath(sweep.id, task)) },
      props: { sweep, task },
    })),
  );
}

/** Every head-to-head page, one per comparable pair: `pair` = `<config A>/vs/<config B>`. */
export function compareRoutes(sweeps: readonly LoadedSweep[]): Array<GroupRoute<'pair', { a: string; b: string }>> {
  return sweeps.flatMap((sweep) => {
    const m = metricsOf(sweep);
    return m.comparablePairs().flatMap((pair) => {
      const a = m.configByKey.get(pair.a);
      const b = m.configByKey.get(pair.b);
      if (a === undefined || b === undefined) return [];
      const path = comparePath(sweep.id, a.tui, a.model, b.tui, b.model);
      return [{ params: { sweep: sweepParam(sweep.id), pair: restParam(sweep.id, 'compare', path) }, props: { sweep, a: pair.a, b: pair.b } }];
    });
  });
}

/** One path per sweep, for the sweep-wide pages (comparison picker, its data file, failure modes). */
export function sweepRoutes(sweeps: readonly LoadedSweep[]): Array<GroupRoute<never, Record<never, never>>> {
  return sweeps.map((sweep) => ({ params: { sweep: sweepParam(sweep.id) }, props: { sweep } }));
}
