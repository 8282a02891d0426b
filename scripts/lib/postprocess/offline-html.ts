import { mapStartTags, parseAttributes, rewriteAttributeSource, type TagAttribute } from './html-tags.ts';
import { isRootRelative, relativeUrlFrom } from './relative-url.ts';

/**
 * Attributes whose value is one URL. `content` is not here on purpose: Open Graph and Twitter
 * tags must keep absolute site URLs. `data-src` is the compare picker's data file.
 */
const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'action', 'poster', 'data-src', 'xlink:href']);

/** Some attribute value in an attribute source starts with `/` (or a srcset lists such a URL later). */
const ROOTED_VALUE = /=\s*["']?\/|,\s*\//;

/** Rewrites each URL of a `srcset` value (`a.png 1x, /b.png 2x`), keeping its descriptor. */
export function mapSrcset(value: string, rewrite: (url: string) => string): string {
  return value
    .split(',')
    .map((candidate) => candidate.replace(/^(\s*)(\S+)/, (_w, space: string, url: string) => `${space}${rewrite(url)}`))
    .join(',');
}

/** What the offline rewrite needs to know about module scripts. */
export interface ModuleScripts {
  /**
   * The classic copy of a module bundle, by root path (`/_astro/x.js` -> `/_astro/x.classic.js`),
   * or undefined when the bundle has module syntax and stays a module.
   */
  classicOf(rootPath: string): string | undefined;
}

function attr(attributes: readonly TagAttribute[], name: string): string | null | undefined {
  return attributes.find((a) => a.name.toLowerCase() === name)?.value;
}

/**
 * Rewrites one built page for reading from disk: every root-relative URL in a URL attribute becomes
 * relative to `fromFile` (its site path, e.g. `/sweeps/a/index.html`), and each
 * `<script type="module" src>` whose bundle has a classic copy becomes `<script src="copy" defer>`,
 * because Chromium refuses module scripts from file:// (origin null, so CORS fails).
 */
export function rewriteHtmlForOffline(html: string, fromFile: string, scripts: ModuleScripts): string {
  const relative = relativeUrlFrom(fromFile);
  const toRelative = (url: string): string => (isRootRelative(url) ? relative(url) : url);
  return mapStartTags(html, (tag) => {
    // Fast path: a tag with no value starting with `/` has nothing to rewrite.
    if (!ROOTED_VALUE.test(tag.source)) return undefined;
    let source = tag.source;
    if (tag.name === 'script') {
      const attributes = parseAttributes(source);
      const src = attr(attributes, 'src');
      const classic = attr(attributes, 'type') === 'module' && typeof src === 'string' && isRootRelative(src) ? scripts.classicOf(src) : undefined;
      if (classic !== undefined) {
        // Drop type="module", point src at the classic copy, and keep module timing with defer.
        source = rewriteAttributeSource(source, (name) => (name === 'src' ? classic : undefined)).replace(/\s+type\s*=\s*(?:"module"|'module'|module)(?=[\s/>]|$)/i, '');
        if (attr(attributes, 'defer') === undefined) source += ' defer';
      }
    }
    source = rewriteAttributeSource(source, (name, value) => {
      if (URL_ATTRIBUTES.has(name)) return toRelative(value);
      if (name === 'srcset') return mapSrcset(value, toRelative);
      return undefined;
    });
    return source === tag.source ? undefined : `<${tag.rawName}${source}${tag.close}>`;
  });
}

