/** A run of terminal text with one style. */
export interface AnsiSegment {
  text: string;
  /** CSS class names for the style, e.g. `ansi-red ansi-bold`; empty for plain text. */
  classes: string;
}

const COLOURS = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];
// CSI sequences, OSC sequences (ended by BEL or ST) and lone ESC + one character.
const ESCAPE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]/g;

interface Style {
  fg: string | null;
  bold: boolean;
  dim: boolean;
  underline: boolean;
}

function applySgr(style: Style, params: string): Style {
  const next = { ...style };
  const codes = params === '' ? [0] : params.split(';').map(Number);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? 0;
    if (code === 0) Object.assign(next, { fg: null, bold: false, dim: false, underline: false });
    else if (code === 1) next.bold = true;
    else if (code === 2) next.dim = true;
    else if (code === 4) next.underline = true;
    else if (code === 22) Object.assign(next, { bold: false, dim: false });
    else if (code === 24) next.underline = false;
    else if (code >= 30 && code <= 37) next.fg = COLOURS[code - 30] ?? null;
    else if (code >= 90 && code <= 97) next.fg = `bright-${COLOURS[code - 90] ?? ''}`;
    else if (code === 39) next.fg = null;
    else if (code === 38 || code === 48) i += codes[i + 1] === 5 ? 2 : 4; // 256-colour and RGB: skip, keep text readable
  }
  return next;
}

function classesOf(style: Style): string {
  return [style.fg === null ? '' : `ansi-${style.fg}`, style.bold ? 'ansi-bold' : '', style.dim ? 'ansi-dim' : '', style.underline ? 'ansi-underline' : '']
    .filter((c) => c !== '')
    .join(' ');
}

/** Splits terminal output into styled segments: SGR colours become classes, every other escape is dropped, never shown raw. */
export function parseAnsi(input: string): AnsiSegment[] {
  const segments: AnsiSegment[] = [];
  let style: Style = { fg: null, bold: false, dim: false, underline: false };
  let last = 0;
  const push = (text: string): void => {
    if (text === '') return;
    const classes = classesOf(style);
    const prev = segments[segments.length - 1];
    if (prev !== undefined && prev.classes === classes) prev.text += text;
    else segments.push({ text, classes });
  };
  for (const match of input.matchAll(ESCAPE)) {
    push(input.slice(last, match.index));
    last = match.index + match[0].length;
    const sgr = /^\u001b\[([0-9;]*)m$/.exec(match[0]);
    if (sgr) style = applySgr(style, sgr[1] ?? '');
  }
  push(input.slice(last));
  return segments;
}

/** Terminal output with every escape sequence removed. */
export function stripAnsi(input: string): string {
  return input.replace(ESCAPE, '');
}
