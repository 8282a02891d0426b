/**
 * The archive's file reads, each ending in bytes or one sentence naming what is wrong: a
 * permission, a symlink loop, a folder or a pipe where a file should be. Only regular files are
 * opened, and without blocking, so a FIFO or a device in an archive can never hang a build.
 */

import fs from 'node:fs';
import { isUtf8 } from 'node:buffer';

/** Bytes read, or why they could not be. */
export type FileRead = { ok: true; bytes: Buffer } | { ok: false; message: string };

/** What a file-system entry is, in words, for "found …" messages. */
export function describeEntry(stat: fs.Stats | fs.Dirent): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  return 'a regular file';
}

/** The words for a failed file-system call, e.g. `permission denied` for EACCES. */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT': return 'nothing there';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'a loop of symbolic links';
    case 'EISDIR': return 'a folder';
    case 'ENOTDIR': return 'a file where a folder should be on the way';
    case 'ENAMETOOLONG': return 'a name too long for the file system';
    case 'EIO': return 'an input/output error';
    case 'ENOSPC': return 'no space left on the disk';
    case 'EROFS': return 'a read-only file system';
    case 'EMFILE':
    case 'ENFILE': return 'too many open files';
    default: return code === undefined ? String(e instanceof Error ? e.message : e) : `the error ${code}`;
  }
}

/**
 * Reads a file that must be a regular file (following a symbolic link to one). A folder, pipe,
 * socket or device is refused before it is opened; the descriptor is opened non-blocking and
 * checked again, so a file swapped for a pipe in between is refused too.
 */
export function readRegularFile(file: string): FileRead {
  let fd: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { ok: false, message: `expected a regular file, found ${describeEntry(stat)}` };
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (e) {
    return { ok: false, message: `expected a readable file, found ${describeFsError(e)}` };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { ok: false, message: `expected a regular file, found ${describeEntry(stat)}` };
    return { ok: true, bytes: fs.readFileSync(fd) };
  } catch (e) {
    return { ok: false, message: `expected a readable file, found ${describeFsError(e)}` };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The byte offset of the first byte that is not valid UTF-8, or -1 when all of `bytes` is.
 *
 * @example
 * firstInvalidUtf8(Buffer.from([0x7b, 0xff, 0x7d])); // 1
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= bytes.length) return i;
    if (need > 0 && !isUtf8(bytes.subarray(i, i + need + 1))) return i;
    i += need + 1;
  }
  return -1;
}

/** `line L, byte B` (both 1-based) of a byte offset, for messages. */
export function bytePosition(bytes: Uint8Array, offset: number): string {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return `line ${line}, byte ${offset + 1}`;
}
