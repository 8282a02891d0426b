/**
 * JSON for a `<script type="application/json">` element. A script element's text ends at the
 * first `</script`, and `<!--` changes how the browser finds that end, so the serialised JSON
 * must never contain `<`; `>` and `&` are escaped too so the text is inert in any HTML context,
 * and U+2028 / U+2029 so it is also valid JavaScript source. Every escape is a JSON `\uXXXX`
 * escape, so `JSON.parse` gives back exactly the value that was serialised.
 */

const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * Serialises `value` for inlining as the text of a `<script type="application/json">`.
 *
 * @example
 * scriptJson({ name: '</script><b>' }); // '{"name":"\\u003c/script\\u003e\\u003cb\\u003e"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => ESCAPES[c] ?? c);
}
