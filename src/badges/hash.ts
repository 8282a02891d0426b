/**
 * Small deterministic string hash for ids in generated markup.
 */

/** 32-bit FNV-1a over the UTF-16 code units of `text`, as 7 base-36 digits. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}
