import path from 'node:path';
import { PLACEHOLDER_ORIGIN } from '../../src/data/site-config.ts';

/** What the build makes of SITE_URL: an error stops it, a warning is printed at its start and end. */
export interface SiteUrlCheck {
  error: string | null;
  warning: string | null;
}


/**
 * Checks SITE_URL before a build. Unset, the site names {@link PLACEHOLDER_ORIGIN} in every
 * canonical link, embed snippet, citation and feed: fine for the demo archive (`demoArchive`),
 * a loud warning for any other. Set, it must be an http(s) origin without path, query or fragment.
 */
export function checkSiteUrl(env: NodeJS.ProcessEnv, archive: string, demoArchive: string): SiteUrlCheck {
  const raw = env['SITE_URL'];
  if (raw === undefined || raw === '') {
    if (path.resolve(archive) === path.resolve(demoArchive)) return { error: null, warning: null };
    return {
      error: null,
      warning: [
        `SITE_URL is not set: every canonical link, embed snippet, citation, feed entry and badge URL in this site says ${PLACEHOLDER_ORIGIN}.`,
        'Set it to the address the site will be served from, e.g. SITE_URL=https://bench.example.org npm run build',
      ].join('\n'),
    };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { error: `SITE_URL: expected an address such as https://bench.example.org, found ${JSON.stringify(raw)}`, warning: null };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: `SITE_URL: expected an http or https address, found ${JSON.stringify(raw)}`, warning: null };
  if (url.search !== '' || url.hash !== '') return { error: `SITE_URL: expected an address without ? or #, found ${JSON.stringify(raw)}`, warning: null };
  if (url.pathname !== '/') {
    return {
      error: `SITE_URL: expected the root of a host, found the path ${url.pathname} in ${JSON.stringify(raw)}: the site's addresses start at /, so serve it from a host name of its own (a custom domain, or USER.github.io)`,
      warning: null,
    };
  }
  return { error: null, warning: null };
}

/** A warning framed so it stands out in a build log. */
export function loudWarning(text: string): string {
  const rule = '!'.repeat(78);
  return `${rule}\n${text.split('\n').map((l) => `! warning: ${l}`).join('\n')}\n${rule}`;
}
