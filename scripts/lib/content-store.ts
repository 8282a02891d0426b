import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { replaceFile } from './artifacts/write-file.ts';

/**
 * A folder of drawn files (badges, social cards) kept between builds, each named by the key of
 * what it was drawn from and the digest of its bytes: `<key>-<sha256 prefix>.<ext>`. A file is
 * handed out only after its bytes are checked against its name; a damaged one is removed and
 * drawn again, never published.
 */
export interface ContentStore {
  /** The path of the whole file kept under `key`, or null (none kept, or it was damaged). */
  get(key: string, ext: string): string | null;
  /** Keeps `bytes` under `key` and returns the path. */
  put(key: string, ext: string, bytes: string | Buffer): string;
}

const DIGEST_CHARS = 20;
const digestOf = (bytes: Uint8Array): string => crypto.createHash('sha256').update(bytes).digest('hex').slice(0, DIGEST_CHARS);

/** Opens the store in `dir`, listing it once; with `reuse` false it hands nothing out (--no-cache) but still keeps. */
export function openContentStore(dir: string, reuse = true): ContentStore {
  fs.mkdirSync(dir, { recursive: true });
  const byKey = new Map<string, string>();
  for (const name of reuse ? fs.readdirSync(dir) : []) {
    const m = /^(.+)-([0-9a-f]{20})\.([a-z0-9]+)$/.exec(name);
    if (m !== null) byKey.set(`${m[1]}.${m[3]}`, name);
  }
  return {
    get(key, ext) {
      const name = byKey.get(`${key}.${ext}`);
      if (name === undefined) return null;
      const file = path.join(dir, name);
      const digest = name.slice(key.length + 1, key.length + 1 + DIGEST_CHARS);
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(file);
      } catch {
        byKey.delete(`${key}.${ext}`);
        return null;
      }
      if (digestOf(bytes) === digest) return file;
      fs.rmSync(file, { force: true });
      byKey.delete(`${key}.${ext}`);
      return null;
    },
    put(key, ext, bytes) {
      const buf = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
      const name = `${key}-${digestOf(buf)}.${ext}`;
      const file = path.join(dir, name);
      replaceFile(file, buf);
      byKey.set(`${key}.${ext}`, name);
      return file;
    },
  };
}
