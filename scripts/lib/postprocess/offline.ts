import fs from 'node:fs';
import { classicPathOf, toClassicScript } from './classic-script.ts';
import { rewriteCssUrls } from './css-urls.ts';
import { rewriteHtmlForOffline, type ModuleScripts } from './offline-html.ts';
import { fileOf } from './site-files.ts';
import { replaceFile } from '../artifacts/write-file.ts';

/** What the offline rewrite changed, for the build log. */
export interface OfflineReport {
  /** Pages rewritten. */
  pages: number;
  /** Stylesheets rewritten. */
  stylesheets: number;
  /** Module bundles given a classic copy, by site path. */
  classic: string[];
  /** Module bundles left as modules (module syntax), by site path: blocked from file://. */
  modules: string[];
}

/** Writes the classic copy of each module bundle a page loads, once, on first use. */
function moduleScripts(outDir: string, report: OfflineReport): ModuleScripts {
  const seen = new Map<string, string | undefined>();
  return {
    classicOf(rootPath) {
      const bundle = rootPath.split(/[?#]/)[0] ?? rootPath;
      if (seen.has(bundle)) return seen.get(bundle);
      const file = fileOf(outDir, bundle);
      const code = fs.existsSync(file) ? toClassicScript(fs.readFileSync(file, 'utf8')) : null;
      const copy = code === null ? undefined : classicPathOf(bundle);
      if (copy !== undefined && code !== null) {
        fs.writeFileSync(fileOf(outDir, copy), code);
        report.classic.push(bundle);
      } else report.modules.push(bundle);
      seen.set(bundle, copy);
      return copy;
    },
  };
}

/**
 * Makes a built folder readable from disk: relative URLs in every page and in the emitted
 * stylesheets, classic copies of module bundles. `files` are the folder's site paths, sorted.
 * Every bundle among `files` gets its classic copy, used by these pages or not: a sweep's folder
 * kept from an earlier build loads copies that no page rewritten now asks for.
 */
export function makeOffline(outDir: string, files: readonly string[]): OfflineReport {
  const report: OfflineReport = { pages: 0, stylesheets: 0, classic: [], modules: [] };
  const scripts = moduleScripts(outDir, report);
  for (const site of files) if (isModuleBundle(site)) scripts.classicOf(site);
  for (const site of files) {
    const isPage = site.endsWith('.html');
    const isStylesheet = site.startsWith('/_astro/') && site.endsWith('.css');
    if (!isPage && !isStylesheet) continue;
    const file = fileOf(outDir, site);
    const before = fs.readFileSync(file, 'utf8');
    const after = isPage ? rewriteHtmlForOffline(before, site, scripts) : rewriteCssUrls(before, site);
    if (after === before) continue;
    replaceFile(file, after);
    if (isPage) report.pages++;
    else report.stylesheets++;
  }
  report.classic.sort();
  report.modules.sort();
  return report;
}

/** An emitted script bundle, not itself a classic copy. */
function isModuleBundle(site: string): boolean {
  return site.startsWith('/_astro/') && (site.endsWith('.js') || site.endsWith('.mjs')) && !site.endsWith('.classic.js');
}
