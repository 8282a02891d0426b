/**
 * Progress of a render process, sent to scripts/build.ts over IPC when it runs the render in
 * child processes (SWEEPSITE_PROGRESS_IPC=1). Elsewhere (tests, `astro build` by hand) it is silent.
 */

/** A message from a render process: pages planned so far, or pages rendered so far. */
export type RenderProgressMessage = { kind: 'planned'; pages: number } | { kind: 'rendered'; pages: number };

const EVERY = 50;
let planned = 0;
let rendered = 0;

function send(message: RenderProgressMessage): void {
  if (process.env['SWEEPSITE_PROGRESS_IPC'] === '1' && typeof process.send === 'function') process.send(message);
}

/** Counts pages a route will render (its getStaticPaths result). Astro lists every route before rendering any. */
export function countPlannedPages(pages: number): void {
  planned += pages;
  send({ kind: 'planned', pages: planned });
}

/** Counts one rendered page; tells the build every 50 pages, not every page. */
export function countRenderedPage(): void {
  rendered++;
  if (rendered % EVERY === 0) send({ kind: 'rendered', pages: rendered });
}
