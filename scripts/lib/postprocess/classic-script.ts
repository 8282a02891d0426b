import vm from 'node:vm';

/**
 * A module bundle as a classic script, or null when it cannot be one.
 *
 * Chromium will not run `<script type="module" src>` from file:// (the page's origin is null, and
 * module scripts are fetched with CORS), so the offline build loads a classic copy instead. The copy
 * wraps the bundle in a strict function, which keeps what a module gives its code: strict mode, its
 * own top-level scope (two bundles' minified `function e(){}` must not overwrite each other as
 * globals) and `this` undefined. It is null when the bundle has module syntax: a static `import` or
 * `export`, `import.meta` or top-level `await` (all fail to compile as a script, checked by V8
 * without running anything), or a dynamic `import(` (which file:// blocks too). Such a bundle stays
 * a module script; inlining it is not an option (pages never inline code or data).
 */
export function toClassicScript(code: string): string | null {
  const wrapped = `(function () {\n'use strict';\n${code}\n})();\n`;
  try {
    new vm.Script(wrapped);
  } catch {
    return null;
  }
  return /\bimport\s*\(/.test(code) ? null : wrapped;
}

/** Where the classic copy of a bundle is written: beside it, `x.js` -> `x.classic.js`. */
export function classicPathOf(bundlePath: string): string {
  return bundlePath.replace(/(\.m?js)?$/, '.classic.js');
}
