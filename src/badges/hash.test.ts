import { describe, expect, it } from 'vitest';
import { fnv1a } from './hash.ts';

describe('fnv1a', () => {
  // Reference values of 32-bit FNV-1a: '' -> 0x811c9dc5, 'a' -> 0xe40c292c, 'foobar' -> 0xbf9cf968.
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('%j', (text, value) => expect(fnv1a(text)).toBe(value.toString(36).padStart(7, '0')));

  it('is fixed-width and differs for near-identical input', () => {
    expect(fnv1a('badge 55%')).toHaveLength(7);
    expect(fnv1a('badge 55%')).not.toBe(fnv1a('badge 56%'));
  });
});
