import type { CiteInput } from './cite.ts';

/** What an APA citation names: the same input as the other citation styles. */
export type ApaInput = CiteInput;

/** An APA (7th edition) reference, in three parts so a page can set the title in italics. */
export interface ApaCitation {
  /** Author and date, e.g. `sweepsite. (2026, May 27). `. */
  lead: string;
  /** The title, italic in APA style. */
  title: string;
  /** Everything after the title, ending with the URL. */
  tail: string;
  /** The whole reference as plain text. */
  text: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-05-27` -> `2026, May 27`; `2026-05` -> `2026, May`; `2026` -> `2026`; anything else -> `n.d.` (no date). */
export function apaDate(date: string | undefined): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date ?? '');
  if (m === null) return 'n.d.';
  const month = m[2] === undefined ? undefined : MONTHS[Number(m[2]) - 1];
  if (month === undefined) return m[1] ?? 'n.d.';
  return m[3] === undefined ? `${m[1]}, ${month}` : `${m[1]}, ${month} ${Number(m[3])}`;
}

/**
 * An APA reference for a data set published by the site: the site is the group author (and so not
 * repeated as publisher), the date is the snapshot date, the sweep is named after the title unless
 * the title already names it, then the image digest (cells) or fingerprint (sweeps) and the
 * permanent URL.
 *
 * @example sweepsite. (2026, May 27). *Sweep free-20260527* [Data set]. Fingerprint sha256:3f…. https://sweepsite.example/sweeps/free-20260527/
 */
export function buildApaCitation(c: ApaInput): ApaCitation {
  const lead = `${c.siteName}. (${apaDate(c.date)}). `;
  const sweep = c.title.includes(c.sweepId) ? '' : ` (Sweep ${c.sweepId})`;
  const ids = [c.digest === undefined ? '' : ` Image ${c.digest}.`, c.fingerprint === undefined ? '' : ` Fingerprint ${c.fingerprint}.`].join('');
  const tail = `${sweep} [Data set].${ids} ${c.url}`;
  return { lead, title: c.title, tail, text: `${lead}${c.title}${tail}` };
}
