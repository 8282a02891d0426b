// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The build reads SWEEPS_DIR (default sweeps/) and writes OUT_DIR (default dist/), both relative to the current directory.
const outDir = path.resolve(process.cwd(), process.env.OUT_DIR ?? 'dist');

export default defineConfig({
  output: 'static',
  outDir,
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
