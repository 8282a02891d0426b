/**
 * Lets long synchronous file work in the build process give the event loop a turn now and then.
 * Held for seconds, the loop would keep the render processes' progress messages waiting until
 * they all arrived at once: the status line would freeze, then jump, with a nonsense rate.
 */
export type TakeTurn = () => Promise<void>;

/**
 * A `TakeTurn` that yields (to I/O callbacks and timers) at most every `everyMs` of work, and
 * otherwise costs a microtask. 20 ms keeps Pagefind, fed by this process, supplied with records.
 */
export function createTurnTaker(everyMs = 20): TakeTurn {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < everyMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}
