/**
 * Simulated colour-vision deficiency and perceptual colour difference, used to
 * check that the score colours stay distinguishable for colour-blind readers.
 */
import { parseHex, srgbToLinear } from './contrast.ts';

/** The three dichromacies (full-severity protanopia, deuteranopia, tritanopia). */
export type Deficiency = 'protan' | 'deutan' | 'tritan';

type Matrix = readonly [readonly number[], readonly number[], readonly number[]];

// Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
const MACHADO: Readonly<Record<Deficiency, Matrix>> = {
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** A colour in linear-light sRGB, channels in 0..1. */
export type LinearRgb = readonly [number, number, number];

/** Converts a hex colour to linear-light sRGB. */
export function hexToLinear(hex: string): LinearRgb {
  const { r, g, b } = parseHex(hex);
  return [srgbToLinear(r), srgbToLinear(g), srgbToLinear(b)];
}

/** Simulates how a reader with the given deficiency perceives a colour. */
export function simulateDeficiency(colour: LinearRgb, deficiency: Deficiency): LinearRgb {
  const clamp = (v: number): number => Math.min(1, Math.max(0, v));
  const row = (m: readonly number[]): number =>
    clamp((m[0] ?? 0) * colour[0] + (m[1] ?? 0) * colour[1] + (m[2] ?? 0) * colour[2]);
  const [m0, m1, m2] = MACHADO[deficiency];
  return [row(m0), row(m1), row(m2)];
}

/** Converts linear sRGB (D65) to CIELAB. */
export function linearToLab([r, g, b]: LinearRgb): readonly [number, number, number] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 colour difference (Euclidean distance in CIELAB) between two linear colours. */
export function deltaE(a: LinearRgb, b: LinearRgb): number {
  const [l1, a1, b1] = linearToLab(a);
  const [l2, a2, b2] = linearToLab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
