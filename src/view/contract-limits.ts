import { MAX_JSON_DEPTH } from '../ingest/json-scan.ts';
import { MAX_ID_SEGMENT_LENGTH } from '../schema/ids.ts';
import { MAX_OUTPUT_LINES } from './value-view.ts';
import { MAX_SHOWN_CHARS } from '../format/bounded-text.ts';
import { formatCount } from '../format/numbers.ts';

/** One rule the validator applies beyond the field types, and why. */
export interface ContractLimit {
  rule: string;
  why: string;
}

/**
 * The limits a sweep must keep to be published faithfully, from the constants the validator
 * and the pages use, so the data-format page cannot drift from them.
 */
export function contractLimits(): ContractLimit[] {
  return [
    { rule: 'Files are UTF-8 JSON; a leading byte-order mark is allowed.', why: 'a decoder would turn other bytes into \uFFFD on the page while the raw record kept them.' },
    { rule: 'Each key appears once in an object.', why: 'readers keep only the last of two equal keys, so "pass":0,"pass":1 would be scored as a pass.' },
    { rule: 'Numbers are finite once read (no 1e400); integers past ±2^53 are a warning.', why: 'pages would show null for the first and a rounded number for the second; the raw record keeps every digit.' },
    { rule: `Objects and arrays nest at most ${MAX_JSON_DEPTH} levels deep.`, why: 'deeper values cannot be shown or stored safely (10,000 levels crashed the build).' },
    { rule: `A tui name, each part of a task id, and a model's vendor and name are at most ${MAX_ID_SEGMENT_LENGTH} characters.`, why: 'each becomes a folder or file name of the site, and file systems refuse names past 255 bytes.' },
    { rule: 'ended_at is not before started_at, in the manifest and in every cell.', why: 'pages would show a negative duration.' },
    { rule: 'Two ids that slug to the same URL segment (a sweep id, a model, a task) are an error, across the whole archive.', why: 'they would share one address; the older sweep keeps it, since a published address keeps its meaning.' },
    { rule: 'Only regular files are read; a link is followed when it stays inside its sweep folder (or, for a sweep folder, inside the archive).', why: 'a pipe or device could hang the build, and a link outside would publish files that are not part of the sweep.' },
    { rule: `Pages show the last ${formatCount(MAX_OUTPUT_LINES)} lines of test output and the first ${formatCount(MAX_SHOWN_CHARS)} characters of other long values.`, why: 'a page stays readable whatever a runner records; each says what it left out, and the raw cell.json beside it has everything.' },
  ];
}
