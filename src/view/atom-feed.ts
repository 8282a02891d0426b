import { el, renderXml, type XmlElement } from '../badges/xml.ts';
import { sweepStartKey } from '../ingest/load-archive.ts';
import type { SiteArchive } from '../data/archive.ts';
import { buildSweepDiff, consecutivePairs, sweepDiffPath } from './sweep-diff.ts';
import { sweepHeadline } from './sweep-page.ts';
import { sweepPath } from '../urls/routes.ts';
import { SITE_NAME, siteOrigin } from '../data/site-config.ts';

function isoOrEpoch(date: string): string {
  return date === '' ? '1970-01-01T00:00:00Z' : date;
}

/** The Atom feed of sweeps, newest first, each with its headline and what changed since the one before. Every text node is escaped by the XML builder. */
export function buildAtomFeed(archive: SiteArchive): string {
  const origin = siteOrigin();
  const diffs = new Map(consecutivePairs(archive).map(([newer, older]) => [newer.id, { older, diff: buildSweepDiff(archive, newer, older) }]));
  const entries: XmlElement[] = archive.sweeps.map((sweep) => {
    const headline = sweepHeadline(sweep);
    const change = diffs.get(sweep.id);
    const url = `${origin}${sweepPath(sweep.id)}`;
    const summary = change === undefined ? headline : `${headline} Since ${change.older.id}: ${change.diff.headline}`;
    return el(
      'entry',
      {},
      el('id', {}, url),
      el('title', {}, sweep.manifest.title ?? sweep.id),
      el('updated', {}, isoOrEpoch(sweepStartKey(sweep))),
      el('link', { rel: 'alternate', href: url }),
      ...(change === undefined ? [] : [el('link', { rel: 'related', href: `${origin}${sweepDiffPath(sweep.id, change.older.id)}` })]),
      el('summary', {}, summary),
    );
  });
  const newest = archive.sweeps[0];
  const feed = el(
    'feed',
    { xmlns: 'http://www.w3.org/2005/Atom' },
    el('id', {}, `${origin}/`),
    el('title', {}, `${SITE_NAME}: benchmark sweeps`),
    el('updated', {}, isoOrEpoch(newest === undefined ? '' : sweepStartKey(newest))),
    el('link', { rel: 'self', href: `${origin}/feed.xml` }),
    el('link', { rel: 'alternate', href: `${origin}/` }),
    el('author', {}, el('name', {}, SITE_NAME)),
    ...entries,
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n${renderXml(feed, { pretty: true })}\n`;
}
