import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderSocialCardPng, socialCardFonts } from './social-card.ts';
import { SOCIAL_CARD, socialCardLayout, type SocialCardInput } from './social-card-layout.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const input: SocialCardInput = {
  title: 'openhands × meta/llama-3.3-70b-instruct on SWE-bench Verified',
  subtitle: '500 tasks · 3 seeds · June 2025',
  stats: [
    { label: 'pass rate', value: '55% ±6' },
    { label: 'resolved', value: '277' },
    { label: 'cost', value: '$41.20' },
    { label: 'median time', value: '6m 12s' },
  ],
  footer: 'sweeps.example.org/openhands/llama-3.3-70b',
  siteName: 'sweepsite',
};

describe('renderSocialCardPng', () => {
  it.each([
    ['typical', input],
    ['long title, latin-ext, CJK and emoji, no stats', { ...input, title: `Łódź ${'very-long-model-identifier-'.repeat(12)} 日本 🦙`, stats: [] }],
  ])('renders a 1200x630 PNG (%s)', async (_name, card) => {
    const png = await renderSocialCardPng(card);
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });

  it('clamps a long title to two lines in satori layout', async () => {
    const title = 'openhands × meta/llama-3.3-70b-instruct '.repeat(10).trim();
    const heights: number[] = [];
    await satori(socialCardLayout({ ...input, title }), {
      width: SOCIAL_CARD.width,
      height: SOCIAL_CARD.height,
      fonts: socialCardFonts(),
      onNodeDetected: (node) => {
        if (node.textContent?.startsWith('openhands × meta') === true && node.props['style']?.lineClamp === 2) heights.push(node.height);
      },
    });
    const line = SOCIAL_CARD.titleSize * SOCIAL_CARD.titleLineHeight;
    expect(heights.length).toBeGreaterThan(0);
    for (const h of heights) {
      expect(h).toBeGreaterThan(line * 1.5);
      expect(h).toBeLessThanOrEqual(2 * Math.ceil(line) + 1);
    }
  });
});
