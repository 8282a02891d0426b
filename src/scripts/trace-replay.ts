/** The replay buttons: [action, text, accessible name when the text is not enough]. */
const BUTTONS: ReadonlyArray<[string, string, string | null]> = [
  ['play', 'Play', null],
  ['prev', '← span', 'Previous span'],
  ['next', 'span →', 'Next span'],
  ['back', '−100 ms', 'Back 100 ms'],
  ['fwd', '+100 ms', 'Forward 100 ms'],
];

/** The controls, made here: a page read without JavaScript carries no buttons that would do nothing. */
function makeControls(trace: HTMLElement): { controls: HTMLElement; clock: HTMLElement } {
  const controls = document.createElement('div');
  controls.className = 'replay';
  controls.setAttribute('role', 'group');
  controls.setAttribute('aria-label', 'Trace replay');
  for (const [act, text, label] of BUTTONS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset['act'] = act;
    button.textContent = text;
    if (label !== null) button.setAttribute('aria-label', label);
    controls.append(button);
  }
  const clock = document.createElement('span');
  clock.className = 'muted';
  clock.setAttribute('aria-live', 'polite');
  const keys = document.createElement('span');
  keys.className = 'muted';
  keys.textContent = 'keys: space play/pause · ←/→ step span · , / . step 100 ms';
  controls.append(clock, keys);
  trace.prepend(controls);
  return { controls, clock };
}

/**
 * Replay controls for a build-time waterfall: a cursor moves across the bars and spans
 * active at the cursor are outlined.
 */
export function enableTraceReplay(): void {
  for (const trace of document.querySelectorAll<HTMLElement>('.trace')) {
    if (trace.querySelector('.replay') !== null) continue;
    const { controls, clock } = makeControls(trace);
    const total = Number(trace.dataset['totalMs'] ?? '1');
    const items = [...trace.querySelectorAll<HTMLElement>('.waterfall > li')];
    const starts = [...new Set(items.map((li) => Number(li.dataset['start'])))].sort((a, b) => a - b);
    let t = 0;
    let timer: number | undefined;
    const play = controls.querySelector<HTMLButtonElement>('[data-act="play"]');
    const render = (): void => {
      clock.textContent = `t = ${Math.round(t)} ms / ${(total / 1000).toFixed(2)} s`;
      for (const li of items) {
        const active = Number(li.dataset['start']) <= t && t <= Number(li.dataset['end']);
        li.querySelector('.span-row')?.classList.toggle('active', active);
        const track = li.querySelector<HTMLElement>('.span-track');
        let cursor = track?.querySelector<HTMLElement>('.cursor-line') ?? null;
        if (track !== null && track !== undefined && cursor === null) {
          cursor = document.createElement('div');
          cursor.className = 'cursor-line';
          track.append(cursor);
        }
        if (cursor !== null) cursor.style.left = `${(t / total) * 100}%`;
      }
    };
    const stop = (): void => {
      if (timer !== undefined) window.clearInterval(timer);
      timer = undefined;
      if (play !== null) play.textContent = 'Play';
    };
    const toggle = (): void => {
      if (timer !== undefined) return stop();
      if (t >= total) t = 0;
      if (play !== null) play.textContent = 'Pause';
      const step = Math.max(total / 150, 1);
      timer = window.setInterval(() => {
        t = Math.min(total, t + step);
        render();
        if (t >= total) stop();
      }, 33);
    };
    const stepSpan = (dir: 1 | -1): void => {
      stop();
      const next = dir > 0 ? starts.find((s) => s > t) : [...starts].reverse().find((s) => s < t);
      t = next ?? (dir > 0 ? total : 0);
      render();
    };
    const nudge = (ms: number): void => {
      stop();
      t = Math.min(total, Math.max(0, t + ms));
      render();
    };
    const actions: Record<string, () => void> = { play: toggle, prev: () => stepSpan(-1), next: () => stepSpan(1), back: () => nudge(-100), fwd: () => nudge(100) };
    controls.addEventListener('click', (e) => {
      const act = (e.target as HTMLElement).closest<HTMLElement>('[data-act]')?.dataset['act'];
      if (act !== undefined) actions[act]?.();
    });
    controls.addEventListener('keydown', (e) => {
      const key: Record<string, string> = { ' ': 'play', ArrowLeft: 'prev', ArrowRight: 'next', ',': 'back', '.': 'fwd' };
      const act = key[e.key];
      if (act === undefined) return;
      e.preventDefault();
      actions[act]?.();
    });
    controls.classList.add('ready');
    render();
  }
}
