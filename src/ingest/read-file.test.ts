import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { bytePosition, firstInvalidUtf8, readRegularFile } from './read-file.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'read-file-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('readRegularFile', () => {
  it('reads a file and a link to one', () => {
    fs.writeFileSync(path.join(tmp, 'a.json'), '{}');
    fs.symlinkSync('a.json', path.join(tmp, 'link.json'));
    expect(readRegularFile(path.join(tmp, 'link.json'))).toEqual({ ok: true, bytes: Buffer.from('{}') });
  });

  it('names what stands where a file should, without opening a pipe', () => {
    fs.mkdirSync(path.join(tmp, 'dir.json'));
    execFileSync('mkfifo', [path.join(tmp, 'pipe.json')]);
    fs.symlinkSync('loop-b.json', path.join(tmp, 'loop-a.json'));
    fs.symlinkSync('loop-a.json', path.join(tmp, 'loop-b.json'));
    const message = (name: string): string => {
      const r = readRegularFile(path.isAbsolute(name) ? name : path.join(tmp, name));
      return r.ok ? 'read' : r.message;
    };
    expect(message('dir.json')).toBe('expected a regular file, found a folder');
    expect(message('pipe.json')).toBe('expected a regular file, found a named pipe (FIFO)');
    expect(message('loop-a.json')).toBe('expected a readable file, found a loop of symbolic links');
    expect(message('missing.json')).toBe('expected a readable file, found nothing there');
    expect(message('/dev/null')).toBe('expected a regular file, found a device');
  });
});

describe('firstInvalidUtf8', () => {
  it.each<[number[], number]>([
    [[0x7b, 0x7d], -1],
    [[0xc3, 0xa9], -1],
    [[0xf0, 0x9f, 0x98, 0x80], -1],
    [[0x7b, 0xff, 0x7d], 1],
    [[0x41, 0xc3], 1],
    [[0x41, 0x42, 0xe2, 0x28, 0xa1], 2],
    [[0xc0, 0x80], 0],
    [[0xed, 0xa0, 0x80], 0],
  ])('%j -> %d', (bytes, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
  });

  it('says where in lines and bytes', () => {
    expect(bytePosition(Buffer.from('a\nb\nc'), 4)).toBe('line 3, byte 5');
  });
});
