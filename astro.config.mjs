// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The build reads SWEEPS_DIR (default sweeps/) and writes OUT_DIR (default dist/), both relative to the current directory.
const outDir = path.resolve(process.cwd(), process.env.OUT_DIR ?? 'dist');
// Render processes that run at once (scripts/lib/render-shards.ts) each keep their own content store.
const shard = process.env.SWEEPSITE_RENDER_SHARD?.split('/')[0];

export default defineConfig({
  output: 'static',
  outDir,
  ...(shard === undefined ? {} : { cacheDir: `./node_modules/.astro/render-shard-${shard}` }),
  site: process.env.SITE_URL ?? 'https://sweepsite.example',
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 2, inlineStylesheets: 'never' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // MDX pages carry Astro's own module directive; the bundler's warning about it is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
