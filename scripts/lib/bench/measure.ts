import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { listServedFileSizes } from '../postprocess/site-files.ts';

/** Wall time and peak memory of one command and every process it starts. */
export interface Measurement {
  seconds: number;
  /** Highest sum of resident memory over the process and its descendants, sampled every 100 ms. */
  peakRssMb: number;
  stdout: string;
}

/** Children of every process, from /proc (Linux). */
function childrenByParent(): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) follows the command name in parentheses, which may itself hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = out.get(ppid);
      if (list === undefined) out.set(ppid, [Number(name)]);
      else list.push(Number(name));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return out;
}

/** Resident bytes of a process tree right now. */
export function treeRssBytes(root: number): number {
  const children = childrenByParent();
  const page = 4096;
  let bytes = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() ?? 0;
    try {
      bytes += Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * page;
    } catch {
      continue;
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return bytes;
}

/**
 * Runs a command and returns wall seconds, the peak resident memory of its whole process tree
 * (render processes, worker threads and Pagefind together, not just the largest one) and its
 * output; rejects on failure.
 */
export function measure(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let peak = 0;
    const sample = (): void => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRssBytes(child.pid));
    };
    const timer = setInterval(sample, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - t0) / 1000;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${stdout}\n${stderr}`));
      else resolve({ seconds, peakRssMb: Math.round(peak / 1024 / 1024), stdout });
    });
  });
}

/** What a built site serves (links followed, as a host's upload does): files, bytes and pages. */
export function measureOutput(dir: string): { files: number; megabytes: number; pages: number } {
  const files = listServedFileSizes(dir);
  const bytes = files.reduce((sum, [, size]) => sum + size, 0);
  const pages = files.filter(([f]) => f.endsWith('/index.html')).length;
  return { files: files.length, megabytes: Math.round(bytes / 1024 / 1024), pages };
}

/** Median of a non-empty list. */
export function medianOf(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}
