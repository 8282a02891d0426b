import { writeLogLine } from './progress-line.ts';

/** Timing of build phases, printed as a few summary lines rather than one line per page. */
export interface PhaseLog {
  phase<T>(name: string, work: () => T): T;
  phaseAsync<T>(name: string, work: () => Promise<T>): Promise<T>;
  note(line: string): void;
  summary(line: string): void;
}

/** A phase log that writes to stdout. */
export function createPhaseLog(write: (line: string) => void = writeLogLine): PhaseLog {
  const started = performance.now();
  const times: Array<[string, number]> = [];
  const done = (name: string, t0: number): void => {
    const ms = performance.now() - t0;
    times.push([name, ms]);
    write(`[sweepsite] ${name}: ${(ms / 1000).toFixed(2)} s`);
  };
  return {
    phase(name, work) {
      const t0 = performance.now();
      const out = work();
      done(name, t0);
      return out;
    },
    async phaseAsync(name, work) {
      const t0 = performance.now();
      const out = await work();
      done(name, t0);
      return out;
    },
    note(line) {
      write(`[sweepsite]   ${line}`);
    },
    summary(line) {
      write(`[sweepsite] ${line} in ${((performance.now() - started) / 1000).toFixed(2)} s (${times.map(([n, ms]) => `${n} ${(ms / 1000).toFixed(1)} s`).join(', ')})`);
    },
  };
}
