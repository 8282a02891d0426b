// One render process of a build: runs Astro over this shard's pages (SWEEPSITE_RENDER_SHARD)
// into OUT_DIR. Started by scripts/lib/render-shards.ts, not by hand.
import { build } from 'astro';
import type { AstroIntegration } from 'astro';
import type { ArchiveReadyMessage } from './lib/render-shards.ts';

const outDir = process.env['OUT_DIR'];
if (outDir === undefined) throw new Error('render-shard: OUT_DIR is not set');

// The build starts this process before it has read the archive, and says when it has.
let ready = false;
const archiveReady = new Promise<void>((resolve) => {
  process.on('message', (m: ArchiveReadyMessage) => {
    if (m.kind !== 'archive') return;
    Object.assign(process.env, m.env);
    ready = true;
    resolve();
  });
});
// A build that stops before rendering (invalid archive, error) goes away without a word; so does this process.
process.once('disconnect', () => {
  if (!ready) process.exit(1);
});

// Astro bundles the site first, then sets up the prerenderer, which loads the pages and asks for
// the archive: holding its setup until the archive is ready lets the bundling overlap the read.
const waitForArchive: AstroIntegration = {
  name: 'sweepsite:wait-for-archive',
  hooks: {
    'astro:build:start': ({ setPrerenderer }) => {
      setPrerenderer((prerenderer) => ({
        ...prerenderer,
        async setup() {
          await archiveReady;
          await prerenderer.setup?.();
        },
      }));
    },
  },
};

await build({ logLevel: 'warn', outDir, integrations: [waitForArchive] });
// The IPC channel would keep this process alive.
process.disconnect();
