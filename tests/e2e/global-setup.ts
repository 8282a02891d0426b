import { execFileSync } from 'node:child_process';
import type http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { createStaticServer } from '../../scripts/lib/static-server.ts';

/** The archives the browser tests build and serve: the demo, and the hostile corpus. */
const SITES = {
  demo: { archive: 'sweeps', keepGoing: false },
  hostile: { archive: 'tests/fixtures/hostile-archive', keepGoing: true },
} as const;

export type SiteName = keyof typeof SITES;

declare module 'vitest' {
  export interface ProvidedContext {
    'origin:demo': string;
    'origin:hostile': string;
    'dir:demo': string;
    'dir:hostile': string;
  }
}

function buildSite(name: SiteName): string {
  const out = path.resolve('.cache/e2e', name);
  const site = SITES[name];
  execFileSync(process.execPath, ['scripts/build.ts', ...(site.keepGoing ? ['--keep-going'] : [])], {
    env: { ...process.env, SWEEPS_DIR: site.archive, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return out;
}

/** Builds each site once, serves it on loopback, and hands the origins to the tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const servers: http.Server[] = [];
  for (const name of Object.keys(SITES) as SiteName[]) {
    const dir = buildSite(name);
    const server = createStaticServer(dir).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    project.provide(`origin:${name}` as const, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    project.provide(`dir:${name}` as const, dir);
    servers.push(server);
  }
  return async () => {
    for (const s of servers) await new Promise((resolve) => s.close(resolve));
  };
}
