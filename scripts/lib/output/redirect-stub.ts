import { escapeAttr, escapeText } from '../../../src/badges/xml.ts';

/**
 * A small page that sends a reader from `from` to `to` (both site paths): a meta refresh, a
 * canonical link to the target, and a plain link for a reader whose browser does not follow.
 * An empty icon keeps browsers from asking for /favicon.ico, which the site does not have.
 * With `relative`, the target is written relative to `from`, with `index.html`, as a copy read
 * from disk needs.
 */
export function redirectStub(from: string, to: string, options: { relative?: boolean; origin?: string } = {}): string {
  const href = options.relative === true ? `${relativeHref(from, to)}index.html` : to;
  const canonical = `${options.origin ?? ''}${to}`;
  const h = escapeAttr(href);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Moved to ${escapeText(to)}</title><meta http-equiv="refresh" content="0; url=${h}"><link rel="canonical" href="${escapeAttr(canonical)}"><meta name="robots" content="noindex"><link rel="icon" href="data:,"></head><body><p>This address follows the newest sweep that ran this cell: <a href="${h}">${escapeText(to)}</a>.</p></body></html>\n`;
}

/** `to` relative to the folder `from` (both site folder paths ending in `/`). */
function relativeHref(from: string, to: string): string {
  const a = from.split('/').filter((s) => s !== '');
  const b = to.split('/').filter((s) => s !== '');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `${'../'.repeat(a.length - i)}${b.slice(i).join('/')}${b.length > i ? '/' : ''}`;
}
