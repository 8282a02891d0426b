import { decodeAttribute, parseAttributes, type TagAttribute } from './html-tags.ts';

/** What the search index keeps of one page: where it is, its title, the text searched and its filters. */
export interface SearchRecord {
  url: string;
  title: string;
  content: string;
  filters: Record<string, string[]>;
}

/** How much of a page to read first: its head and the start of `<main>` fit in it on every page type. */
export const SEARCH_RECORD_PREFIX_BYTES = 16 * 1024;

const MAIN_TAG = /<main\b([^>]*)>/i;
const META_TAG = /<meta\b([^>]*)>/gi;
const TITLE = /<title>([^<]*)<\/title>/i;
/** The hidden spans the layout puts first in `<main>`, one after another. */
const LEADING_SPAN = /\s*<span\b([^>]*)><\/span>/y;

function attribute(attributes: readonly TagAttribute[], name: string): string | undefined {
  const v = attributes.find((a) => a.name.toLowerCase() === name)?.value;
  return v === null || v === undefined ? undefined : decodeAttribute(v);
}

/** A copy that does not keep the page it was cut from alive (V8 keeps substrings as views of their parent). */
export const own = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');

/**
 * The search record of a built page, read from its head and the hidden spans that open its
 * `<main>`: title (`data-pagefind-meta="title:…"`, else `<title>`), content (title and meta
 * description) and filters (`data-pagefind-filter="key:value"`). Null for pages left out of search
 * (no `data-pagefind-body`: aliases, the validation report) and when `html` stops before `<main>`.
 * Sweep pages are many and alike, so they are searched by what their heads say rather than by
 * every word of their bodies: that is what people look them up by, at a fraction of the cost.
 */
export function searchRecordOf(html: string, url: string): SearchRecord | null {
  const main = MAIN_TAG.exec(html);
  if (main === null || !parseAttributes(main[1] ?? '').some((a) => a.name.toLowerCase() === 'data-pagefind-body')) return null;
  const head = html.slice(0, main.index);
  let description = '';
  for (const meta of head.matchAll(META_TAG)) {
    const attributes = parseAttributes(meta[1] ?? '');
    if (attribute(attributes, 'name')?.toLowerCase() === 'description') description = attribute(attributes, 'content') ?? '';
  }
  let metaTitle: string | undefined;
  const filters: Record<string, string[]> = {};
  LEADING_SPAN.lastIndex = main.index + main[0].length;
  for (let span = LEADING_SPAN.exec(html); span !== null; span = LEADING_SPAN.exec(html)) {
    const attributes = parseAttributes(span[1] ?? '');
    const meta = attribute(attributes, 'data-pagefind-meta');
    if (meta?.startsWith('title:') === true) metaTitle = meta.slice('title:'.length);
    const filter = attribute(attributes, 'data-pagefind-filter');
    const colon = filter?.indexOf(':') ?? -1;
    if (filter !== undefined && colon > 0) (filters[own(filter.slice(0, colon))] ??= []).push(own(filter.slice(colon + 1)));
  }
  const title = own(metaTitle ?? decodeAttribute(TITLE.exec(head)?.[1] ?? ''));
  // The title is shown with the result; repeating it in the content would rank pages that name a model twice (head-to-heads) above the model's own page.
  return { url, title, content: own(description === '' ? title : description), filters };
}
