/**
 * A small start-tag scanner and attribute rewriter for the HTML this site's build writes.
 *
 * It is a careful regex, not a full HTML parser, and relies on what Astro emits:
 * - a start tag is `<name` followed by attributes whose values are double-quoted (Astro's own
 *   `addAttribute`), or single-quoted / unquoted as written in a template; a quoted value may hold
 *   a raw `>` or `<` (Astro escapes only `&` and `"` in attribute values, so a `data:` favicon
 *   keeps its `<svg>`), which is why attributes are matched value by value rather than by `[^>]*`;
 * - text is escaped (`&lt;`), so a literal `<a href="…">` in prose or a code block is never a tag;
 * - the bodies of `<script>`, `<style>`, `<textarea>` and `<title>` and comments are passed through
 *   untouched, so a string like `'<a href="/x">'` inside a script is not rewritten;
 * - character references in a value (`&quot;`, `&amp;`) are left as they are: values are rewritten
 *   raw, never decoded and re-encoded.
 * Anything the scanner does not recognise is copied unchanged; the link check test catches a miss.
 */

/** One attribute of a start tag, as written. */
export interface TagAttribute {
  /** Attribute name as written, e.g. `href`. */
  name: string;
  /** The raw (still escaped) value, or null for a bare attribute such as `defer`. */
  value: string | null;
}

/**
 * A start tag handed to a visitor, in pieces as written so it can be rebuilt:
 * `<${rawName}${source}${close}>`. Attributes are parsed only on demand (`parseAttributes(source)`):
 * most tags are passed over on their raw text alone.
 */
export interface StartTag {
  /** Lower-case element name, e.g. `script`. */
  name: string;
  /** Element name as written (SVG names such as `linearGradient` are case-sensitive). */
  rawName: string;
  /** Everything between the name and the closing `>` or `/>`, with its leading space. */
  source: string;
  /** Whitespace and `/` before `>`, usually empty. */
  close: string;
}

const ATTRIBUTE_SOURCE = String.raw`\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?`;
const TOKEN = new RegExp(String.raw`<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<([a-zA-Z][a-zA-Z0-9:-]*)((?:${ATTRIBUTE_SOURCE})*)(\s*/?)>`, 'g');
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
/** Elements whose body is text, not markup: the scanner jumps to their end tag. */
const RAW_TEXT_END: ReadonlyMap<string, RegExp> = new Map(['script', 'style', 'textarea', 'title'].map((n) => [n, new RegExp(`</${n}`, 'gi')]));

const NAMED_ENTITIES: Readonly<Record<string, string>> = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' };

/** Decodes the character references an HTML writer puts in attribute values and text (`&quot;`, `&#39;`, `&#x27;`, …). */
export function decodeAttribute(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(quot|apos|lt|gt|amp));/gi, (whole: string, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    const code = dec !== undefined ? Number(dec) : hex !== undefined ? Number.parseInt(hex, 16) : undefined;
    if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return NAMED_ENTITIES[(name ?? '').toLowerCase()] ?? whole;
  });
}

/** Parses the attribute part of a start tag (everything between the name and `>`). */
export function parseAttributes(source: string): TagAttribute[] {
  const out: TagAttribute[] = [];
  for (const m of source.matchAll(ATTRIBUTE)) out.push({ name: m[2] ?? '', value: m[4] ?? m[5] ?? m[6] ?? null });
  return out;
}

/**
 * Rewrites the attribute values of one start tag's attribute source. `rewrite` gets the lower-case
 * name and raw value and returns the new raw value, or undefined to keep it. Quoting is kept.
 */
export function rewriteAttributeSource(source: string, rewrite: (name: string, value: string) => string | undefined): string {
  return source.replace(ATTRIBUTE, (whole: string, space: string, name: string, eq: string | undefined, dq: string | undefined, sq: string | undefined, bare: string | undefined) => {
    const value = dq ?? sq ?? bare;
    if (value === undefined || eq === undefined) return whole;
    const next = rewrite(name.toLowerCase(), value);
    if (next === undefined || next === value) return whole;
    const quote = dq !== undefined ? '"' : sq !== undefined ? "'" : '';
    return `${space}${name}${eq}${quote}${next}${quote}`;
  });
}

/**
 * Calls `visit` on every start tag of `html` and splices in what it returns (the whole new start
 * tag), or keeps the tag when it returns undefined. Comments and raw-text element bodies are skipped.
 */
export function mapStartTags(html: string, visit: (tag: StartTag) => string | undefined): string {
  const out: string[] = [];
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m !== null; m = TOKEN.exec(html)) {
    const rawName = m[1];
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    const replacement = visit({ name, rawName, source: m[2] ?? '', close: m[3] ?? '' });
    if (replacement !== undefined) {
      out.push(html.slice(last, m.index), replacement);
      last = m.index + m[0].length;
    }
    const end = RAW_TEXT_END.get(name);
    if (end !== undefined) {
      end.lastIndex = TOKEN.lastIndex;
      TOKEN.lastIndex = end.exec(html)?.index ?? html.length;
    }
  }
  if (last === 0) return html;
  out.push(html.slice(last));
  return out.join('');
}
