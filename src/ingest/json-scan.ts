/**
 * What `JSON.parse` hides: it keeps the last of two equal keys, turns `1e400` into Infinity (which
 * a page then shows as `null`), rounds integers past 2^53, and nests as deep as the input does
 * (10,000 levels crashed the build). One pass over the text of a record that parsed finds each of
 * these, with the JSON path where it sits.
 */

import { formatJsonPath } from '../schema/error-map.ts';

/** How deep a record may nest objects and arrays: the record itself is level 1. */
export const MAX_JSON_DEPTH = 64;

/** Something the parsed value does not say faithfully, at a JSON path. */
export interface JsonScanFinding {
  severity: 'error' | 'warning';
  path: string;
  message: string;
  hint?: string;
}

interface Frame {
  /** Keys seen so far in an object; null for an array. */
  keys: Set<string> | null;
  /** The current key (object) or index (array). */
  at: string | number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Index of the closing quote of the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let i = text.indexOf('"', start + 1);
  for (;;) {
    if (i === -1) return text.length;
    let slashes = 0;
    while (text.charCodeAt(i - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return i;
    i = text.indexOf('"', i + 1);
  }
}

function isNumberChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45;
}

/**
 * Scans JSON text that `JSON.parse` accepted. Errors: a key twice in one object, a number that is
 * not finite once read, nesting past {@link MAX_JSON_DEPTH}. Warnings: an integer past 2^53, which
 * pages show rounded (the raw record keeps it). Stops at the first nesting error, since everything
 * below it is rejected with it.
 *
 * @example
 * scanJsonText('{"pass":0,"pass":1}'); // [{ severity: 'error', path: 'pass', message: 'expected each key once in an object, found "pass" twice' , … }]
 */
export function scanJsonText(text: string, maxDepth: number = MAX_JSON_DEPTH): JsonScanFinding[] {
  const findings: JsonScanFinding[] = [];
  const stack: Frame[] = [];
  const pathHere = (): string => formatJsonPath(stack.map((f) => f.at));
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      // { or [
      if (stack.length >= maxDepth) {
        findings.push({ severity: 'error', path: pathHere(), message: `expected objects and arrays nested at most ${maxDepth} levels deep, found deeper nesting`, hint: 'flatten the value, or store it as a string' });
        return findings;
      }
      stack.push({ keys: c === 0x7b ? new Set() : null, at: c === 0x7b ? '' : 0 });
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c) {
      // ,
      const top = stack[stack.length - 1];
      if (top?.keys === null) top.at = (top.at as number) + 1;
      else expectKey = true;
    } else if (c === QUOTE) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (expectKey && top !== undefined && top.keys !== null) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        top.at = key;
        if (top.keys.has(key)) findings.push({ severity: 'error', path: pathHere(), message: `expected each key once in an object, found ${JSON.stringify(key)} twice`, hint: 'a reader would keep only the last value; remove one' });
        else top.keys.add(key);
        expectKey = false;
      }
      i = end;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      let end = i + 1;
      while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
      const token = text.slice(i, end);
      const value = Number(token);
      if (!Number.isFinite(value)) {
        findings.push({ severity: 'error', path: pathHere(), message: `expected a number a page can show, found ${token}, which is beyond the largest number JSON readers keep` });
      } else if (!/[.eE]/.test(token) && !Number.isSafeInteger(value)) {
        findings.push({ severity: 'warning', path: pathHere(), message: `expected an integer within ±2^53, found ${token}; pages show it as ${String(value)} (the raw record keeps every digit)` });
      }
      i = end - 1;
    }
  }
  return findings;
}
