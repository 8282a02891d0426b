import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Wall time and peak memory of one child process. */
export interface Measurement {
  seconds: number;
  peakRssMb: number;
  stdout: string;
}

/** Runs a command under GNU time and returns wall seconds, peak RSS and its output; throws on failure. */
export function measure(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Measurement {
  const t0 = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'PEAK_RSS_KB=%M', command, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - t0) / 1000;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(run.stderr)?.[1] ?? 'NaN');
  return { seconds, peakRssMb: Math.round(kb / 1024), stdout: run.stdout };
}

/** Size in MB and number of HTML pages of a built folder. */
export function measureOutput(dir: string): { megabytes: number; pages: number } {
  let bytes = 0;
  let pages = 0;
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else {
        bytes += fs.statSync(p).size;
        if (entry.name === 'index.html') pages++;
      }
    }
  };
  walk(dir);
  return { megabytes: Math.round(bytes / 1024 / 1024), pages };
}

/** Median of a non-empty list. */
export function medianOf(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}
