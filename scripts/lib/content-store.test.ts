import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openContentStore } from './content-store.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const tempDir = (): string => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'content-store-'));
  dirs.push(d);
  return d;
};

describe('openContentStore', () => {
  it('hands back what was kept, to a later build too', () => {
    const dir = tempDir();
    const file = openContentStore(dir).put('badge-a', 'svg', '<svg/>');
    expect(path.basename(file)).toMatch(/^badge-a-[0-9a-f]{20}\.svg$/);
    expect(openContentStore(dir).get('badge-a', 'svg')).toBe(file);
    expect(openContentStore(dir).get('badge-a', 'png')).toBeNull();
    expect(openContentStore(dir).get('badge-b', 'svg')).toBeNull();
  });

  it('removes a file whose bytes no longer match its name, and hands out nothing for it', () => {
    const dir = tempDir();
    const file = openContentStore(dir).put('card', 'png', Buffer.from([1, 2, 3]));
    fs.writeFileSync(file, Buffer.from([1, 2, 4]));
    expect(openContentStore(dir).get('card', 'png')).toBeNull();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('hands out nothing when asked not to reuse (--no-cache), and still keeps what it is given', () => {
    const dir = tempDir();
    openContentStore(dir).put('badge', 'svg', 'old');
    const fresh = openContentStore(dir, false);
    expect(fresh.get('badge', 'svg')).toBeNull();
    const file = fresh.put('badge', 'svg', 'new');
    expect(fresh.get('badge', 'svg')).toBe(file);
  });
});
