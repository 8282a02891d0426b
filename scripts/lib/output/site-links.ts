import fs from 'node:fs';
import path from 'node:path';
import { fileOf } from '../postprocess/site-files.ts';

/**
 * Makes `sitePath` a relative symbolic link to `targetPath` (both site paths; a folder path ends
 * in `/`) under `siteDir`: the site serves the target's bytes at both addresses, and a link keeps
 * meaning wherever the site is moved.
 */
export function linkSitePath(siteDir: string, sitePath: string, targetPath: string): void {
  const at = fileOf(siteDir, sitePath.replace(/\/$/, ''));
  const target = fileOf(siteDir, targetPath.replace(/\/$/, ''));
  fs.mkdirSync(path.dirname(at), { recursive: true });
  fs.symlinkSync(path.relative(path.dirname(at), target), at);
}
