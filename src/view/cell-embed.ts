/**
 * The "embed this result" snippets of a cell page: a badge that follows the newest sweep to run
 * this cell (the seed site's README badge), then one pinned to this sweep for good. The HTML is
 * written by the badges' XML builder, so every URL and the alt text are attribute-escaped by
 * the site's one escaper.
 */

import { el, renderXml } from '../badges/xml.ts';

/** One way to embed the result. */
export interface EmbedOption {
  title: string;
  /** One sentence on what the badge shows over time. */
  note: string;
  /** Site-relative badge address, for the preview on the page. */
  badgeSrc: string;
  markdown: string;
  html: string;
}

/** Absolute addresses of a badge and the page it links to. */
export interface EmbedTarget {
  badge: string;
  page: string;
  /** The badge's address on this site, e.g. `/badge/…svg`. */
  badgePath: string;
}

// Markdown ends a link destination at a space or an unbalanced parenthesis; the alt text at `]`.
const URL_ESCAPES: Readonly<Record<string, string>> = { ' ': '%20', '(': '%28', ')': '%29' };
const markdownUrl = (url: string): string => url.replace(/[ ()]/g, (c) => URL_ESCAPES[c] ?? c);
const markdownText = (text: string): string => text.replace(/[\\[\]]/g, (c) => `\\${c}`);

function option(title: string, note: string, target: EmbedTarget, alt: string): EmbedOption {
  return {
    title,
    note,
    badgeSrc: target.badgePath,
    markdown: `[![${markdownText(alt)}](${markdownUrl(target.badge)})](${markdownUrl(target.page)})`,
    html: renderXml(el('a', { href: target.page }, el('img', { src: target.badge, alt }))),
  };
}

/**
 * The embed options of a cell: the alias that follows the newest sweep first, then the permanent one.
 *
 * @example
 * buildEmbedOptions('Bench: a × m on t', { badge: 'https://x/badge/a.svg', page: 'https://x/cell/a/', badgePath: '/badge/a.svg' }, …)[0].html;
 * // '<a href="https://x/cell/a/"><img src="https://x/badge/a.svg" alt="Bench: a × m on t"/></a>'
 */
export function buildEmbedOptions(alt: string, alias: EmbedTarget, permanent: EmbedTarget, sweepId: string): EmbedOption[] {
  return [option('Newest sweep', 'Follows this config on this task into every new sweep: the badge and link always show the newest run.', alias, alt), buildPinnedEmbed(alt, permanent, sweepId)];
}

/** The badge pinned to one run of one sweep: the only option a rerun's page offers, as the newest-sweep badge shows the first run. */
export function buildPinnedEmbed(alt: string, permanent: EmbedTarget, sweepId: string): EmbedOption {
  return option(`This sweep only (${sweepId})`, 'Pinned to this run: the badge and link never change. Use it where the result is cited.', permanent, alt);
}
