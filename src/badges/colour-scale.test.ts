import { describe, expect, it } from 'vitest';
import { COLOUR_SCALE, LABEL_COLOUR, NOT_SCORED_COLOUR, TEXT_COLOUR, TONE_COLOURS, scoreColour, toneColour } from './colour-scale.ts';
import { deltaE, hexToLinear, simulateDeficiency, type Deficiency } from './colour-vision.ts';
import { contrastRatio } from './contrast.ts';

const [darkBlue, blue, greyTeal, orange, vermilion] = COLOUR_SCALE.map((s) => s.colour);

describe('scoreColour', () => {
  it.each([
    [1, darkBlue],
    [0.95, darkBlue],
    [0.8, darkBlue],
    [0.7999, blue],
    [0.6, blue],
    [0.5999, greyTeal],
    [0.4, greyTeal],
    [0.3999, orange],
    [0.2, orange],
    [0.1999, vermilion],
    [0, vermilion],
    [-0.5, vermilion],
    [1.5, darkBlue],
    [null, NOT_SCORED_COLOUR],
    [undefined, NOT_SCORED_COLOUR],
    [Number.NaN, NOT_SCORED_COLOUR],
    [Number.POSITIVE_INFINITY, NOT_SCORED_COLOUR],
  ])('score %s -> %s', (score, colour) => expect(scoreColour(score)).toBe(colour));
});

describe('toneColour', () => {
  it.each([
    ['good', darkBlue],
    ['bad', vermilion],
    ['neutral', NOT_SCORED_COLOUR],
  ] as const)('%s -> %s', (tone, colour) => expect(toneColour(tone)).toBe(colour));

  const vision: readonly (Deficiency | 'typical')[] = ['typical', 'protan', 'deutan', 'tritan'];
  it.each(vision)('good, bad and neutral stay >= 20 ΔE apart for %s vision, with white text at >= 4.5:1', (v) => {
    const seen = (hex: string) => (v === 'typical' ? hexToLinear(hex) : simulateDeficiency(hexToLinear(hex), v));
    const colours = Object.values(TONE_COLOURS);
    for (const c of colours) expect(contrastRatio(c, TEXT_COLOUR)).toBeGreaterThanOrEqual(4.5);
    for (let i = 0; i < colours.length; i++) {
      for (let j = i + 1; j < colours.length; j++) {
        const a = colours[i] ?? '';
        const b = colours[j] ?? '';
        expect(deltaE(seen(a), seen(b)), `${a} vs ${b}`).toBeGreaterThanOrEqual(20);
      }
    }
  });
});

describe('COLOUR_SCALE data', () => {
  it('is ordered from the highest threshold down to 0', () => {
    const mins = COLOUR_SCALE.map((s) => s.min);
    expect(mins).toEqual([...mins].sort((a, b) => b - a));
    expect(mins.at(-1)).toBe(0);
    expect(new Set(COLOUR_SCALE.map((s) => s.colour)).size).toBe(COLOUR_SCALE.length);
  });

  const backgrounds: readonly (readonly [string, string])[] = [
    ...COLOUR_SCALE.map((s) => [s.name, s.colour] as const),
    ['not scored', NOT_SCORED_COLOUR],
    ['label', LABEL_COLOUR],
  ];
  it.each(backgrounds)(
    '%s (%s) keeps white text at >= 4.5:1',
    (_name, colour) => expect(contrastRatio(colour, TEXT_COLOUR)).toBeGreaterThanOrEqual(4.5),
  );

  const vision: readonly (Deficiency | 'typical')[] = ['typical', 'protan', 'deutan', 'tritan'];
  const colours = [...COLOUR_SCALE.map((s) => s.colour), NOT_SCORED_COLOUR];
  it.each(vision)('all score colours and "not scored" stay >= 10 ΔE apart for %s vision', (v) => {
    const seen = (hex: string) => (v === 'typical' ? hexToLinear(hex) : simulateDeficiency(hexToLinear(hex), v));
    for (let i = 0; i < colours.length; i++) {
      for (let j = i + 1; j < colours.length; j++) {
        const a = colours[i] ?? '';
        const b = colours[j] ?? '';
        expect(deltaE(seen(a), seen(b)), `${a} vs ${b}`).toBeGreaterThanOrEqual(10);
      }
    }
  });
});
