import { describe, expect, it } from 'vitest';
import { deltaE, hexToLinear, linearToLab, simulateDeficiency, type Deficiency } from './colour-vision.ts';

const DEFICIENCIES: readonly Deficiency[] = ['protan', 'deutan', 'tritan'];

describe('linearToLab', () => {
  it.each([
    ['#ffffff', [100, 0, 0]],
    ['#000000', [0, 0, 0]],
    ['#808080', [53.59, 0, 0]],
  ])('%s', (hex, lab) => {
    const got = linearToLab(hexToLinear(hex));
    got.forEach((v, i) => expect(v).toBeCloseTo(lab[i] ?? NaN, 1));
  });
});

describe('simulateDeficiency', () => {
  it.each(DEFICIENCIES)('%s leaves neutral greys nearly unchanged', (d) => {
    for (const grey of ['#ffffff', '#808080', '#333333']) {
      const c = hexToLinear(grey);
      expect(deltaE(c, simulateDeficiency(c, d))).toBeLessThan(2);
    }
  });

  it.each([
    ['protan', '#d62728', '#2ca02c'],
    ['deutan', '#d62728', '#2ca02c'],
  ] as const)('%s collapses red vs green much more than blue vs orange', (d, red, green) => {
    const sim = (hex: string) => simulateDeficiency(hexToLinear(hex), d);
    const redGreen = deltaE(sim(red), sim(green));
    const blueOrange = deltaE(sim('#1f77b4'), sim('#ff7f0e'));
    expect(redGreen).toBeLessThan(deltaE(hexToLinear(red), hexToLinear(green)) / 2);
    expect(blueOrange).toBeGreaterThan(2 * redGreen);
  });
});
