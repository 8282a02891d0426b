// Hostile archives and file systems, made at test time in a temporary folder: pipes, devices,
// loops, unreadable files, deep nesting, long ids, colliding addresses, an empty archive over a
// published site. Each case runs the real command and checks the one line it prints, its exit
// code, that it neither hangs nor prints a stack trace, and that no output is half-written.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_CELL_FILE, SEED_SWEEP_DIR } from '../helpers/fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NODE = process.execPath;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-fs-'));
fs.chmodSync(tmp, 0o755);
afterAll(() => {
  spawnSync('chmod', ['-R', 'u+rwX', tmp]);
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Root reads anything; permission cases run the command as nobody instead. */
const IS_ROOT = process.getuid?.() === 0;
const AS_NOBODY = IS_ROOT ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
// Dropping root needs setpriv, and a project the unprivileged user can read.
const canDropRoot = !IS_ROOT || spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'test', '-r', path.join(ROOT, 'scripts', 'validate.ts')]).status === 0;
/** A full disk is a small tmpfs, which only root may mount, and only where the sandbox lets it. */
const canMountTmpfs = ((): boolean => {
  if (!IS_ROOT) return false;
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'tmpfs-probe-'));
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe]).status === 0;
  if (ok) spawnSync('umount', [probe]);
  fs.rmSync(probe, { recursive: true, force: true });
  return ok;
})();

interface Run { status: number | null; out: string; timedOut: boolean }

/** Runs `node scripts/<script>` with `args`; 30 s without an answer counts as a hang. */
function run(script: string, args: readonly string[], env: Record<string, string> = {}, asNobody = false): Run {
  const command = [...(asNobody ? AS_NOBODY : []), NODE, path.join(ROOT, 'scripts', script), ...args];
  const r = spawnSync(command[0] as string, command.slice(1), {
    cwd: ROOT,
    env: { ...process.env, SITE_URL: 'https://hostile.example', SWEEPSITE_CACHE_DIR: path.join(tmp, asNobody ? 'cache-nobody' : 'cache'), ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}`, timedOut: r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' };
}

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

/** Asserts a command failed cleanly: no hang, exit 1, the message, no stack trace. */
function expectNamedFailure(r: Run, message: string | RegExp): void {
  expect(r.timedOut, 'the command hung').toBe(false);
  expect(r.out).toMatch(message);
  expect(r.out).not.toMatch(STACK_FRAME);
  expect(r.status, r.out).toBe(1);
}

const seedCell = JSON.parse(fs.readFileSync(SEED_CELL_FILE, 'utf8')) as Record<string, unknown>;
const seedManifest = JSON.parse(fs.readFileSync(path.join(SEED_SWEEP_DIR, 'sweep.json'), 'utf8')) as Record<string, unknown>;
let archives = 0;

/** A new archive folder holding one sweep `id` with one cell per entry of `cells`, as JSON files. */
function archiveWith(id = 'free-20260527', cells: Array<Record<string, unknown>> = [{}], manifest: Record<string, unknown> = {}): { archive: string; sweep: string } {
  const archive = path.join(tmp, `archive-${++archives}`);
  const sweep = addSweep(archive, id, cells, manifest);
  return { archive, sweep };
}

function addSweep(archive: string, id: string, cells: Array<Record<string, unknown>>, manifest: Record<string, unknown> = {}): string {
  const sweep = path.join(archive, id);
  fs.mkdirSync(path.join(sweep, 'cells'), { recursive: true });
  fs.writeFileSync(path.join(sweep, 'sweep.json'), JSON.stringify({ ...seedManifest, sweep_id: id, ...manifest }));
  cells.forEach((overrides, i) => {
    const cell = { ...seedCell, ...overrides };
    const cellId = `${id}/${String(cell['tui'])}/${String(cell['model'])}/${String(cell['task'])}`;
    fs.writeFileSync(path.join(sweep, 'cells', `cell-${i}.json`), JSON.stringify({ ...cell, sweep_id: id, cell_id: cellId }));
  });
  return sweep;
}

const validate = (archive: string, asNobody = false): Run => run('validate.ts', [archive], {}, asNobody);

describe('the validator names every hostile input in one line, and never hangs', () => {
  it('two sweep ids that share a folder', () => {
    const { archive } = archiveWith('s-20260101');
    addSweep(archive, 's-20260101-', [{}]);
    expectNamedFailure(validate(archive), /sweep_id: expected sweep ids that stay distinct in URLs, found "s-20260101-" and "s-20260101", both at \/sweeps\/s-20260101\//);
  });

  it('two spellings of one model in two sweeps', () => {
    const { archive } = archiveWith('a-1', [{ model: 'meta/Llama:X' }], { started_at: '2026-01-01T00:00:00Z' });
    addSweep(archive, 'b-2', [{ model: 'meta/llama+x' }], { started_at: '2026-02-01T00:00:00Z' });
    expectNamedFailure(validate(archive), /b-2\/cells\/cell-0\.json\n\s+error\s+cell_id: expected ids that stay distinct in URLs across the archive, found "openhands × meta\/llama\+x", which an older sweep's "openhands × meta\/Llama:X" already publishes at openhands\/meta\/llama-x/);
  });

  it('nesting 10,000 levels deep', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const { archive, sweep } = archiveWith();
    const file = path.join(sweep, 'cells', 'cell-0.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"behavior_mode":"factory"', `"behavior_mode":"factory","deep":${deep}`));
    expectNamedFailure(validate(archive), /deep\[0\]\[0\].*: expected objects and arrays nested at most 64 levels deep, found deeper nesting/);
  });

  it.each([
    ['tui', { tui: 'a'.repeat(300) }, /tui: expected a tui name of at most 100 characters/],
    ['model', { model: `meta/${'m'.repeat(300)}` }, /model: expected a model id whose vendor and name are each at most 100 characters/],
    ['task', { task: `mutations/${'t'.repeat(300)}` }, /task: expected a task id .* at most 100 characters/],
  ])('a %s of 300 characters', (_, cell, message) => {
    expectNamedFailure(validate(archiveWith('free-20260527', [cell]).archive), message);
  });

  it('a loop of links between two cell files', () => {
    const { archive, sweep } = archiveWith();
    fs.symlinkSync('b.json', path.join(sweep, 'cells', 'a.json'));
    fs.symlinkSync('a.json', path.join(sweep, 'cells', 'b.json'));
    expectNamedFailure(validate(archive), /cells\/a\.json\n\s+error\s+\(file\): expected a link to a cell file, found a link to a loop of symbolic links/);
  });

  it('a cell file that is a link to a folder', () => {
    const { archive, sweep } = archiveWith();
    fs.mkdirSync(path.join(sweep, 'cells', 'folder'));
    fs.symlinkSync('folder', path.join(sweep, 'cells', 'dir.json'));
    expectNamedFailure(validate(archive), /cells\/dir\.json\n\s+error\s+\(file\): expected a regular file, found a folder/);
  });

  it.each([
    ['a pipe named like a cell file', (cells: string) => spawnSync('mkfifo', [path.join(cells, 'pipe.json')]), /cells\/pipe\.json\n\s+error\s+\(file\): expected a cell file, found a named pipe \(FIFO\)/],
    ['a pipe named cells.jsonl', (cells: string) => spawnSync('mkfifo', [path.join(cells, '..', 'cells.jsonl')]), /cells\.jsonl\n\s+error\s+\(file\): expected a cell file, found a named pipe \(FIFO\)/],
    ['a link to a pipe', (cells: string) => { spawnSync('mkfifo', [path.join(cells, 'pipe')]); fs.symlinkSync('pipe', path.join(cells, 'to-pipe.json')); }, /cells\/to-pipe\.json\n\s+error\s+\(file\): expected a regular file, found a named pipe \(FIFO\)/],
    ['a link to a device', (cells: string) => fs.symlinkSync('/dev/zero', path.join(cells, 'zero.json')), /cells\/zero\.json\n\s+error\s+\(file\): expected a file inside the sweep folder, found a link pointing outside it/],
  ])('%s, without blocking on it', (_, make, message) => {
    const { archive, sweep } = archiveWith();
    make(path.join(sweep, 'cells'));
    expectNamedFailure(validate(archive), message);
  });

  it('a link to a device inside the sweep', () => {
    const { archive, sweep } = archiveWith();
    spawnSync('mknod', [path.join(sweep, 'zero'), 'c', '1', '5']);
    if (!fs.existsSync(path.join(sweep, 'zero'))) return; // no mknod here: the outside link above covers devices
    fs.symlinkSync('../zero', path.join(sweep, 'cells', 'zero.json'));
    expectNamedFailure(validate(archive), /cells\/zero\.json\n\s+error\s+\(file\): expected a regular file, found a device/);
  });

  it('a sweep folder that is a link out of the archive', () => {
    const { archive } = archiveWith();
    const elsewhere = archiveWith('elsewhere-1').sweep;
    fs.symlinkSync(elsewhere, path.join(archive, 'elsewhere-1'));
    expectNamedFailure(validate(archive), /elsewhere-1\n\s+error\s+\(folder\): expected a sweep folder inside the archive, found a link pointing outside it/);
  });

  it.skipIf(!canDropRoot).each([
    ['cell file', (sweep: string) => path.join(sweep, 'cells', 'cell-0.json'), /cell-0\.json\n\s+error\s+\(file\): expected a readable file, found permission denied/],
    ['cells subfolder', (sweep: string) => { fs.mkdirSync(path.join(sweep, 'cells', 'sub')); return path.join(sweep, 'cells', 'sub'); }, /cells\/sub\n\s+error\s+\(file\): expected a folder of cell files, found permission denied/],
    ['sweep.json', (sweep: string) => path.join(sweep, 'sweep.json'), /sweep\.json\n\s+error\s+\(file\): expected a readable file, found permission denied/],
  ])('an unreadable %s', (_, pick, message) => {
    const { archive, sweep } = archiveWith();
    fs.chmodSync(pick(sweep), 0o000);
    expectNamedFailure(validate(archive, true), message);
  });

  it.each([
    ['bytes that are not UTF-8', (text: string) => Buffer.concat([Buffer.from(text.replace('"behavior_mode":"factory"', '"behavior_mode":"fact')), Buffer.from([0xff]), Buffer.from(text.slice(text.indexOf('"behavior_mode":"factory"') + '"behavior_mode":"fact'.length))]), /\(file\): expected UTF-8 text, found a byte that is not UTF-8 at line 1, byte \d+/],
    ['a key twice', (text: string) => text.replace('"pass":0,', '"pass":0,"pass":1,'), /axes\.pass_rate\.pass: expected each key once in an object, found "pass" twice/],
    ['ended_at before started_at', (text: string) => text.replace('"ended_at":"2026-05-31T19:54:05.481768Z"', '"ended_at":"2020-01-01T00:00:00Z"'), /ended_at: expected a time at or after started_at \(2026-05-31T19:53:46\.476582Z\), found 2020-01-01T00:00:00Z/],
    ['1e400 in span attributes', (text: string) => text.replace('"task_category":"mutations"', '"task_category":1e400'), /spans\[0\]\.attrs\.task_category: expected a number a page can show, found 1e400/],
  ])('%s', (_, edit, message) => {
    const { archive, sweep } = archiveWith();
    const file = path.join(sweep, 'cells', 'cell-0.json');
    const edited = edit(fs.readFileSync(file, 'utf8'));
    expect(Buffer.from(edited).equals(fs.readFileSync(file))).toBe(false);
    fs.writeFileSync(file, edited);
    expectNamedFailure(validate(archive), message);
  });
});

describe('a build never publishes less than its site held, nor half a site', () => {
  const site = path.join(tmp, 'site');
  const listing = (): string[] => fs.readdirSync(site, { recursive: true }).map(String).sort();
  let before: string[] = [];

  beforeAll(() => {
    const r = run('build.ts', [], { SWEEPS_DIR: archiveWith().archive, OUT_DIR: site });
    expect(r.status, r.out).toBe(0);
    before = listing();
  }, 180_000);

  const expectSiteKept = (): void => {
    expect(listing()).toEqual(before);
    // Nothing half-made is left beside it, and the next build may write.
    expect(fs.readdirSync(path.join(tmp, 'site.sweepsite', 'work'))).toEqual([]);
    expect(fs.existsSync(path.join(tmp, 'site.sweepsite', 'lock'))).toBe(false);
  };

  it('an empty archive', () => {
    const empty = path.join(tmp, 'empty-archive');
    fs.mkdirSync(empty);
    expectNamedFailure(run('build.ts', [], { SWEEPS_DIR: empty, OUT_DIR: site }), /build stopped: the archive .*empty-archive holds no sweep folder, and building it would replace the site in .*site \(1 sweep\) with an empty one/);
    expectSiteKept();
  });

  it('a missing archive, even with --keep-going', () => {
    expectNamedFailure(run('build.ts', ['--keep-going'], { SWEEPS_DIR: path.join(tmp, 'no-such-archive'), OUT_DIR: site }), /build stopped: the archive .*no-such-archive does not exist/);
    expectSiteKept();
  });

  it('a 50 MB test tail builds a page of bounded size that says where the rest is', () => {
    const tail = Array.from({ length: 500_000 }, (_, i) => `line ${i} ${'x'.repeat(90)}`).join('\n');
    const { archive } = archiveWith('free-20260527', [{ axes: { ...(seedCell['axes'] as object), pass_rate: { pass: 0, exit_code: 1, stdout_tail: tail } } }]);
    const out = path.join(tmp, 'big-tail-site');
    const r = run('build.ts', [], { SWEEPS_DIR: archive, OUT_DIR: out });
    expect(r.status, r.out).toBe(0);
    const cellDir = path.join(out, 'sweeps/free-20260527/cell/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated');
    const page = fs.readFileSync(path.join(cellDir, 'index.html'), 'utf8');
    expect(page.length).toBeLessThan(2_000_000);
    expect(page).toContain('Showing the last 400 of 500,000 lines — the full output is in <a href="/sweeps/free-20260527/cell/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated/cell.json">cell.json</a>');
    expect(fs.statSync(path.join(cellDir, 'cell.json')).size).toBeGreaterThan(tail.length);
  }, 180_000);

  it.skipIf(!canMountTmpfs)('a disk that fills up while the site is written', () => {
    const disk = path.join(tmp, 'small-disk');
    fs.mkdirSync(disk);
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', disk]).status).toBe(0);
    try {
      const r = run('build.ts', [], { SWEEPS_DIR: archiveWith().archive, OUT_DIR: path.join(disk, 'dist'), SWEEPSITE_CACHE_DIR: path.join(disk, 'cache') });
      expectNamedFailure(r, /build failed: cannot write .*small-disk\/.*: no space left on the disk/);
      // No site was published there, and nothing half-made is left.
      expect(fs.existsSync(path.join(disk, 'dist'))).toBe(false);
      expect(fs.readdirSync(path.join(disk, 'dist.sweepsite', 'work'))).toEqual([]);
    } finally {
      spawnSync('umount', [disk]);
    }
  }, 180_000);

  it.skipIf(!canDropRoot)('a read-only output folder', () => {
    const locked = path.join(tmp, 'locked');
    fs.mkdirSync(locked, { mode: 0o555 });
    fs.mkdirSync(path.join(tmp, 'cache-nobody'), { mode: 0o777 });
    fs.chmodSync(path.join(tmp, 'cache-nobody'), 0o777);
    const r = run('build.ts', [], { SWEEPS_DIR: archiveWith().archive, OUT_DIR: path.join(locked, 'dist'), HOME: tmp }, true);
    expectNamedFailure(r, /build failed: cannot (read or )?write .*locked\/dist[^:]*: permission denied/);
    expect(fs.readdirSync(locked)).toEqual([]);
  });
});
