/**
 * A tiny XML element builder. Markup is only ever produced by `renderXml`,
 * which escapes every text node and attribute value, so callers never build
 * markup by string concatenation.
 */

/** An attribute value; `undefined` omits the attribute. */
export type XmlAttrValue = string | number | undefined;

/** An element node. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, XmlAttrValue>>;
  readonly children: readonly XmlNode[];
}

/** A node: an element or a text node (a plain string). */
export type XmlNode = XmlElement | string;

/** Options for {@link renderXml}. */
export interface RenderXmlOptions {
  /** Indent nested elements with two spaces, one per line (elements holding text stay on one line). */
  readonly pretty?: boolean;
}

// XML 1.0 Name, restricted to ASCII: we only emit SVG vocabulary.
const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

function checkName(name: string): void {
  if (!NAME.test(name)) throw new TypeError(`invalid XML name: ${JSON.stringify(name)}`);
}

/**
 * Builds an element. Throws on an invalid element or attribute name and on a
 * non-finite number, so NaN or Infinity can never reach the output.
 */
export function el(name: string, attrs: Readonly<Record<string, XmlAttrValue>> = {}, ...children: XmlNode[]): XmlElement {
  checkName(name);
  for (const [key, value] of Object.entries(attrs)) {
    checkName(key);
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new RangeError(`attribute ${key} of <${name}> is ${String(value)}`);
    }
  }
  return { name, attrs, children };
}

// C0 controls other than tab, LF and CR; U+FFFE and U+FFFF; surrogates that are not part of a pair.
const ILLEGAL_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that XML 1.0 does not allow anywhere in a document. */
export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, '');
}

/** Escapes text-node content: `&`, `<` and `>` (the last so `]]>` can never appear). */
export function escapeText(text: string): string {
  return stripIllegalXmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const ATTR_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Parsers normalise raw whitespace in attributes to spaces; character references survive.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escapes an attribute value for use inside double quotes. */
export function escapeAttr(value: string): string {
  return stripIllegalXmlChars(value).replace(/[&<>"'\t\n\r]/g, (c) => ATTR_ESCAPES[c] ?? '');
}

function formatNumber(n: number): string {
  // Plain decimals (no "-0", no exponents) keep output readable and snapshots stable.
  if (Object.is(n, -0)) return '0';
  const s = String(n);
  if (!/e/i.test(s)) return s;
  if (Math.abs(n) >= 1) return BigInt(Math.round(n)).toString();
  return n.toFixed(6).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '').replace(/^-0$/, '0');
}

function openTag(node: XmlElement): string {
  let out = `<${node.name}`;
  for (const [key, value] of Object.entries(node.attrs)) {
    if (value === undefined) continue;
    const text = typeof value === 'number' ? formatNumber(value) : escapeAttr(value);
    out += ` ${key}="${text}"`;
  }
  return out;
}

function render(node: XmlNode, pretty: boolean, depth: number): string {
  if (typeof node === 'string') return escapeText(node);
  const open = openTag(node);
  if (node.children.length === 0) return `${open}/>`;
  const hasText = node.children.some((c) => typeof c === 'string');
  if (!pretty || hasText) {
    // Mixed content stays inline: indentation would change the text.
    return `${open}>${node.children.map((c) => render(c, false, 0)).join('')}</${node.name}>`;
  }
  const indent = '  '.repeat(depth + 1);
  const inner = node.children.map((c) => `${indent}${render(c, true, depth + 1)}`).join('\n');
  return `${open}>\n${inner}\n${'  '.repeat(depth)}</${node.name}>`;
}

/** Serialises a node to an XML string (no XML declaration, so it can be inlined in HTML). */
export function renderXml(node: XmlNode, options: RenderXmlOptions = {}): string {
  return render(node, options.pretty ?? false, 0);
}
