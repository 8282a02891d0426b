/**
 * One simulated run of a cell: its fate (fine, rate-limited, no handshake, crashed, timed out), the
 * agent's model calls, and the time each phase took. All times are whole microseconds.
 */
import type { Failure } from '../../../src/schema/index.ts';
import { isIncompatible, type ModelSpec, type TuiSpec } from './catalogue.ts';
import { decideOutcome, type Outcome } from './outcome.ts';
import { clamp, type Rng } from './random.ts';
import type { TaskSpec } from './tasks.ts';

/** How a run ended, from the harness's point of view. */
export type Fate = 'ok' | 'incompatible' | 'rate-limit' | 'container-error' | 'harness' | 'timeout';

/** One model call the agent made; `startUs` is relative to the container start. */
export interface CallPlan {
  startUs: number;
  latencyUs: number;
  /** Null when the call failed before the provider counted tokens. */
  promptTokens: number | null;
  completionTokens: number | null;
  finishReason: string;
  /** What went wrong, for failed calls. */
  error: string | null;
  /** 16 hex digits identifying the request, shared by the model_calls record and its span. */
  requestHash: string;
}

/** Everything that happened in one cell run. */
export interface Run {
  fate: Fate;
  outcome: Outcome;
  calls: CallPlan[];
  setupUs: number;
  containerUs: number;
  scoringUs: number;
  cleanupUs: number;
  /** The agent container's exit code; null when it was killed at the time limit. */
  exitCode: number | null;
  timedOut: boolean;
  failure: Failure | undefined;
  /** Why the container span failed, when it did. */
  containerError: string | null;
  extraGitDir: boolean;
}

const SCORING_US: Record<string, [number, number]> = {
  rust: [2e6, 18e6], java: [3e6, 12e6], go: [8e5, 4e6], typescript: [9e5, 3e6], python: [3e5, 2e6], shell: [1e5, 4e5],
};

const RATE_LIMIT = 'Provider rate limit (HTTP 429) — the agent exhausted its retries before doing any work. Infra, not capability: other TUIs drive this same model fine.';
const HANDSHAKE = 'Model incompatible with this TUI — they could not handshake.';
const OOM = 'Container exited 137 (OOMKilled) while the agent was starting; the cell never reached the model.';
const SCORER_CRASH = "Scorer crashed before writing results (FileNotFoundError: '/workspace/.cab/result.json'); the agent's run is kept but its pass is unmeasured.";

function drawFate(tui: TuiSpec, model: ModelSpec, rng: Rng): Fate {
  if (isIncompatible(tui.name, model.id)) return 'incompatible';
  const r = rng.next();
  if (r < 0.012 + (model.speed < 40 ? 0.01 : 0)) return 'rate-limit';
  if (r < 0.03) return rng.chance(0.5) ? 'container-error' : 'harness';
  return r < 0.04 ? 'timeout' : 'ok';
}

/** The agent's model calls and container time for a normal run. */
function planCalls(tui: TuiSpec, model: ModelSpec, task: TaskSpec, rng: Rng, struggled: boolean): { calls: CallPlan[]; containerUs: number } {
  const startup = tui.name === 'openhands' ? rng.int(5e6, 9e6) : rng.int(8e5, 3e6);
  const shape = task.runner === 'refusal' ? 0.35 : (struggled ? 1.4 : 1) * (1 + 0.25 * task.difficulty);
  const n = clamp(Math.round(tui.turns * rng.logNormal(1, 0.3) * shape), 1, 16);
  const calls: CallPlan[] = [];
  let t = startup;
  let prompt = tui.name === 'aider' ? rng.int(3500, 9000) : rng.int(1800, 4500);
  for (let i = 0; i < n; i++) {
    const completion = Math.round(clamp(rng.logNormal(350, 0.6), 20, 4000));
    const latencyUs = Math.round(rng.int(250_000, 1_400_000) + (prompt / 4000) * 1e6 + (completion / model.speed) * 1e6);
    const last = i === n - 1;
    const finishReason = rng.chance(0.02) ? 'length' : last || tui.name === 'aider' ? 'stop' : 'tool_calls';
    calls.push({ startUs: t, latencyUs, promptTokens: prompt, completionTokens: completion, finishReason, error: null, requestHash: rng.hex(16) });
    t += latencyUs + (last ? rng.int(2e5, 1.5e6) : Math.round(rng.logNormal(1.8e6, 0.8)));
    prompt += completion + rng.int(300, 2500);
  }
  return { calls, containerUs: t };
}

/** A few 429s with exponential backoff: long, and no work done. */
function planRateLimited(rng: Rng, budgetUs: number): { calls: CallPlan[]; containerUs: number } {
  const calls: CallPlan[] = [];
  let t = rng.int(8e5, 3e6);
  const tries = rng.int(3, 6);
  for (let i = 0; i < tries; i++) {
    const latencyUs = rng.int(150_000, 900_000);
    calls.push({ startUs: t, latencyUs, promptTokens: null, completionTokens: null, finishReason: 'error', error: 'HTTP 429 Too Many Requests', requestHash: rng.hex(16) });
    t += latencyUs + Math.round(2 ** (i + 2) * 1e6 * rng.float(0.8, 1.6));
  }
  return { calls, containerUs: Math.min(t, budgetUs - 1e6) };
}

/** Simulates one cell run of `tui` × `model` on `task` under a per-cell limit of `timeoutS` seconds. */
export function simulateRun(tui: TuiSpec, model: ModelSpec, task: TaskSpec, timeoutS: number, rng: Rng): Run {
  let fate = drawFate(tui, model, rng);
  const setupUs = rng.int(600, 2400);
  const cleanupUs = rng.int(200, 1800);
  const [lo, hi] = SCORING_US[task.language] ?? [3e5, 2e6];
  const scoringUs = rng.int(lo, hi);
  const budgetUs = timeoutS * 1e6 - setupUs - scoringUs - cleanupUs;
  const didWork = fate === 'ok' || fate === 'harness' || fate === 'timeout';
  let outcome = decideOutcome({ tui, model, task, rng, didWork, timedOut: fate === 'timeout' });
  let plan = { calls: [] as CallPlan[], containerUs: 0 };
  let containerError: string | null = null;
  let exitCode: number | null = 0;
  let failure: Failure | undefined;
  if (fate === 'incompatible') {
    plan.containerUs = rng.int(3e6, 15e6);
    [exitCode, failure, containerError] = [1, { kind: 'incompatible', message: HANDSHAKE }, 'handshake failed: no tool call in the expected format after 3 attempts'];
  } else if (fate === 'rate-limit') {
    plan = planRateLimited(rng, budgetUs);
    [exitCode, failure, containerError] = [1, { kind: 'infra', message: RATE_LIMIT }, 'RateLimitError: HTTP 429 Too Many Requests (retries exhausted)'];
  } else if (fate === 'container-error') {
    plan.containerUs = rng.int(2e6, 40e6);
    [exitCode, failure, containerError] = [137, { kind: 'infra', message: OOM }, 'OOMKilled (exit 137)'];
  } else {
    plan = planCalls(tui, model, task, rng, outcome.pass === 0);
    if (fate !== 'timeout' && plan.containerUs > budgetUs) {
      fate = 'timeout';
      outcome = decideOutcome({ tui, model, task, rng, didWork, timedOut: true });
    }
    if (fate === 'timeout') {
      plan.containerUs = budgetUs;
      plan.calls = plan.calls.filter((c) => c.startUs + c.latencyUs < budgetUs);
      [exitCode, containerError] = [null, `timed out after ${timeoutS} s; container killed (SIGKILL)`];
    } else if (fate === 'harness') {
      failure = { kind: 'harness', message: SCORER_CRASH };
      outcome = { ...outcome, pass: 0, partialScore: null, test: { ...outcome.test, stdout_tail: '', stderr_tail: scorerTrace(), exit_code: 1 } };
    } else if (outcome.pass === 0 && rng.chance(0.25)) {
      exitCode = 1;
    }
  }
  return {
    fate, outcome, calls: plan.calls, setupUs, containerUs: plan.containerUs, scoringUs, cleanupUs, exitCode,
    timedOut: fate === 'timeout', failure, containerError,
    extraGitDir: tui.name === 'aider' ? fate !== 'container-error' : rng.chance(0.03),
  };
}

function scorerTrace(): string {
  return [
    'Traceback (most recent call last):',
    '  File "/opt/cab/score.py", line 212, in <module>',
    '    main()',
    '  File "/opt/cab/score.py", line 198, in main',
    '    result = json.loads(Path(args.result).read_text())',
    "FileNotFoundError: [Errno 2] No such file or directory: '/workspace/.cab/result.json'",
    '',
  ].join('\n');
}
