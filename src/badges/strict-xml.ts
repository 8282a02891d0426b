/**
 * A deliberately strict, dependency-free XML parser used as a test oracle:
 * it accepts only elements, attributes, text and the five predefined or
 * numeric character references, and throws on anything not well-formed
 * (or merely unusual, like comments), so renderer output can be checked.
 */

/** A parsed element; text children are decoded. */
export interface ParsedElement {
  readonly name: string;
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: readonly (ParsedElement | string)[];
}

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const isNameStart = (c: string): boolean =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === ':';
const isNameChar = (c: string): boolean => isNameStart(c) || (c >= '0' && c <= '9') || c === '-' || c === '.';
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** True if the code point is allowed in an XML 1.0 document. */
export function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 || cp === 0xa || cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** Parses a document holding exactly one root element; throws a SyntaxError with the offset otherwise. */
export function parseStrictXml(input: string): ParsedElement {
  let i = 0;
  const fail = (why: string): never => {
    throw new SyntaxError(`${why} at offset ${i}`);
  };
  for (const ch of input) {
    const cp = ch.codePointAt(0) ?? 0;
    // A lone surrogate comes out of the iterator as a single code unit in D800..DFFF.
    if (!isXmlChar(cp)) fail(`illegal character U+${cp.toString(16)}`);
  }
  const peek = (s: string): boolean => input.startsWith(s, i);
  const skipSpace = (): void => {
    while (i < input.length && isSpace(input[i] ?? '')) i++;
  };
  const name = (): string => {
    const start = i;
    if (!isNameStart(input[i] ?? '')) fail('expected a name');
    while (i < input.length && isNameChar(input[i] ?? '')) i++;
    return input.slice(start, i);
  };
  const reference = (): string => {
    const end = input.indexOf(';', i);
    if (end < 0 || end - i > 12) fail('unterminated reference');
    const body = input.slice(i + 1, end);
    i = end + 1;
    if (body.startsWith('#')) {
      const hex = body.startsWith('#x');
      const digits = body.slice(hex ? 2 : 1);
      const ok = digits.length > 0 && [...digits].every((d) => (hex ? '0123456789abcdefABCDEF' : '0123456789').includes(d));
      const cp = ok ? Number.parseInt(digits, hex ? 16 : 10) : -1;
      if (!isXmlChar(cp)) fail(`bad character reference &${body};`);
      return String.fromCodePoint(cp);
    }
    const value = PREDEFINED[body];
    if (value === undefined) fail(`unknown entity &${body};`);
    return value ?? '';
  };
  const element = (): ParsedElement => {
    if (!peek('<')) fail('expected <');
    i++;
    const tag = name();
    const attrs = new Map<string, string>();
    for (;;) {
      const hadSpace = isSpace(input[i] ?? '');
      skipSpace();
      if (peek('/>')) {
        i += 2;
        return { name: tag, attrs, children: [] };
      }
      if (peek('>')) {
        i++;
        break;
      }
      if (!hadSpace) fail('expected whitespace before attribute');
      const key = name();
      if (attrs.has(key)) fail(`duplicate attribute ${key}`);
      skipSpace();
      if (!peek('=')) fail('expected =');
      i++;
      skipSpace();
      const quote = input[i];
      if (quote !== '"' && quote !== "'") fail('attribute value must be quoted');
      i++;
      let value = '';
      while (i < input.length && input[i] !== quote) {
        const c = input[i] ?? '';
        if (c === '<') fail('raw < in attribute value');
        if (c === '&') value += reference();
        else {
          value += c;
          i++;
        }
      }
      if (i >= input.length) fail('unterminated attribute value');
      i++;
      attrs.set(key, value);
    }
    const children: (ParsedElement | string)[] = [];
    let text = '';
    for (;;) {
      if (i >= input.length) fail(`unclosed <${tag}>`);
      if (peek('</')) {
        i += 2;
        if (name() !== tag) fail(`mismatched close tag for <${tag}>`);
        skipSpace();
        if (!peek('>')) fail('expected >');
        i++;
        if (text !== '') children.push(text);
        return { name: tag, attrs, children };
      }
      if (peek('<!') || peek('<?')) fail('comments, CDATA, doctypes and PIs are not accepted');
      if (peek('<')) {
        if (text !== '') children.push(text);
        text = '';
        children.push(element());
      } else if (peek('&')) {
        text += reference();
      } else {
        if (peek(']]>')) fail(']]> in text');
        text += input[i];
        i++;
      }
    }
  };
  skipSpace();
  const root = element();
  skipSpace();
  if (i !== input.length) fail('content after the root element');
  return root;
}

/** Concatenated text of an element and its descendants, in document order. */
export function textContent(node: ParsedElement | string): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}
