// One render process of a build: runs Astro over the pages of its slice of the site plan into
// its own folder. Started by scripts/lib/render-shards.ts, not by hand: argv holds the folder to
// render into, the slice file to render from and Astro's cache folder.
import { build } from 'astro';
import type { AstroIntegration } from 'astro';
import { RENDER_SLICE } from './lib/render/site-integration.ts';
import type { RenderProgressMessage, SliceReadyMessage } from './lib/render-shards.ts';

const [outDir, slice, cacheDir] = process.argv.slice(2);
if (outDir === undefined || slice === undefined || cacheDir === undefined) throw new Error('render-shard: expected OUT SLICE CACHE arguments');
(globalThis as Record<symbol, unknown>)[RENDER_SLICE] = slice;

// The build starts this process before it has read the archive, and says when the slice is written.
const sliceReady = new Promise<void>((resolve) => {
  process.on('message', (m: SliceReadyMessage) => {
    if (m.kind === 'slice') resolve();
  });
});
// A build that stops (an invalid archive, an error, a signal) closes the channel: this process goes too.
let done = false;
process.once('disconnect', () => {
  if (!done) process.exit(1);
});

const EVERY = 50;
let rendered = 0;
function report(message: RenderProgressMessage): void {
  if (process.connected) process.send?.(message);
}

// Astro bundles the site first, then sets up the prerenderer, which loads the pages and asks for
// the site's data: holding its setup until the slice is written lets the bundling overlap the read.
const sweepsiteRender: AstroIntegration = {
  name: 'sweepsite:render-shard',
  hooks: {
    'astro:build:start': ({ setPrerenderer }) => {
      setPrerenderer((prerenderer) => ({
        ...prerenderer,
        async setup() {
          await sliceReady;
          await prerenderer.setup?.();
        },
        async render(request, options) {
          const result = await prerenderer.render(request, options);
          if (++rendered % EVERY === 0) report({ kind: 'rendered', pages: rendered });
          return result;
        },
      }));
    },
  },
};

await build({ logLevel: 'warn', outDir, cacheDir, integrations: [sweepsiteRender] });
report({ kind: 'rendered', pages: rendered });
// The IPC channel would keep this process alive.
done = true;
process.disconnect();
