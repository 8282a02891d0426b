/**
 * Addresses of the sweep's group pages that `routes.ts` does not build:
 * head-to-head comparisons, the comparison picker and its data file, and
 * the failure-mode matrix. Every segment comes from the same slug rule.
 */

import { configSegments, sweepPath } from './routes.ts';

/**
 * Head-to-head page of configs A and B, in the order the sweep lists the pair.
 *
 * @example
 * comparePath('s', 'aider', 'openai/gpt-oss-120b', 'aider', 'meta/llama-3.3-70b-instruct');
 * // '/sweeps/s/compare/aider/openai/gpt-oss-120b/vs/aider/meta/llama-3.3-70b-instruct/'
 */
export function comparePath(sweepId: string, aTui: string, aModel: string, bTui: string, bModel: string): string {
  return `${compareIndexPath(sweepId)}${configSegments(aTui, aModel)}/vs/${configSegments(bTui, bModel)}/`;
}

/** The comparison picker: every head-to-head pair of a sweep, e.g. `/sweeps/s/compare/`. */
export function compareIndexPath(sweepId: string): string {
  return `${sweepPath(sweepId)}compare/`;
}

/** The compact per-config, per-task outcomes the picker's pair builder fetches, e.g. `/sweeps/s/compare/data.json`. */
export function compareDataPath(sweepId: string): string {
  return `${compareIndexPath(sweepId)}data.json`;
}

/** The failure-mode × config matrix of a sweep, e.g. `/sweeps/s/failures/`. */
export function failuresPath(sweepId: string): string {
  return `${sweepPath(sweepId)}failures/`;
}
