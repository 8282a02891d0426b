import type { AstroIntegration } from 'astro';

/** The virtual module the site's data hub (src/data/site.ts) imports. */
const MODULE_ID = 'virtual:sweepsite/site';
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * Where a render process says which slice of the plan it renders: a process-wide slot, not an
 * environment variable, since Astro loads the config file in a module graph of its own.
 */
export const RENDER_SLICE = Symbol.for('sweepsite.renderSlice');

/**
 * Hands the site its data: `virtual:sweepsite/site` loads the archive and the pages this render
 * makes with `loadRenderSite`: the slice file a build wrote for this render process, or, when
 * Astro runs by hand, the whole plan of SWEEPS_DIR. Build policy stays here, outside src/.
 */
export function sweepsiteSite(): AstroIntegration {
  const loader = new URL('./load-render-site.ts', import.meta.url).pathname;
  return {
    name: 'sweepsite:site',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        const slice = (globalThis as Record<symbol, unknown>)[RENDER_SLICE];
        const code = `import { loadRenderSite } from ${JSON.stringify(loader)};\nexport default loadRenderSite(${JSON.stringify(typeof slice === 'string' ? slice : null)});\n`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'sweepsite:site-module',
                resolveId: (id: string) => (id === MODULE_ID ? RESOLVED_ID : undefined),
                load: (id: string) => (id === RESOLVED_ID ? code : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
