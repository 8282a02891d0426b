import { stripAnsi } from './ansi.ts';

/** A terminal recording reduced to what a page needs. */
export interface Cast {
  version: 2 | 3;
  width: number;
  height: number;
  /** Output events as [seconds from start, text]. */
  output: Array<[number, string]>;
  durationS: number;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads asciicast v2 (absolute times) or v3 (intervals) from a header and event lines. */
export function castFromParts(header: Record<string, unknown>, events: readonly unknown[]): Cast {
  const version = header['version'] === 3 ? 3 : 2;
  const term = isRecord(header['term']) ? header['term'] : header;
  const width = typeof term['cols'] === 'number' ? term['cols'] : typeof header['width'] === 'number' ? header['width'] : 80;
  const height = typeof term['rows'] === 'number' ? term['rows'] : typeof header['height'] === 'number' ? header['height'] : 24;
  const output: Array<[number, string]> = [];
  let clock = 0;
  for (const event of events) {
    if (!Array.isArray(event) || typeof event[0] !== 'number' || typeof event[2] !== 'string') continue;
    clock = version === 3 ? clock + event[0] : event[0];
    if (event[1] === 'o') output.push([clock, event[2]]);
  }
  return { version, width, height, output, durationS: clock };
}

/** Parses an asciicast file: a JSON header line, then one JSON event per line. Returns null when it is not one. */
export function parseCastText(text: string): Cast | null {
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  try {
    const header = JSON.parse(lines[0] ?? '') as unknown;
    if (!isRecord(header)) return null;
    return castFromParts(header, lines.slice(1).map((l) => JSON.parse(l) as unknown));
  } catch {
    return null;
  }
}

/**
 * The screen at the end of a recording, as plain text lines: a small emulation of carriage
 * return, backspace, newline and clear-screen; other escapes are dropped. For readers without JavaScript.
 */
export function finalScreen(cast: Cast): string[] {
  let lines: string[] = [''];
  let col = 0;
  const all = cast.output.map(([, text]) => text).join('');
  // Clear-screen sequences restart the screen; everything else that is an escape is removed.
  const afterClear = all.split(/\u001b\[2J|\u001bc/).pop() ?? '';
  for (const ch of stripAnsi(afterClear)) {
    const row = lines.length - 1;
    if (ch === '\n') {
      lines.push('');
      col = 0;
    } else if (ch === '\r') col = 0;
    else if (ch === '\b') col = Math.max(0, col - 1);
    else if (ch >= ' ' || ch === '\t') {
      const line = lines[row] ?? '';
      lines[row] = line.slice(0, col).padEnd(col, ' ') + ch + line.slice(col + 1);
      col++;
    }
  }
  while (lines.length > 1 && lines[lines.length - 1]?.trim() === '') lines.pop();
  if (lines.length > cast.height) lines = lines.slice(-cast.height);
  return lines;
}
