/** The site's name, shown in titles and badges. */
export const SITE_NAME = 'sweepsite';

/** The public origin the site is deployed at (for embed snippets and citations), from SITE_URL. */
export function siteOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return (env['SITE_URL'] ?? 'https://sweepsite.example').replace(/\/+$/, '');
}
