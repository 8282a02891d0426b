import { expect, it } from 'vitest';
import { contrastRatio } from '../badges/contrast.ts';
import { heatColour } from './heatmap.ts';

/** hsl(h s% l%) to #rrggbb. */
function hslToHex(css: string): string {
  const [h = 0, s = 0, l = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const f = (n: number): string => {
    const k = (n + h / 30) % 12;
    const c = l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255).toString(16).padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

it('keeps heatmap text at 4.5:1 or better for every pass rate', () => {
  for (let v = 0; v <= 1.0001; v += 0.01) {
    const { fill, text } = heatColour(v);
    expect(contrastRatio(hslToHex(fill), text), `pass rate ${v.toFixed(2)}`).toBeGreaterThanOrEqual(4.5);
  }
});
