// npm run screenshot -- OUT_PNG_DIR PATH...: serves OUT_DIR and screenshots each path at desktop and phone widths, light and dark.
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { outputDir } from './lib/cli-paths.ts';
import { createStaticServer } from './lib/static-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser.ts';

const [outPng = 'screenshots', ...paths] = process.argv.slice(2);
const server = createStaticServer(outputDir()).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
fs.mkdirSync(outPng, { recursive: true });
const onlyLight = process.env['SHOT_SCHEMES'] === 'light';
for (const p of paths) {
  for (const [label, width] of [['desktop', 1280], ['phone', 390]] as const) {
    for (const scheme of onlyLight ? (['light'] as const) : (['light', 'dark'] as const)) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(origin + p);
      const name = `${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${label}-${scheme}.png`;
      await page.screenshot({ path: path.join(outPng, name), fullPage: process.env['SHOT_FULL'] !== '0' });
      await page.close();
    }
  }
}
await browser.close();
server.close();
