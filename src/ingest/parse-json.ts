import { scanJsonText, type JsonScanFinding } from './json-scan.ts';

/**
 * The outcome of parsing one JSON text: the value with what it does not say faithfully
 * (duplicate keys, numbers past what a reader keeps, nesting too deep: see json-scan.ts),
 * or the syntax error.
 */
export type JsonParse = { ok: true; value: unknown; findings: JsonScanFinding[] } | { ok: false; path: string; message: string; hint?: string };

const BOM = '\uFEFF';

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/**
 * Parses JSON text from a runner. A leading byte-order mark is skipped (an encoding
 * artefact, not data); an empty file and a syntax error are named with their position.
 */
export function parseJsonText(text: string): JsonParse {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, path: '(file)', message: 'expected a JSON object, found an empty file' };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(reason);
    const where = at?.[1] === undefined ? '' : ` at ${lineColumn(body, Number(at[1]))}`;
    const truncated = /Unexpected end of JSON input|Unterminated/.test(reason);
    return {
      ok: false,
      path: '(file)',
      message: `expected valid JSON, found a syntax error${where}: ${reason.replace(/\s*\(line \d+ column \d+\)$/, '')}`,
      ...(truncated ? { hint: 'the file looks truncated: was the runner stopped while writing it?' } : {}),
    };
  }
  return { ok: true, value, findings: scanJsonText(body) };
}

/** True for a plain JSON object (not an array or null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
