import { archive } from '../data/site.ts';
import { buildAtomFeed } from '../view/atom-feed.ts';

/** The Atom feed of sweeps at /feed.xml. */
export function GET(): Response {
  return new Response(buildAtomFeed(archive), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
