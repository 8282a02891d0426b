/**
 * Catalogues for the demo generator: the tuis and models the real benchmark runs, each with hidden
 * traits (skill, speed) that drive simulated outcomes. Tasks live in `tasks.ts` and are re-exported here.
 */
import { createRng, hashString } from './random.ts';

export * from './tasks.ts';

/** A coding-agent CLI under test, as the generator knows it. */
export interface TuiSpec {
  /** Name, e.g. `aider`. */
  name: string;
  /** Image tag, e.g. `v0.86.0`. */
  version: string;
  homepage: string;
  description: string;
  /** Hidden ability, about -1..1; added to the model's skill. */
  skill: number;
  /** True when the tui prints token counts (written as real numbers); false writes all zeros. */
  recordsTokens: boolean;
  /** Typical model calls per task (turns). */
  turns: number;
  /** Files the tui leaves in the workspace on every run, e.g. aider's chat history. */
  artifacts: string[];
  /** The agent command inside the container; `{prompt}` and `{model}` are filled in. */
  command: string[];
}

/** A model under test, as the generator knows it. */
export interface ModelSpec {
  /** `vendor/name`, e.g. `meta/llama-3.3-70b-instruct`. */
  id: string;
  /** Display name, e.g. `Llama 3.3 70B Instruct`. */
  name: string;
  homepage: string;
  description: string;
  /** Hidden ability, about -1..1. */
  skill: number;
  /** Decode speed, tokens per second. */
  speed: number;
  /** Hidden tendency to refuse harmful requests, about -1..1. */
  caution: number;
}

const AIDER_ARTIFACTS = [
  '.aider.chat.history.md',
  '.aider.input.history',
  '.aider.tags.cache.v4/cache.db',
  '.aider/analytics.json',
  '.aider/caches/model_prices_and_context_window.json',
  '.aider/installs.json',
];

/** The tuis of the real benchmark, in catalogue order. */
export const TUIS: readonly TuiSpec[] = [
  {
    name: 'openhands', version: '1.7.0', homepage: 'https://github.com/OpenHands/OpenHands',
    description: 'OpenHands headless runner: a sandboxed agent loop with shell, editor and browser tools.',
    skill: 0.25, recordsTokens: false, turns: 14, artifacts: [],
    command: ['/app/.venv/bin/python', '/opt/openhands_run.py', '-t', '{prompt}', '--workspace', '/workspace'],
  },
  {
    name: 'aider', version: 'v0.86.0', homepage: 'https://aider.chat',
    description: 'Aider in one-shot `--message` mode: repo map plus whole-file or diff edits, no shell tool.',
    skill: 0.1, recordsTokens: true, turns: 3, artifacts: AIDER_ARTIFACTS,
    command: ['aider', '--model', 'openai/{model}', '--yes-always', '--no-stream', '--no-auto-commits', '--message', '{prompt}'],
  },
  {
    name: 'opencode', version: 'v1.15.10', homepage: 'https://opencode.ai',
    description: 'opencode `run` mode with its default build agent and tool set.',
    skill: 0.2, recordsTokens: true, turns: 7, artifacts: [],
    command: ['opencode', 'run', '--model', 'cab/{model}', '{prompt}'],
  },
  {
    name: 'goose', version: 'v1.35.0', homepage: 'https://block.github.io/goose/',
    description: 'Goose headless `run` with the developer extension enabled.',
    skill: 0.0, recordsTokens: false, turns: 10, artifacts: [],
    command: ['goose', 'run', '--no-session', '--text', '{prompt}'],
  },
  {
    name: 'qwen-code', version: 'v0.16.1', homepage: 'https://github.com/QwenLM/qwen-code',
    description: 'Qwen Code CLI in non-interactive `--yolo` mode.',
    skill: 0.05, recordsTokens: true, turns: 7, artifacts: ['.qwen/settings.json'],
    command: ['qwen', '--yolo', '--model', '{model}', '-p', '{prompt}'],
  },
  {
    name: 'copilot', version: 'v1.0.63', homepage: 'https://github.com/github/copilot-cli',
    description: 'GitHub Copilot CLI in programmatic mode, pointed at the benchmark endpoint.',
    skill: 0.15, recordsTokens: false, turns: 9, artifacts: [],
    command: ['copilot', '--allow-all-tools', '--model', '{model}', '-p', '{prompt}'],
  },
  {
    name: 'pi', version: 'v0.73.1', homepage: 'https://github.com/badlogic/pi-mono',
    description: 'pi coding agent in `--print` mode: four tools, minimal system prompt.',
    skill: 0.12, recordsTokens: true, turns: 8, artifacts: [],
    command: ['pi', '--provider', 'cab', '--model', '{model}', '--print', '{prompt}'],
  },
  {
    name: 'crush', version: 'v0.12.3', homepage: 'https://github.com/charmbracelet/crush',
    description: 'Charm Crush in non-interactive `run` mode.',
    skill: -0.05, recordsTokens: false, turns: 10, artifacts: ['.crush/crush.db'],
    command: ['crush', 'run', '--quiet', '{prompt}'],
  },
];

const hf = (path: string): string => `https://huggingface.co/${path}`;

/** The models of the real benchmark, in catalogue order. */
export const MODELS: readonly ModelSpec[] = [
  { id: 'meta/llama-3.3-70b-instruct', name: 'Llama 3.3 70B Instruct', homepage: hf('meta-llama/Llama-3.3-70B-Instruct'),
    description: 'Meta dense 70B instruction model; the baseline of the free sweeps.', skill: -0.35, speed: 45, caution: 0.4 },
  { id: 'openai/gpt-oss-120b', name: 'gpt-oss-120b', homepage: hf('openai/gpt-oss-120b'),
    description: 'OpenAI open-weight MoE reasoning model (117B total, 5.1B active).', skill: 0.35, speed: 110, caution: 0.8 },
  { id: 'mistralai/mistral-small-4-119b-2603', name: 'Mistral Small 4 (2603)', homepage: hf('mistralai'),
    description: 'Mistral Small 4, 119B MoE, March 2026 release.', skill: 0.05, speed: 70, caution: 0.2 },
  { id: 'qwen/qwen3-coder-480b-a35b', name: 'Qwen3 Coder 480B A35B', homepage: hf('Qwen/Qwen3-Coder-480B-A35B-Instruct'),
    description: 'Qwen agentic coding MoE, 480B total, 35B active.', skill: 0.55, speed: 60, caution: 0.1 },
  { id: 'deepseek-ai/deepseek-v3.2', name: 'DeepSeek V3.2', homepage: hf('deepseek-ai'),
    description: 'DeepSeek V3.2 with sparse attention, non-thinking mode.', skill: 0.5, speed: 35, caution: 0.3 },
  { id: 'moonshotai/kimi-k2-instruct', name: 'Kimi K2 Instruct', homepage: hf('moonshotai/Kimi-K2-Instruct'),
    description: 'Moonshot 1T-parameter MoE tuned for tool use.', skill: 0.45, speed: 40, caution: 0.35 },
  { id: 'minimaxai/minimax-m3', name: 'MiniMax M3', homepage: hf('MiniMaxAI'),
    description: 'MiniMax third-generation MoE with long context.', skill: 0.2, speed: 55, caution: 0.25 },
  { id: 'stepfun-ai/step-3.5-flash', name: 'Step 3.5 Flash', homepage: hf('stepfun-ai'),
    description: 'StepFun fast reasoning model; long thinking traces.', skill: 0.1, speed: 25, caution: 0.5 },
  { id: 'z-ai/glm-4.6', name: 'GLM-4.6', homepage: hf('zai-org/GLM-4.6'),
    description: 'Zhipu GLM-4.6, 355B MoE with agentic coding tuning.', skill: 0.4, speed: 50, caution: 0.45 },
];

/** Pairs that cannot handshake (tool-call format mismatch): every cell of the pair fails as `incompatible`. */
export const INCOMPATIBLE_PAIRS: ReadonlySet<string> = new Set([
  'openhands|openai/gpt-oss-120b',
  'goose|stepfun-ai/step-3.5-flash',
]);

/** True when a (tui, model) pair cannot handshake; synthesised pairs fail at a low fixed rate. */
export function isIncompatible(tui: string, model: string): boolean {
  if (INCOMPATIBLE_PAIRS.has(`${tui}|${model}`)) return true;
  const known = TUIS.some((t) => t.name === tui) && MODELS.some((m) => m.id === model);
  return !known && hashString(`incompatible|${tui}|${model}`) % 40 === 0;
}

/** Splits `name-x3` into the catalogue base name and the synthetic index (0 for a real name). */
function splitSynthetic(name: string): [string, number] {
  const m = /^(.*)-x(\d+)$/.exec(name);
  return m?.[1] !== undefined && m[2] !== undefined ? [m[1], Number(m[2])] : [name, 0];
}

/** A fake but fixed `sha256:` digest for an image, e.g. `digestFor('codingagentbench/goose:v1.35.0')`. */
export function digestFor(image: string): string {
  const known: Record<string, string> = {
    'codingagentbench/openhands:1.7.0': '7fcaf222644a5cb0afffe018f038d270130b5af3b8af366cd960f2d596a4342c',
    'codingagentbench/aider:v0.86.0': 'f2cd27890475900f9cb617b1c7a6328989a48e8168e7280ac2247a5d2d26d8a1',
  };
  return `sha256:${known[image] ?? createRng(hashString(`digest|${image}`)).hex(64)}`;
}

/** The image a tui runs in, e.g. `codingagentbench/aider:v0.86.0`. */
export function imageFor(tui: TuiSpec): string {
  return `codingagentbench/${tui.name}:${tui.version}`;
}

/** Looks up a tui; a synthesised name such as `aider-x2` borrows `aider` with jittered traits. */
export function findTui(name: string): TuiSpec {
  const [base, index] = splitSynthetic(name);
  const found = TUIS.find((t) => t.name === name) ?? TUIS.find((t) => t.name === base);
  if (found === undefined) throw new Error(`unknown tui ${JSON.stringify(name)}`);
  if (found.name === name) return found;
  const rng = createRng(hashString(`tui|${name}`));
  return { ...found, name, version: `${found.version}-x${index}`, skill: found.skill + rng.normal(0, 0.15) };
}

/** Looks up a model; a synthesised id such as `openai/gpt-oss-120b-x2` borrows its base with jittered traits. */
export function findModel(id: string): ModelSpec {
  const [base, index] = splitSynthetic(id);
  const found = MODELS.find((m) => m.id === id) ?? MODELS.find((m) => m.id === base);
  if (found === undefined) throw new Error(`unknown model ${JSON.stringify(id)}`);
  if (found.id === id) return found;
  const rng = createRng(hashString(`model|${id}`));
  return { ...found, id, name: `${found.name} (variant ${index})`, skill: found.skill + rng.normal(0, 0.2), speed: found.speed * rng.float(0.7, 1.4) };
}

/** The name a synthesised catalogue entry gets, e.g. `synthName('aider', 2)` is `aider-x2`. */
export function synthName(base: string, index: number): string {
  return index === 0 ? base : `${base}-x${index}`;
}
