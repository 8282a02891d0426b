/**
 * The trace of one cell in the seed runner's shape: task_setup, adapter_run (with the applied_plugins
 * tool_call, the container and its model_call children), an optional scorer span, cleanup.
 */
import type { ModelCall, Span } from '../../../src/schema/index.ts';
import type { TuiSpec } from './catalogue.ts';
import type { Rng } from './random.ts';
import type { Run } from './simulate.ts';
import { isoFromMicros } from './time.ts';

/** What the spans need to know besides the run itself. */
export interface SpanContext {
  tui: TuiSpec;
  model: string;
  task: string;
  prompt: string;
  image: string;
  timeoutS: number;
  testCommand: string;
  rng: Rng;
  /** Record model_call spans (only tuis that report their calls). */
  withModelCalls: boolean;
}

const ms = (us: number): number => Math.round(us / 1000);

/** The container command with `{prompt}` and `{model}` filled in. */
export function commandFor(tui: TuiSpec, model: string, prompt: string): string[] {
  return tui.command.map((part) => part.replace('{prompt}', prompt).replace('{model}', model));
}

/** The spans of one run, `start_ms` relative to the cell's `started_at`. */
export function buildSpans(run: Run, ctx: SpanContext): Span[] {
  const { tui, rng } = ctx;
  const id = (): string => rng.hex(32);
  const [setupId, adapterId, containerId] = [id(), id(), id()];
  const containerStart = ms(run.setupUs);
  const containerMs = ms(run.containerUs);
  const scratch = `codingagentbench-${tui.name}-${ctx.task.replace('/', '_')}-${rng.hex(8)}`;
  const spans: Span[] = [
    {
      span_id: setupId, parent_id: null, kind: 'task_setup', name: `prepare:${ctx.task}`, start_ms: 0, duration_ms: ms(run.setupUs),
      attrs: { workdir: `/home/runner/.codingagentbench-scratch/${scratch}/workdir`, task_category: ctx.task.split('/')[0] ?? '', plugin_stack: [], behavior_mode: 'factory' },
      error: null,
    },
    {
      span_id: adapterId, parent_id: null, kind: 'adapter_run', name: `${tui.name}:${ctx.task}`, start_ms: containerStart, duration_ms: containerMs,
      attrs: { timeout_s: ctx.timeoutS, plugin_stack: [], exit_code: run.exitCode },
      error: run.timedOut ? run.containerError : null,
    },
    {
      span_id: id(), parent_id: adapterId, kind: 'tool_call', name: 'applied_plugins', start_ms: containerStart, duration_ms: 0,
      attrs: { tui: tui.name, count: 0, applied: [], env_keys: [], extra_args: [], applied_count: 0, skipped_count: 0 },
      error: null,
    },
    {
      span_id: containerId, parent_id: adapterId, kind: 'container', name: `${tui.name}:run`, start_ms: containerStart, duration_ms: containerMs,
      attrs: {
        image: ctx.image, command: commandFor(tui, ctx.model, ctx.prompt), exit_code: run.exitCode, timed_out: run.timedOut,
        read_only: false, ...(tui.name === 'openhands' ? { deviation: 'root+docker.sock; see module docstring', docker_sock_mounted: true } : {}),
      },
      error: run.containerError,
    },
  ];
  if (ctx.withModelCalls) {
    run.calls.forEach((call, i) => {
      spans.push({
        span_id: id(), parent_id: containerId, kind: 'model_call', name: `chat.completions #${i + 1}`,
        start_ms: containerStart + ms(call.startUs), duration_ms: ms(call.latencyUs),
        attrs: { request_hash: call.requestHash },
        error: call.error,
      });
    });
  }
  const scoreStart = containerStart + containerMs;
  if (run.scoringUs >= 50_000) {
    spans.push({
      span_id: id(), parent_id: null, kind: 'scorer', name: `score:${ctx.testCommand}`, start_ms: scoreStart, duration_ms: ms(run.scoringUs),
      attrs: { command: ctx.testCommand, exit_code: run.outcome.test.exit_code },
      error: run.fate === 'harness' ? 'FileNotFoundError: /workspace/.cab/result.json' : null,
    });
  }
  spans.push({
    span_id: id(), parent_id: null, kind: 'cleanup', name: `cleanup:${tui.name}`, start_ms: ms(run.setupUs + run.containerUs + run.scoringUs),
    duration_ms: ms(run.cleanupUs), attrs: {}, error: null,
  });
  return spans;
}

/** The per-call records a token-reporting tui leaves, with absolute timestamps; `request_hash` links each to its span. */
export function buildModelCalls(run: Run, startedAtUs: number): ModelCall[] {
  const containerStartUs = startedAtUs + run.setupUs;
  return run.calls.map((call) => ({
    timestamp: isoFromMicros(containerStartUs + call.startUs),
    request_hash: call.requestHash,
    prompt_tokens: call.promptTokens,
    completion_tokens: call.completionTokens,
    latency_ms: ms(call.latencyUs),
    finish_reason: call.finishReason,
  }));
}
