import { describe, expect, it } from 'vitest';
import { loadInterFonts } from './font.ts';

describe('loadInterFonts', () => {
  it('loads weights 400 and 700, latin before latin-ext, as WOFF 1', () => {
    const fonts = loadInterFonts();
    expect(fonts.map((f) => `${f.weight}/${f.subset}`)).toEqual(['400/latin', '400/latin-ext', '700/latin', '700/latin-ext']);
    for (const f of fonts) expect(f.data.toString('latin1', 0, 4)).toBe('wOFF');
  });

  it('reads the files once', () => {
    expect(loadInterFonts()).toBe(loadInterFonts());
  });
});
