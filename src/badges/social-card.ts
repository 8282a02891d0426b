/**
 * Renders the Open Graph social card to PNG with satori and sharp.
 */
import satori from 'satori';
import sharp from 'sharp';
import { loadInterFonts } from './font.ts';
import { SOCIAL_CARD, socialCardLayout, type SocialCardInput } from './social-card-layout.ts';

/** A font as satori's `fonts` option takes it. */
export interface SatoriFont {
  readonly name: string;
  readonly data: Buffer;
  readonly weight: 400 | 700;
  readonly style: 'normal';
}

let fonts: SatoriFont[] | undefined;

/**
 * Inter for satori. The latin-ext file gets its own family name: satori keeps
 * one font per family and weight, so under one name the second file is ignored.
 */
export function socialCardFonts(): SatoriFont[] {
  fonts ??= loadInterFonts().map((f) => ({
    name: f.subset === 'latin' ? 'Inter' : 'Inter Latin Ext',
    data: f.data,
    weight: f.weight,
    style: f.style,
  }));
  return fonts;
}

/** Renders the card to SVG (text drawn as paths, so no fonts are needed to view it). */
export async function renderSocialCardSvg(input: SocialCardInput): Promise<string> {
  return satori(socialCardLayout(input), {
    width: SOCIAL_CARD.width,
    height: SOCIAL_CARD.height,
    fonts: socialCardFonts(),
  });
}

/** Renders a 1200x630 PNG Open Graph card. */
export async function renderSocialCardPng(input: SocialCardInput): Promise<Buffer> {
  const svg = await renderSocialCardSvg(input);
  // Plain deflate, no palette: quantising to a palette halved the file (30 KB against 66 KB) but took
  // 55 of the 110 ms a card cost, and a large archive renders one card per cell.
  return sharp(Buffer.from(svg)).png().toBuffer();
}
