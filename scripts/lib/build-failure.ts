import { displayPath } from '../../src/ingest/paths.ts';
import { describeFsError } from '../../src/ingest/read-file.ts';

/** Error codes a user's machine causes (a full disk, a read-only folder, a permission), not a bug in the build. */
const USER_CAUSED = new Set(['ENOSPC', 'EROFS', 'EACCES', 'EPERM', 'EDQUOT', 'EIO', 'ENAMETOOLONG', 'ELOOP', 'ENOTDIR', 'EMFILE', 'ENFILE']);

/** An fs error as Node reports it in a message, e.g. `ENOSPC: no space left on device, write '/x/y'`. */
const FS_ERROR_TEXT = /\b(E[A-Z]+): [^,\n]*, (\w+) '([^'\n]+)'/;

/**
 * One line saying why a build failed, naming the path and the problem when the file system caused
 * it (a full disk, a read-only or unwritable folder), from an error thrown here or the text a
 * render process or the search indexer printed; `site` names the output when the error names no
 * path. Null when the failure is not one of those: a bug, whose details the caller shows.
 *
 * @example
 * describeBuildFailure(Object.assign(new Error('x'), { code: 'EROFS', syscall: 'mkdir', path: '/srv/dist.staging-9' }));
 * // 'cannot write /srv/dist.staging-9: a read-only file system'
 */
export function describeBuildFailure(e: unknown, site = 'the site'): string | null {
  const err = e as (NodeJS.ErrnoException & { stderr?: unknown }) | null;
  if (err?.code !== undefined && USER_CAUSED.has(err.code)) {
    // A write to an open file names no path: the site being written is the best there is.
    return `cannot ${verbOf(err.syscall)} ${typeof err.path === 'string' ? displayPath(err.path) : site}: ${describeFsError(err)}`;
  }
  const text = e instanceof Error ? `${e.message}\n${typeof err?.stderr === 'string' ? err.stderr : ''}` : String(e);
  const m = FS_ERROR_TEXT.exec(text);
  if (m !== null && USER_CAUSED.has(m[1] as string)) return `cannot ${verbOf(m[2])} ${displayPath(m[3] as string)}: ${describeFsError({ code: m[1] })}`;
  if (/No space left on device|os error 28/i.test(text)) return `cannot write ${site}: ${describeFsError({ code: 'ENOSPC' })}`;
  return null;
}

function verbOf(syscall: string | undefined): string {
  return syscall === 'open' || syscall === 'read' || syscall === 'scandir' || syscall === 'stat' || syscall === 'lstat' ? 'read or write' : 'write';
}
