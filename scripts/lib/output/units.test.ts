import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sealUnit, unitDamage } from './units.ts';

let dir = '';
afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

/** A sealed unit of `count` small files under `a/`…, in a fresh temp folder. */
function sealedUnit(count: number): string {
  dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'unit-')), 'sweep-key');
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `d${i % 10}`, `f${String(i).padStart(5, '0')}.html`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `<p>page ${i}</p>`);
  }
  sealUnit(dir, 'key');
  return dir;
}

describe('unitDamage', () => {
  it('passes a unit as it was sealed, small (checked in this thread) or large (in worker threads)', async () => {
    await expect(unitDamage(sealedUnit(10), 'key')).resolves.toBeNull();
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    await expect(unitDamage(sealedUnit(4_100), 'key')).resolves.toBeNull();
  });

  it('names the first changed file in manifest order, whichever thread finds it', async () => {
    const unit = sealedUnit(4_100);
    // Same size, other bytes: only the digest tells. Two files, in different threads' shares.
    fs.writeFileSync(path.join(unit, 'd7', 'f03007.html'), '<p>page 9999</p>');
    fs.writeFileSync(path.join(unit, 'd2', 'f00002.html'), '<p>page X</p>');
    await expect(unitDamage(unit, 'key')).resolves.toBe('d2/f00002.html changed');
  });

  it('names a file that changed size, a missing or extra file, another key and a lost manifest', async () => {
    const unit = sealedUnit(10);
    await expect(unitDamage(unit, 'other')).resolves.toBe('it was made under another key');
    fs.appendFileSync(path.join(unit, 'd3', 'f00003.html'), 'more');
    await expect(unitDamage(unit, 'key')).resolves.toBe('d3/f00003.html changed size');
    fs.writeFileSync(path.join(unit, 'extra.html'), '');
    await expect(unitDamage(unit, 'key')).resolves.toBe('its files are not the ones it was sealed with');
    fs.rmSync(`${unit}.unit.json`);
    await expect(unitDamage(unit, 'key')).resolves.toBe('its manifest is missing or unreadable');
  });
});
