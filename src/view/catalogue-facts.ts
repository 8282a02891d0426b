/**
 * A sweep manifest's catalogue entry (a tui, model or task) as labelled
 * facts: every field shown as recorded, web addresses as links.
 */

import { formatRecordedNumber } from '../format/numbers.ts';

/** One field of a catalogue entry. */
export interface CatalogueFact {
  key: string;
  /** The value as text: strings as written, numbers as recorded, lists joined, objects as JSON. */
  value: string;
  /** Set when the value is an http(s) address. */
  href: string | null;
  /** Ids, digests and images read better in monospace. */
  mono: boolean;
}

const MONO_KEYS = new Set(['image', 'digest', 'version', 'commit', 'source']);

/**
 * A field's value as text.
 *
 * @example
 * factText(['rust', 'cli']); // 'rust, cli'
 * factText({ max_turns: 40 }); // '{"max_turns":40}'
 */
export function factText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatRecordedNumber(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.length === 0 ? 'none' : value.join(', ');
  return JSON.stringify(value) ?? 'not recorded';
}

/** True for an absolute http(s) address: the only kind of data-made link the site follows. */
export function isWebAddress(value: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(value);
}

/**
 * The fields of a catalogue entry except `skip`, in recorded order.
 *
 * @example
 * catalogueFacts({ image: 'x:1', homepage: 'https://x.dev' }, []);
 * // [{ key: 'image', value: 'x:1', href: null, mono: true }, { key: 'homepage', value: 'https://x.dev', href: 'https://x.dev', mono: false }]
 */
export function catalogueFacts(entry: Readonly<Record<string, unknown>> | undefined, skip: readonly string[]): CatalogueFact[] {
  if (entry === undefined) return [];
  return Object.entries(entry)
    .filter(([key, value]) => !skip.includes(key) && value !== undefined)
    .map(([key, value]) => {
      const text = factText(value);
      return { key, value: text, href: typeof value === 'string' && isWebAddress(value) ? value : null, mono: MONO_KEYS.has(key) };
    });
}
