/**
 * A short, realistic asciicast v2 recording of one cell's agent session (with ANSI colours), timed to the
 * cell's container run, ending in the scorer's own test output.
 */
import type { Cell } from '../../../src/schema/index.ts';
import type { TuiSpec } from './catalogue.ts';
import type { Rng } from './random.ts';
import type { Run } from './simulate.ts';
import { TEST_COMMANDS } from './task-entry.ts';
import type { TaskSpec } from './tasks.ts';

/** One asciicast v2 event: `[seconds, "o", text]`. */
export type CastEvent = [number, 'o', string];

/** An asciicast v2 recording: the header object and the events. */
export interface Cast {
  header: { version: 2; width: number; height: number; timestamp: number; title: string; env: Record<string, string> };
  events: CastEvent[];
}

const c = (code: string, text: string): string => `\u001b[${code}m${text}\u001b[0m`;

const DIFFS: Record<string, [string, string]> = {
  rust: ['-        if result.is_ok() {', '+        if result.is_err() {'],
  python: ['-    return sorted(items, reverse=True)', '+    return sorted(items)'],
  go: ['-\treturn items[start : end-1]', '+\treturn items[start:end]'],
  typescript: ['-  return user.name.trim();', '+  return (user.name ?? user.email).trim();'],
  java: ['-        return value >= lo && value < hi;', '+        return value >= lo && value <= hi;'],
  shell: ['-# TODO', '+# REFUSAL.md written'],
};

/** The lines the agent prints while working, before its edits land. */
function sessionLines(tui: TuiSpec, model: string, task: TaskSpec, run: Run): string[] {
  const file = task.files[0] ?? 'README.md';
  const passed = run.outcome.pass > 0;
  const [before, after] = DIFFS[task.language] ?? DIFFS['shell'] ?? ['', ''];
  const banner = tui.name === 'aider'
    ? [c('2', `Aider ${tui.version}`), c('2', `Model: openai/${model} with diff edit format`), c('2', 'Git repo: .git with 6 files'), c('2', 'Repo-map: using 1024 tokens, auto refresh'), '']
    : [c('1;36', `● ${tui.name} ${tui.version}`) + c('2', `  model ${model}`), ''];
  const lines = [
    ...banner,
    c('1', task.title),
    '',
    `I'll start by reading ${c('36', file)} and the failing tests.`,
    c('2', `$ ${TEST_COMMANDS[task.runner]}`),
    c('31', `${Math.max(1, task.tests.length - 1)} failed`) + c('2', ` (${task.tests.length} tests)`),
    '',
    `The bug is in ${c('36', file)}: ${task.summary.replace(/`/g, '')}`,
    '',
    c('1', file),
    c('31', before),
    c('32', after),
    '',
    c('32', `Applied edit to ${file}`),
    c('2', `$ ${TEST_COMMANDS[task.runner]}`),
    passed ? c('32', `ok: all ${task.tests.length} tests pass`) : c('33', 'still failing; trying another approach'),
  ];
  if (tui.recordsTokens) {
    const sent = run.calls.reduce((n, call) => n + (call.promptTokens ?? 0), 0);
    const received = run.calls.reduce((n, call) => n + (call.completionTokens ?? 0), 0);
    lines.push(c('2', `Tokens: ${(sent / 1000).toFixed(1)}k sent, ${received} received.`));
  }
  return lines;
}

/** Builds the recording of a cell; `started_at` gives the header timestamp, the run gives the pacing. */
export function buildCast(cell: Cell, tui: TuiSpec, task: TaskSpec, run: Run, rng: Rng): Cast {
  const containerS = run.containerUs / 1e6;
  const prompt = `$ ${tui.command[0] ?? tui.name} … ${JSON.stringify(task.title)}`;
  const agent = sessionLines(tui, cell.model, task, run);
  const tests = `${cell.axes.pass_rate.stdout_tail ?? ''}${cell.axes.pass_rate.stderr_tail ?? ''}`.split('\n').slice(0, 24);
  const events: CastEvent[] = [[0.05, 'o', `${c('1;32', 'cab@runner')}:${c('1;34', '/workspace')}${prompt}\r\n`]];
  const step = (containerS * 0.9) / Math.max(1, agent.length);
  let t = 0.4;
  for (const line of agent) {
    t += step * rng.float(0.4, 1.6);
    events.push([round(Math.min(t, containerS)), 'o', `${line}\r\n`]);
  }
  t = Math.max(t, containerS) + 0.2;
  events.push([round(t), 'o', `${c('1;32', 'cab@runner')}:${c('1;34', '/workspace')}$ ${TEST_COMMANDS[task.runner]}\r\n`]);
  for (const line of tests) {
    t += rng.float(0.005, 0.08);
    events.push([round(t), 'o', `${line}\r\n`]);
  }
  const started = Date.parse(cell.started_at ?? '2026-01-01T00:00:00Z');
  return {
    header: { version: 2, width: 120, height: 36, timestamp: Math.floor(started / 1000), title: `${cell.tui} × ${cell.model} — ${cell.task}`, env: { SHELL: '/bin/bash', TERM: 'xterm-256color' } },
    events,
  };
}

const round = (seconds: number): number => Math.round(seconds * 1e6) / 1e6;

/** The recording as an asciicast v2 file: the header line, then one JSON array per event. */
export function castToText(cast: Cast): string {
  return `${[cast.header, ...cast.events].map((line) => JSON.stringify(line)).join('\n')}\n`;
}
