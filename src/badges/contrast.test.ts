import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHex, relativeLuminance } from './contrast.ts';

describe('parseHex', () => {
  it.each([
    ['#ffffff', { r: 255, g: 255, b: 255 }],
    ['000000', { r: 0, g: 0, b: 0 }],
    ['#0f2F66', { r: 15, g: 47, b: 102 }],
    ['#abc', { r: 0xaa, g: 0xbb, b: 0xcc }],
  ])('%s', (hex, rgb) => expect(parseHex(hex)).toEqual(rgb));

  it.each(['', '#ff', '#fffffff', 'red', '#ggg000', '#12345'])('rejects %j', (hex) => {
    expect(() => parseHex(hex)).toThrow(TypeError);
  });
});

describe('relativeLuminance', () => {
  it.each([
    ['#ffffff', 1],
    ['#000000', 0],
    ['#ff0000', 0.2126],
    ['#00ff00', 0.7152],
    ['#0000ff', 0.0722],
    // sRGB 128 -> ((128/255 + 0.055) / 1.055)^2.4
    ['#808080', 0.21586],
  ])('%s is %f', (hex, expected) => expect(relativeLuminance(hex)).toBeCloseTo(expected, 4));
});

describe('contrastRatio', () => {
  it.each([
    ['#ffffff', '#000000', 21],
    ['#000000', '#ffffff', 21],
    ['#777777', '#777777', 1],
    // Well-known reference points: #767676 is the lightest grey passing AA on white; #777777 fails.
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
    ['#555555', '#ffffff', 7.46],
  ])('%s vs %s = %f', (a, b, expected) => expect(contrastRatio(a, b)).toBeCloseTo(expected, 2));
});
