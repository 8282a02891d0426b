/** One task's progress: how many of how many, at what rate, and how long is left. */
export interface ProgressLine {
  update(done: number, total: number): void;
  /** Marks the task finished; on a terminal its part of the status line goes away. */
  end(): void;
}

/**
 * The text of a progress report, e.g. `render pages 1,200 of 4,800 (25%), 310/s, about 12 s left`:
 * `done` of `total` in `seconds`, after `before` that were done when timing started.
 */
export function formatProgress(label: string, done: number, total: number, seconds: number, before = 0): string {
  const n = (x: number): string => x.toLocaleString('en-US');
  const rate = seconds > 0 ? done / seconds : 0;
  const all = total + before;
  const shown = Math.min(done + before, all);
  const pct = all > 0 ? Math.floor((100 * shown) / all) : 0;
  const left = rate > 0 && all > shown ? (all - shown) / rate : null;
  const eta = left === null ? '' : `, about ${left >= 90 ? `${Math.round(left / 60)} min` : `${Math.ceil(left)} s`} left`;
  return `${label} ${n(shown)} of ${n(all)} (${pct}%), ${n(Math.round(rate))}/s${eta}`;
}

/** Progress of tasks that may run at the same time (pages render while images are written). */
export interface ProgressBoard {
  task(label: string): ProgressLine;
  /** Writes a log line above the status line, which is drawn again below it. */
  log(line: string): void;
}

/**
 * Progress as build tools show it: on a terminal one status line rewritten in place (at most ten
 * times a second) with every running task on it; in logs (CI) a line per task at each quarter,
 * not one per page.
 */
export function createProgressBoard(stream: NodeJS.WriteStream = process.stdout): ProgressBoard {
  const tty = stream.isTTY === true;
  const running = new Map<object, string>();
  let lastDraw = 0;
  let drawn = false;
  const draw = (force: boolean): void => {
    const now = performance.now();
    if (!force && now - lastDraw < 100) return;
    lastDraw = now;
    const text = running.size === 0 ? '' : `[sweepsite]   ${[...running.values()].join(' · ')}`;
    if (text === '' && !drawn) return;
    drawn = text !== '';
    stream.write(`\r\x1b[K${text.slice(0, Math.max(20, (stream.columns ?? 100) - 1))}`);
  };
  return {
    log(line) {
      if (tty && drawn) stream.write('\r\x1b[K');
      stream.write(`${line}\n`);
      if (tty && running.size > 0) draw(true);
    },
    task(label) {
      const key = {};
      // The rate counts from the first work done, not from the start: set-up before it (bundling, reading) would skew the time left.
      let first: { at: number; done: number } | undefined;
      let quarter = 0;
      return {
        update(done, total) {
          if (total <= 0 || done <= 0) return;
          const now = performance.now();
          first ??= { at: now, done };
          const text = formatProgress(label, done - first.done, total - first.done, (now - first.at) / 1000, first.done);
          if (tty) {
            running.set(key, text);
            draw(done >= total);
            return;
          }
          const q = Math.floor((4 * Math.min(done, total)) / total);
          if (q > quarter && q < 4) {
            quarter = q;
            stream.write(`[sweepsite]   ${text}\n`);
          }
        },
        end() {
          if (!tty || !running.delete(key)) return;
          draw(true);
        },
      };
    },
  };
}

const board = createProgressBoard();

/** A task on the build's status line (stdout). */
export function createProgressLine(label: string): ProgressLine {
  return board.task(label);
}

/** Writes a line of the build log to stdout without tangling it with the status line. */
export function writeLogLine(line: string): void {
  board.log(line);
}
