import { describe, expect, it } from 'vitest';
import { describeBuildFailure } from './build-failure.ts';

const fsError = (code: string, syscall: string, path: string): Error => Object.assign(new Error(`${code}: oops, ${syscall} '${path}'`), { code, syscall, path });

describe('describeBuildFailure', () => {
  it.each([
    [fsError('EROFS', 'mkdir', '/srv/dist.staging-9'), 'cannot write /srv/dist.staging-9: a read-only file system'],
    [fsError('ENOSPC', 'write', '/srv/dist/x.html'), 'cannot write /srv/dist/x.html: no space left on the disk'],
    [fsError('EACCES', 'open', '/srv/dist/x.html'), 'cannot read or write /srv/dist/x.html: permission denied'],
    [new Error("render shard 1 of 2 failed (exit 1):\nError: ENOSPC: no space left on device, write '/srv/dist.staging-9.shard-0/a/index.html'\n    at x (y.js:1:1)"), 'cannot write /srv/dist.staging-9.shard-0/a/index.html: no space left on the disk'],
    [new Error("thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value: Os { code: 28, kind: StorageFull, message: \"No space left on device\" }'"), 'cannot write the site: no space left on the disk'],
    [Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' }), 'cannot write the site: no space left on the disk'],
  ])('%s', (error, line) => {
    expect(describeBuildFailure(error)).toBe(line);
  });

  it('leaves a bug to its caller', () => {
    expect(describeBuildFailure(new TypeError('x is undefined'))).toBeNull();
    expect(describeBuildFailure(fsError('ENOENT', 'open', '/x'))).toBeNull();
  });
});
