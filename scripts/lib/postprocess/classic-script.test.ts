import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { classicPathOf, toClassicScript } from './classic-script.ts';

describe('toClassicScript', () => {
  it.each([
    ['a self-contained bundle', 'function e(){document.title="x"}e();', true],
    ['a bundle with a string that mentions import', 'const s="import x from y";console.log(s)', true],
    ['a static import', 'import{a as e}from"./chunk.js";e();', false],
    ['an export', 'const a=1;export{a};', false],
    ['import.meta', 'console.log(import.meta.url)', false],
    ['top-level await', 'await fetch("x")', false],
    ['a dynamic import', 'document.onclick=()=>import("./lazy.js")', false],
  ])('%s', (_name, code, convertible) => expect(toClassicScript(code) !== null).toBe(convertible));

  it('keeps a module-like scope: strict, no globals leaked, this undefined', () => {
    const classic = toClassicScript('var leaked = 1; function e(){ return 2 } globalThis.result = [typeof this, (function(){ return this })(), e()];');
    expect(classic).not.toBeNull();
    const context: Record<string, unknown> = {};
    vm.runInNewContext(classic ?? '', context);
    expect(context['leaked']).toBeUndefined();
    expect(context['e']).toBeUndefined();
    expect(context['result']).toEqual(['undefined', undefined, 2]);
  });

  it('survives a trailing line comment (source map) in the bundle', () => {
    expect(toClassicScript('f();\n//# sourceMappingURL=x.js.map')).toContain('//# sourceMappingURL=x.js.map\n})();');
  });
});

describe('classicPathOf', () => {
  it.each([
    ['/_astro/a.B1c.js', '/_astro/a.B1c.classic.js'],
    ['/_astro/a.mjs', '/_astro/a.classic.js'],
  ])('%s -> %s', (from, to) => expect(classicPathOf(from)).toBe(to));
});
