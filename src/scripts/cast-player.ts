interface CastData {
  width: number;
  height: number;
  output: Array<[number, string]>;
}

// Escape sequences are removed for display: the player shows text, the page shows the final screen.
const ESCAPE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]/g;

function screenAt(cast: CastData, seconds: number): string {
  let text = '';
  for (const [t, chunk] of cast.output) {
    if (t > seconds) break;
    text += chunk;
  }
  const lines: string[] = [''];
  let col = 0;
  for (const ch of (text.split(/\u001b\[2J|\u001bc/).pop() ?? '').replace(ESCAPE, '')) {
    const row = lines.length - 1;
    if (ch === '\n') { lines.push(''); col = 0; }
    else if (ch === '\r') col = 0;
    else if (ch === '\b') col = Math.max(0, col - 1);
    else if (ch >= ' ') { const l = lines[row] ?? ''; lines[row] = l.slice(0, col).padEnd(col, ' ') + ch + l.slice(col + 1); col++; }
  }
  return lines.slice(-cast.height).join('\n');
}

/** A small asciicast player: play/pause, speed and seek over the build-time final screen. */
export function enableCastPlayers(): void {
  for (const root of document.querySelectorAll<HTMLElement>('.cast[data-cast]')) {
    const cast = JSON.parse(root.dataset['cast'] ?? '{}') as CastData;
    const screen = root.querySelector<HTMLElement>('pre.terminal');
    const controls = root.querySelector<HTMLElement>('.replay');
    const seek = root.querySelector<HTMLInputElement>('[data-act="seek"]');
    const speed = root.querySelector<HTMLSelectElement>('[data-act="speed"]');
    const play = root.querySelector<HTMLButtonElement>('[data-act="play"]');
    const clock = root.querySelector<HTMLElement>('[data-clock]');
    if (screen === null || controls === null || seek === null || speed === null || play === null || clock === null) continue;
    const duration = cast.output.length === 0 ? 0 : (cast.output[cast.output.length - 1]?.[0] ?? 0);
    let t = duration;
    let timer: number | undefined;
    const render = (): void => {
      screen.textContent = screenAt(cast, t);
      seek.value = String(duration === 0 ? 1000 : Math.round((t / duration) * 1000));
      clock.textContent = `${t.toFixed(1)} s / ${duration.toFixed(1)} s`;
    };
    const stop = (): void => { if (timer !== undefined) window.clearInterval(timer); timer = undefined; play.textContent = 'Play'; };
    play.addEventListener('click', () => {
      if (timer !== undefined) return stop();
      if (t >= duration) t = 0;
      play.textContent = 'Pause';
      timer = window.setInterval(() => { t = Math.min(duration, t + 0.05 * Number(speed.value)); render(); if (t >= duration) stop(); }, 50);
    });
    seek.addEventListener('input', () => { stop(); t = (Number(seek.value) / 1000) * duration; render(); });
    controls.classList.add('ready');
  }
}
