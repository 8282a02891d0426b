import fs from 'node:fs';
import path from 'node:path';

/** Resolves a path the way the CLI promises: relative to the current directory. */
export function resolveFromCwd(p: string): string {
  return path.resolve(process.cwd(), p);
}

/** A path for messages: relative to the current directory when inside it. */
export function displayPath(absolute: string): string {
  const rel = path.relative(process.cwd(), absolute);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? absolute : rel;
}

/** True when `candidate` is `root` or lies inside it, after resolving symlinks of both. */
export function isInside(root: string, candidate: string): boolean {
  let real: string;
  try {
    real = fs.realpathSync(candidate);
  } catch {
    real = path.resolve(candidate);
  }
  const rel = path.relative(fs.realpathSync(root), real);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
