import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatRecordedNumber } from '../../src/format/numbers.ts';
import { SEED_ARCHIVE_DIR } from '../helpers/fixtures.ts';

const SEED = SEED_ARCHIVE_DIR;
const CELL = 'free-20260527/cells/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated.json';
const PAGE = 'sweeps/free-20260527/cell/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated';
const record = JSON.parse(fs.readFileSync(path.join(SEED, CELL), 'utf8')) as unknown;

/** Visible text of an HTML page. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Every leaf of a JSON value as [path, value]. */
function leaves(value: unknown, at = ''): Array<[string, unknown]> {
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? [[at, value]] : entries.flatMap(([k, v]) => leaves(v, at === '' ? k : `${at}.${k}`));
  }
  return [[at, value]];
}

describe('the seed cell page', () => {
  let text = '';
  let html = '';
  let out = '';
  beforeAll(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-page-'));
    execFileSync(process.execPath, ['scripts/build.ts'], { env: { ...process.env, SWEEPS_DIR: SEED, OUT_DIR: out }, stdio: 'ignore' });
    html = fs.readFileSync(path.join(out, PAGE, 'index.html'), 'utf8');
    text = visibleText(html);
  }, 120_000);

  it('shows every value of the record', () => {
    const missing: string[] = [];
    for (const [at, value] of leaves(record)) {
      if (typeof value === 'string') {
        for (const line of value.split('\n').map((l) => l.trim()).filter((l) => l !== '')) if (!text.includes(line)) missing.push(`${at}: ${line}`);
      } else if (typeof value === 'number') {
        if (!text.includes(String(value)) && !text.includes(formatRecordedNumber(value))) missing.push(`${at}: ${value}`);
      } else if (typeof value === 'boolean') {
        if (!text.includes(value ? 'yes' : 'no')) missing.push(`${at}: ${value}`);
      } else if (value === null) {
        if (!text.includes('null') && !text.includes('none')) missing.push(`${at}: null`);
      } else if (!text.includes('none (empty')) missing.push(`${at}: empty`);
      // Axis keys and top-level fields are labelled by name; spans are laid out as a waterfall instead.
      const key = at.split('.').pop() ?? at;
      const labelled = at.startsWith('axes.') || !at.includes('.');
      if (labelled && !/^\d+$/.test(key) && !text.includes(key)) missing.push(`key ${key}`);
    }
    expect(missing).toEqual([]);
  });

  it('keeps every digit of every number: shown whole, or whole in the value of the <data> element that shortens it', () => {
    const cut = leaves(record).filter(([, value]) => typeof value === 'number' && !text.includes(String(value)) && !html.includes(`<data class="mono" value="${String(value)}">`));
    expect(cut).toEqual([]);
    // The seed has floating-point noise (19005.185999999998), so the shortened form is exercised.
    expect(html).toContain('<data class="mono" value="19005.185999999998">19005.186</data>');
  });

  it('shows the sections of the published page it replaces', () => {
    for (const section of ['Per-axis scores', 'Run identity', 'Timing', 'Scorer breakdown', 'Trace', 'Terminal playback', 'Model calls (0)', 'Run it yourself', 'Other CLIs on this task', 'Other models with', 'Other mutations tasks', 'Embed this result', 'Cite']) {
      expect(text, section).toContain(section);
    }
    expect(text).toContain('not recorded');
    expect(text).toContain('19.0 s');
  });

  it('fills the run templates without doubling the digest prefix', () => {
    expect(text).toContain('docker pull codingagentbench/openhands:1.7.0@sha256:7fcaf222644a5cb0afffe018f038d270130b5af3b8af366cd960f2d596a4342c');
    expect(text).not.toContain('sha256:sha256:');
  });

  it('serves the record exactly as read beside the page', () => {
    expect(fs.readFileSync(path.join(out, PAGE, 'cell.json'), 'utf8')).toBe(fs.readFileSync(path.join(SEED, CELL), 'utf8'));
  });

  it('states its verdict first: outcome, why, score and failure mode, before any record', () => {
    const head = text.slice(0, text.indexOf('Per-axis scores'));
    for (const words of ['Failed', '3 of 4 tests failed', 'Score', '0.154', 'Failure mode', 'No change', 'The agent changed no files.']) expect(head, words).toContain(words);
    expect(html).toMatch(/<meta name="description" content="openhands with meta\/llama-3.3-70b-instruct failed mutations\/rust-error-negated in sweep free-20260527 \(3 of 4 tests failed; score 0.154; wall 19.0 s\)\.">/);
    expect(html).toContain('href="/sweeps/free-20260527/failures/#no-change--openhands--meta--llama-3.3-70b-instruct"');
  });

  it('gives one name per number: Score and Runner composite, never "Normalised" or a bare "Composite"', () => {
    expect(text).toMatch(/Score\s*0\.154/);
    expect(text).toMatch(/Runner composite\s*0\.553/);
    expect(text).not.toContain('Normalised');
    expect(text).not.toMatch(/(?<!Runner )Composite/);
    expect(html).toContain('href="/glossary/#score"');
    expect(html).toContain('href="/glossary/#runner-composite"');
  });

  it('points from the missing terminal recording to the trace, which lists every span once', () => {
    const terminal = text.slice(text.indexOf('Terminal playback'), text.indexOf('Model calls (0)'));
    expect(terminal).toBe('Terminal playbackNo terminal recording for this run. Its spans, with when each started, how long it ran and any error, are in the trace above.');
    expect(html).toMatch(/are in the <a href="#trace">trace<\/a> above/);
    // The trace shows what the span table used to repeat: start (in each span's summary), kind, name, duration.
    const trace = text.slice(text.indexOf('bars are to scale'), text.indexOf('Terminal playback'));
    expect(trace).toMatch(/task_setup\s*prepare:mutations\/rust-error-negated\s*1 ms[\s\S]*starts at 0 ms[\s\S]*cleanup\s*cleanup:openhands\s*0 ms\s*span c510230ccc924cfbae585b86db9d7253 · starts at 19\.0 s/);
  });

  it('explains the bring-your-own-endpoint and provisional paths as the seed did', () => {
    expect(text).toContain("Substitute your endpoint, key, and model ID. Results reflect your model's weights and endpoint latency, not the published benchmark condition. Endpoint must speak OpenAI-compatible /v1/chat/completions.");
    expect(text).toContain('# Published cell used model: meta/llama-3.3-70b-instruct');
    expect(text).toContain('provisional, not for citation');
    expect(text).toContain('--no-stream \\\n');
  });

  it('offers the badge that follows the newest sweep first, then the permanent one, escaped once', () => {
    const alias = html.indexOf('https://sweepsite.example/badge/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated.svg');
    const permanent = html.indexOf('https://sweepsite.example/sweeps/free-20260527/badge/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated.svg');
    expect(alias).toBeGreaterThan(0);
    expect(permanent).toBeGreaterThan(alias);
    expect(text).toContain('<a href="https://sweepsite.example/cell/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated/"><img src="https://sweepsite.example/badge/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated.svg" alt="sweepsite: openhands × meta/llama-3.3-70b-instruct on mutations/rust-error-negated"/></a>');
  });

  it('sends the alias on to the permanent page with a small redirect page that names it canonical', () => {
    const stub = fs.readFileSync(path.join(out, 'cell/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated/index.html'), 'utf8');
    expect(Buffer.byteLength(stub)).toBeLessThan(1024);
    expect(stub).toContain(`<meta http-equiv="refresh" content="0; url=/${PAGE}/">`);
    expect(stub).toContain(`<link rel="canonical" href="https://sweepsite.example/${PAGE}/">`);
    expect(stub).toContain(`<a href="/${PAGE}/">`);
  });
});
