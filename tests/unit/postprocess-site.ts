// Helpers of the post-process tests: build a small archive into a folder, list and hash a tree,
// and read the URLs a built file refers to.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { mapStartTags, parseAttributes } from '../../scripts/lib/postprocess/html-tags.ts';
import { listServedFiles } from '../../scripts/lib/postprocess/site-files.ts';
import { REAL_SAMPLE_DIR } from '../helpers/fixtures.ts';

/** Builds `archive` into `outDir` with `scripts/build.ts` and the given flags; throws with its output on failure. */
export function buildInto(outDir: string, flags: readonly string[] = [], archive = REAL_SAMPLE_DIR): void {
  fs.rmSync(outDir, { recursive: true, force: true });
  const run = spawnSync(process.execPath, ['scripts/build.ts', ...flags], {
    env: { ...process.env, SWEEPS_DIR: archive, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', SWEEPSITE_OFFLINE: '', SWEEPSITE_PRECOMPRESS: '' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`build ${flags.join(' ')} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  assertPostprocessed(outDir);
}

/** Fails with a clear message when the build did not run the post-process step (it writes `_headers`). */
export function assertPostprocessed(outDir: string): void {
  if (!fs.existsSync(path.join(outDir, '_headers'))) throw new Error(`${outDir} has no _headers: scripts/build.ts does not call postprocess() from scripts/lib/postprocess/index.ts`);
}

/** Every file of a tree as `site path -> sha256`, in sorted order. */
export function hashTree(outDir: string): Map<string, string> {
  return new Map(listServedFiles(outDir).map((site) => [site, crypto.createHash('sha256').update(fs.readFileSync(path.join(outDir, site))).digest('hex')]));
}

/** A URL found in a built file, with where it was found. */
export interface FoundUrl {
  /** Site path of the file holding it. */
  from: string;
  /** Attribute (`href`, `src`, `srcset`, ...) or `url()` for stylesheets. */
  via: string;
  /** The URL as written, with character references decoded. */
  url: string;
}

const decode = (v: string): string => v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The URLs of every `href`, `src`, `srcset`, `action`, `poster` and `data-src` in a page. */
export function urlsOfPage(from: string, html: string): FoundUrl[] {
  const out: FoundUrl[] = [];
  mapStartTags(html, (tag) => {
    for (const a of parseAttributes(tag.source)) {
      const name = a.name.toLowerCase();
      if (a.value === null) continue;
      if (['href', 'src', 'action', 'poster', 'data-src'].includes(name)) out.push({ from, via: `<${tag.name} ${name}>`, url: decode(a.value) });
      if (name === 'srcset') for (const c of a.value.split(',')) out.push({ from, via: `<${tag.name} srcset>`, url: decode(c.trim().split(/\s+/)[0] ?? '') });
    }
    return undefined;
  });
  return out;
}

/** The `url(...)` references of a stylesheet. */
export function urlsOfStylesheet(from: string, css: string): FoundUrl[] {
  return [...css.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)/g)].map((m) => ({ from, via: 'url()', url: m[2] ?? '' }));
}

/** True for URLs that leave the site or the page: other schemes, protocol-relative, fragment-only. */
export function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#') || url === '';
}

/**
 * The file a site-internal URL names, resolved like a static host (root-relative URLs against the
 * site root, directory URLs to their index.html), or like file:// when `fileMode` (no index files).
 */
export function targetOf(outDir: string, found: FoundUrl, fileMode: boolean): string {
  const pathPart = decodeURIComponent(found.url.split(/[?#]/)[0] ?? '');
  const resolved = pathPart.startsWith('/') ? path.join(outDir, pathPart) : path.join(outDir, path.dirname(found.from), pathPart);
  if (fileMode) return resolved;
  return pathPart.endsWith('/') || pathPart === '' ? path.join(resolved, 'index.html') : resolved;
}
