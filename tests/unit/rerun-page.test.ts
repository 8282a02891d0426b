// A later run's page shows what is its own and links the first run for what every run shares.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_ARCHIVE_DIR, SEED_CELL_FILE } from '../helpers/fixtures.ts';

const CELL_DIR = 'sweeps/free-20260527/cell/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated';

describe('the pages of a cell run three times', () => {
  let root = '';
  const page = (run: string): string => fs.readFileSync(path.join(root, 'out', CELL_DIR, run, 'index.html'), 'utf8');

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'rerun-page-'));
    const archive = path.join(root, 'sweeps');
    fs.cpSync(SEED_ARCHIVE_DIR, archive, { recursive: true });
    const record = JSON.parse(fs.readFileSync(SEED_CELL_FILE, 'utf8')) as Record<string, unknown>;
    const cellFile = path.join(archive, path.relative(SEED_ARCHIVE_DIR, SEED_CELL_FILE));
    // Run 2 repeats run 1's task and commands; run 3 was given another prompt.
    const rerun = (n: number, extra: Record<string, unknown>): void =>
      fs.writeFileSync(cellFile.replace(/\.json$/, `.run${n}.json`), JSON.stringify({ ...record, cell_id: `${String(record['cell_id'])}#run${n}`, ...extra }, null, 2));
    rerun(2, {});
    rerun(3, { task_prompt: 'A different prompt, given to run 3 only.' });
    execFileSync(process.execPath, ['scripts/build.ts'], { env: { ...process.env, SWEEPS_DIR: archive, OUT_DIR: path.join(root, 'out'), ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' });
  }, 180_000);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('gives the first run every section: comparisons, both badges, the task and the commands', () => {
    const first = page('');
    for (const text of ['Other CLIs on this task', 'This cell in earlier sweeps', 'Newest sweep', 'This sweep only (free-20260527)', 'Rerun this cell', 'Prompt given to the agent']) expect(first).toContain(text);
  });

  it('gives a later run its own pinned badge and links run 1 for what the runs share', () => {
    const second = page('run-2');
    for (const text of ['Other CLIs on this task', 'This cell in earlier sweeps', '>Newest sweep<', 'Rerun this cell', 'Prompt given to the agent']) expect(second).not.toContain(text);
    expect(second).toContain('This sweep only (free-20260527)');
    expect(second).toContain(`/${CELL_DIR}/run-2/`);
    for (const anchor of ['#compare', '#embed', '#task', '#run-it']) expect(second).toContain(`href="/${CELL_DIR}/${anchor}"`);
    // What is its own stays: the trace and the verdict with every run.
    expect(second).toContain('id="trace"');
    expect(second).toContain('Run 2 of 3');
  });

  it('shows a later run its own task when its prompt differs from the first run', () => {
    const third = page('run-3');
    expect(third).toContain('A different prompt, given to run 3 only.');
    expect(third).not.toContain(`href="/${CELL_DIR}/#task"`);
    expect(third).toContain(`href="/${CELL_DIR}/#run-it"`);
  });

  it('makes a later run smaller than the first', () => {
    expect(page('run-2').length).toBeLessThan(page('').length * 0.85);
  });
});
