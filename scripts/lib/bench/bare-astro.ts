// node scripts/lib/bench/bare-astro.ts PAGES.json OUT_DIR: the bare Astro build the benchmark
// measures the real build against. The same page set (from bare-plan.ts), the same layout, styles,
// public files and build settings, one process, a one-paragraph body per page.
import path from 'node:path';
import { build } from 'astro';
import { BARE_PAGES } from './bare-pages.ts';

const [pagesFile, outDir] = process.argv.slice(2);
if (pagesFile === undefined || outDir === undefined) throw new Error('bare-astro: expected PAGES.json OUT_DIR arguments');
(globalThis as Record<symbol, unknown>)[BARE_PAGES] = path.resolve(pagesFile);
const root = path.resolve(import.meta.dirname, '../../..');
await build({
  root,
  configFile: false,
  srcDir: path.join(import.meta.dirname, 'bare-site'),
  outDir: path.resolve(outDir),
  cacheDir: path.resolve(outDir, '..', '.bare-astro-cache'),
  logLevel: 'warn',
  output: 'static',
  site: 'https://sweepsite.example',
  trailingSlash: 'always',
  // As astro.config.mjs builds the real site.
  build: { format: 'directory', concurrency: 8, inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
