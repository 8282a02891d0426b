// One render process of a build: runs Astro over this shard's pages (SWEEPSITE_RENDER_SHARD)
// into OUT_DIR. Started by scripts/lib/render-shards.ts, not by hand.
import { build } from 'astro';
import type { AstroIntegration } from 'astro';
import type { ArchiveReadyMessage, PageHeadsMessage } from './lib/render-shards.ts';
import { pageHeadOfBytes, type PageHead } from './lib/postprocess/page-heads.ts';

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

// This process notes the head of every page it renders, while the page is in memory: sitemaps and search
// indexes are made from these notes, where the build used to read every page back from disk after rendering.
const heads: PageHead[] = [];
let htmlPages = 0;

/**
 * Notes the head of a rendered HTML page (`/a/b/` renders to `/a/b/index.html`) as Astro reads its
 * body, which it does once, with `arrayBuffer()`: reading it here too, and handing Astro a new
 * Response, cost a fifth of a millisecond per page.
 */
function noteHead(request: Request, response: Response): Response {
  const pathname = new URL(request.url).pathname;
  if (response.status !== 200 || !pathname.endsWith('/') || response.body === null) return response;
  htmlPages++;
  const read = response.arrayBuffer.bind(response);
  response.arrayBuffer = async () => {
    const bytes = await read();
    heads.push(pageHeadOfBytes(new Uint8Array(bytes), `${pathname}index.html`));
    return bytes;
  };
  return response;
}

// Astro bundles the site first, then sets up the prerenderer, which loads the pages and asks for
// the archive: holding its setup until the archive is ready lets the bundling overlap the read.
const sweepsiteRender: AstroIntegration = {
  name: 'sweepsite:render-shard',
  hooks: {
    'astro:build:start': ({ setPrerenderer }) => {
      setPrerenderer((prerenderer) => ({
        ...prerenderer,
        async setup() {
          await archiveReady;
          await prerenderer.setup?.();
        },
        async render(request, options) {
          const result = await prerenderer.render(request, options);
          if (result instanceof Response) return noteHead(request, result);
          return { ...result, response: noteHead(request, result.response) };
        },
      }));
    },
  },
};

await build({ logLevel: 'warn', outDir, integrations: [sweepsiteRender] });
// Should Astro ever read pages another way, the sitemaps and search indexes would miss them: say so.
if (heads.length !== htmlPages) throw new Error(`render-shard: noted the heads of ${heads.length} of ${htmlPages} pages; Astro no longer reads pages with arrayBuffer()`);
const send = process.send?.bind(process);
if (send !== undefined) {
  const message: PageHeadsMessage = { kind: 'heads', heads };
  await new Promise<void>((resolve, reject) => send(message, undefined, undefined, (e: Error | null) => (e === null ? resolve() : reject(e))));
}
// The IPC channel would keep this process alive.
process.disconnect();
