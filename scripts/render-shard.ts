// One render process of a build: runs Astro over this shard's pages (SWEEPSITE_RENDER_SHARD)
// into OUT_DIR. Started by scripts/lib/render-shards.ts, not by hand.
import { build } from 'astro';

const outDir = process.env['OUT_DIR'];
if (outDir === undefined) throw new Error('render-shard: OUT_DIR is not set');
await build({ logLevel: 'warn', outDir });
