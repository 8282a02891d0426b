import { sweepPath } from '../urls/routes.ts';

/**
 * The part of `path` after the sweep's `/<kind>/` folder, without slashes at the ends: the value
 * of a rest param. Each param is cut from the address the URL builder makes, so the page Astro
 * writes is exactly the builder's path.
 *
 * @example
 * restParam('s', 'config', '/sweeps/s/config/aider/openai/gpt-oss-120b/'); // 'aider/openai/gpt-oss-120b'
 */
export function restParam(sweepId: string, kind: string, path: string): string {
  const prefix = `${sweepPath(sweepId)}${kind}/`;
  if (!path.startsWith(prefix)) throw new Error(`${path} is not under ${prefix}`);
  return path.slice(prefix.length).replace(/\/$/, '');
}
