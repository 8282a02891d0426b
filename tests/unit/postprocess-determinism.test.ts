import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInto, hashTree } from './postprocess-site.ts';

// Two builds of the same archive, with every post-process step on, must be byte-identical:
// same file list, same bytes. Each build takes about 5 s on the ten-cell sample.
describe('building the same archive twice', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sweepsite-determinism-'));
  const a = path.join(root, 'a');
  const b = path.join(root, 'b');

  beforeAll(() => {
    buildInto(a, ['--precompress']);
    buildInto(b, ['--precompress']);
  }, 180_000);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('writes the same files with the same bytes', () => {
    const ta = hashTree(a);
    const tb = hashTree(b);
    expect([...tb.keys()]).toEqual([...ta.keys()]);
    const differing = [...ta].filter(([site, hash]) => tb.get(site) !== hash).map(([site]) => site);
    expect(differing).toEqual([]);
  });

  it('covers the post-process output (crawler files, headers, compressed siblings)', () => {
    const files = [...hashTree(a).keys()];
    for (const f of ['/sitemap.xml', '/robots.txt', '/_headers', '/index.html.br', '/index.html.gz']) expect(files, f).toContain(f);
  });
});
