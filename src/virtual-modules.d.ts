/** The site a render works from, provided by the build's Astro integration (scripts/lib/render/site-integration.ts). */
declare module 'virtual:sweepsite/site' {
  const site: import('./data/render-site.ts').RenderSite;
  export default site;
}
