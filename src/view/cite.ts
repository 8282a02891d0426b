/** What a citation of a cell or sweep names. */
export interface CiteInput {
  /** Short title, e.g. `openhands × meta/llama-3.3-70b-instruct on mutations/rust-error-negated`. */
  title: string;
  sweepId: string;
  /** Absolute permanent URL. */
  url: string;
  /** Date the numbers were taken (snapshot date, else sweep start), `YYYY-MM-DD`. */
  date: string | undefined;
  digest: string | undefined;
  /** The sweep's input fingerprint, e.g. `sha256:3f…`; for a sweep citation, not a cell's. */
  fingerprint?: string | undefined;
  siteName: string;
}

function bibEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) => `\\${c}`);
}

/** A BibTeX `@misc` entry with a stable key derived from the sweep and title. */
export function buildBibtex(c: CiteInput): string {
  const key = `${c.siteName}-${c.sweepId}-${c.title}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
  const year = c.date?.slice(0, 4);
  const fields = [
    `  title        = {${bibEscape(c.title)}}`,
    `  howpublished = {\\url{${c.url}}}`,
    `  note         = {${bibEscape(`Sweep ${c.sweepId}${c.digest === undefined ? '' : `, image ${c.digest}`}${c.fingerprint === undefined ? '' : `, fingerprint ${c.fingerprint}`}`)}}`,
    ...(year === undefined ? [] : [`  year         = {${year}}`]),
    `  organization = {${bibEscape(c.siteName)}}`,
  ];
  return `@misc{${key},\n${fields.join(',\n')}\n}`;
}

/** A plain-sentence citation naming the permanent address, sweep and digest. */
export function buildPlainCitation(c: CiteInput): string {
  const when = c.date === undefined ? '' : ` (${c.date})`;
  const digest = c.digest === undefined ? '' : ` Image ${c.digest}.`;
  const fingerprint = c.fingerprint === undefined ? '' : ` Fingerprint ${c.fingerprint}.`;
  return `${c.siteName}${when}. ${c.title}. Sweep ${c.sweepId}.${digest}${fingerprint} ${c.url}`;
}
