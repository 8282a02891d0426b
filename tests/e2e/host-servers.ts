// The hosts' own local servers (wrangler for Cloudflare Pages, netlify-cli for Netlify), started
// fully offline in a throwaway folder, so the e2e test sees what those hosts do with the build's
// `_redirects` and `_headers` rather than what our own server does.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** What one host's local server does that differs from the real host (observed, see hosts.e2e.ts). */
export interface HostQuirks {
  /** Compresses responses when the client accepts br or gzip. */
  compresses: boolean;
  /** Gives `Cache-Control` from `_headers` where a rule sets one (else only its own default). */
  cacheControlFromHeaders: boolean;
  /** `Cache-Control` on a file no rule gives one (Cloudflare Pages' own default, also in production). */
  defaultCacheControl: string;
  /** Gives the `_headers` of the alias path on the 302 it answers for it. */
  headersOnRedirects: boolean;
}

/** A host's local server and how to run it offline. */
export interface HostServer {
  name: string;
  quirks: HostQuirks;
  /** Command-line arguments after `node`, given the site folder and free ports. */
  args(dir: string, port: number, spare: () => Promise<number>, scratch: string): Promise<string[]>;
}

const BIN = (rel: string): string => path.resolve('node_modules', rel);

/** The two hosts whose local servers read `_redirects` and `_headers`. */
export const HOST_SERVERS: readonly HostServer[] = [
  {
    name: 'cloudflare',
    // `wrangler pages dev` runs Cloudflare's asset worker: `_redirects` and `_headers` as in
    // production (headers on the 302s too), br or gzip on request, and Cloudflare's default
    // Cache-Control where no rule gives one. It adds `Access-Control-Allow-Origin: *` to every
    // response, which production does not; no assertion relies on that.
    quirks: { compresses: true, cacheControlFromHeaders: true, defaultCacheControl: 'public, max-age=0, must-revalidate', headersOnRedirects: true },
    args: async (dir, port, spare, scratch) => [
      BIN('wrangler/bin/wrangler.js'), 'pages', 'dev', dir, '--ip', '127.0.0.1', '--port', String(port),
      '--inspector-port', String(await spare()), '--compatibility-date=2026-05-01',
      '--persist-to', path.join(scratch, 'state'), '--show-interactive-dev-session=false', '--log-level', 'warn',
    ],
  },
  {
    name: 'netlify',
    // `netlify dev` serves the files through its own static server and proxy, which answer
    // `cache-control: public, max-age=0` for every file whatever `_headers` says (the other
    // `_headers` arrive); it answers redirects itself, with `Cache-Control: no-cache` and none of
    // the `_headers`; and it does not compress. Netlify's CDN does all three.
    quirks: { compresses: false, cacheControlFromHeaders: false, defaultCacheControl: 'public, max-age=0', headersOnRedirects: false },
    args: async (dir, port, spare) => [
      BIN('netlify-cli/bin/run.js'), 'dev', '--offline', '--dir', dir, '--port', String(port),
      // Its inner static server otherwise takes the fixed port 3999.
      '--staticServerPort', String(await spare()),
      // Edge functions download Deno on first use, which needs the network.
      '--internal-disable-edge-functions', '--no-open', '--skip-gitignore',
    ],
  },
];

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** A running host server: its origin, its output so far, and how to stop it. */
export interface RunningServer {
  origin: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Environment that keeps both tools offline and inside `scratch`: no metrics, error reports,
 * update checks, `Request.cf` download or telemetry, and HOME/XDG folders of their own.
 */
function offlineEnv(scratch: string): NodeJS.ProcessEnv {
  const home = path.join(scratch, 'home');
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_STATE_HOME: path.join(home, '.local/state'),
    CI: '1',
    NO_COLOR: '1',
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_SEND_ERROR_REPORTS: 'false',
    // The banner is what triggers wrangler's npm update check.
    WRANGLER_HIDE_BANNER: 'true',
    WRANGLER_LOG_PATH: path.join(home, 'wrangler-logs'),
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    MINIFLARE_CACHE_DIR: path.join(home, 'miniflare'),
    NETLIFY_TELEMETRY_DISABLED: '1',
    NO_UPDATE_NOTIFIER: '1',
  };
}

/**
 * Starts `server` on the site in `dir` and waits (up to `timeoutMs`) until it answers; throws with
 * the tail of its output when it exits or never answers. It runs in its own process group, from a
 * scratch folder, so stop() ends every process it started and nothing is written elsewhere.
 */
export async function startHostServer(server: HostServer, dir: string, timeoutMs = 90_000): Promise<RunningServer> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `sweepsite-${server.name}-`));
  fs.mkdirSync(path.join(scratch, 'home'), { recursive: true });
  fs.mkdirSync(path.join(scratch, 'cwd'));
  const port = await freePort();
  const args = await server.args(dir, port, freePort, scratch);
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: path.join(scratch, 'cwd'),
    env: offlineEnv(scratch),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));
  const stop = async (): Promise<void> => {
    if (!gone && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      const killed = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5_000))]);
      if (!killed) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
    fs.rmSync(scratch, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (gone) {
      await stop();
      throw new Error(`${server.name} server exited before answering:\n${log.slice(-4_000)}`);
    }
    const up = await fetch(`${origin}/`, { redirect: 'manual', signal: AbortSignal.timeout(2_000) }).then((r) => r.status === 200, () => false);
    if (up) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${server.name} server did not answer on ${origin} within ${timeoutMs / 1000} s:\n${log.slice(-4_000)}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { origin, output: () => log, stop };
}
