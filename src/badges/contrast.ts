/**
 * WCAG 2.x relative luminance and contrast ratio for sRGB hex colours.
 * https://www.w3.org/TR/WCAG21/#dfn-relative-luminance
 */

/** An sRGB colour as channel values in 0..255. */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** Parses `#rrggbb` or `#rgb` (the `#` is optional); throws on anything else. */
export function parseHex(hex: string): Rgb {
  const digits = hex.startsWith('#') ? hex.slice(1) : hex;
  if (!/^(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(digits)) {
    throw new TypeError(`not a hex colour: ${JSON.stringify(hex)}`);
  }
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return {
    r: Number.parseInt(full.slice(0, 2), 16),
    g: Number.parseInt(full.slice(2, 4), 16),
    b: Number.parseInt(full.slice(4, 6), 16),
  };
}

/** Converts one 0..255 sRGB channel to linear light in 0..1. */
export function srgbToLinear(channel: number): number {
  const c = channel / 255;
  // 0.04045 is the threshold of the sRGB standard; WCAG 2.x quotes 0.03928, which
  // gives the same result for every 8-bit value.
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a hex colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const { r, g, b } = parseHex(hex);
  return 0.2126 * srgbToLinear(r) + 0.7152 * srgbToLinear(g) + 0.0722 * srgbToLinear(b);
}

/** WCAG contrast ratio between two hex colours, 1 to 21, independent of order. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
