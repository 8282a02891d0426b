/**
 * The sweep.json manifest of a generated sweep: catalogues for the tuis, models and tasks it ran, the
 * seed's weights and run templates, and a Markdown description of the grid.
 */
import { DEFAULT_WEIGHTS, type ModelEntry, type SweepManifest, type TaskEntry, type TuiEntry, type Weights } from '../../../src/schema/index.ts';
import { digestFor, imageFor, type ModelSpec, type TuiSpec } from './catalogue.ts';
import { taskEntryFor } from './task-entry.ts';
import type { TaskSpec } from './tasks.ts';

/** The seed sweep's "run it yourself" templates, verbatim. */
export const RUN_TEMPLATES: Readonly<Record<string, string>> = {
  "docker":
    "docker pull {image}@{digest}\ndocker run --rm \\\n  -e CAB_ENDPOINT=\"$YOUR_ENDPOINT\" \\\n  -e CAB_KEY=\"$YOUR_KEY\" \\\n  {image}@{digest} \\\n  run-cell \\\n    --tui {tui} \\\n    --model {model} \\\n    --task {task}",
  "aider (bring your own endpoint)":
    "export OPENAI_API_BASE=\"$YOUR_ENDPOINT\"\nexport OPENAI_API_KEY=\"$YOUR_KEY\"\naider --openai-api-base \"$OPENAI_API_BASE\" --openai-api-key \"$OPENAI_API_KEY\" --model \"openai/$YOUR_MODEL_ID\" --yes-always --no-stream --no-check-update --no-analytics --no-show-model-warnings --no-suggest-shell-commands --no-auto-commits --no-pretty --message \"<task prompt from the cell page>\"",
  "npx (provisional)":
    "npx @codingagentbench/cli check --tui {tui} --model {model} --endpoint \"$YOUR_ENDPOINT\" --key \"$YOUR_KEY\" --task {task}",
};

/** The seed runner's composite weights: 0.4 / 0.2 / 0.15 / 0.15 / 0.1. */
export const WEIGHTS: Weights = { ...DEFAULT_WEIGHTS };

/** What a manifest is built from. */
export interface ManifestInput {
  sweepId: string;
  title: string;
  description: string;
  startedAt: string;
  endedAt: string;
  timeoutS: number;
  harness: { name: string; version: string; commit: string };
  methodologyVersion: string;
  tuis: readonly TuiSpec[];
  models: readonly ModelSpec[];
  tasks: readonly TaskSpec[];
}

/** The tui catalogue entry: image, digest, version, homepage, description. */
export function tuiEntryFor(tui: TuiSpec): TuiEntry {
  const image = imageFor(tui);
  return { image, digest: digestFor(image), version: tui.version, homepage: tui.homepage, description: tui.description };
}

/** The model catalogue entry. */
export function modelEntryFor(model: ModelSpec): ModelEntry {
  return { name: model.name, homepage: model.homepage, description: model.description, served_via: 'NVIDIA NIM (build.nvidia.com), free endpoint' };
}

/** A Markdown description of a sweep's grid, used when none is given. */
export function describeGrid(tuis: readonly TuiSpec[], models: readonly ModelSpec[], tasks: readonly TaskSpec[], reruns: number): string {
  const categories = [...new Set(tasks.map((t) => t.id.split('/')[0] ?? ''))];
  const recording = tuis.filter((t) => t.recordsTokens).map((t) => `\`${t.name}\``);
  return [
    `A sweep of **${tuis.length * models.length} configs** (${tuis.length} tuis × ${models.length} models) over **${tasks.length} tasks** in ${categories.length} categories (${categories.map((c) => `\`${c}\``).join(', ')}).`,
    '',
    `- Runs per cell: ${reruns === 1 ? 'one' : `up to ${reruns} (\`#run1\` … \`#run${reruns}\`), to measure flakiness`}.`,
    '- Time limit: 600 s per cell, enforced by killing the agent container.',
    `- Tokens are recorded only by tuis that print them (${recording.join(', ') || 'none'}); the others show *not recorded*.`,
    '- Cells marked with a failure banner (rate limits, failed handshakes) say nothing about the agent and are still scored as recorded.',
    '',
  ].join('\n');
}

/** Builds the sweep.json manifest. */
export function buildManifest(input: ManifestInput): SweepManifest {
  const tasks: Record<string, TaskEntry> = {};
  for (const task of input.tasks) tasks[task.id] = taskEntryFor(task);
  return {
    sweep_id: input.sweepId,
    title: input.title,
    description: input.description,
    status: 'complete',
    started_at: input.startedAt,
    ended_at: input.endedAt,
    harness: input.harness,
    timeout_s: input.timeoutS,
    weights: { ...WEIGHTS },
    tuis: Object.fromEntries(input.tuis.map((t) => [t.name, tuiEntryFor(t)])),
    models: Object.fromEntries(input.models.map((m) => [m.id, modelEntryFor(m)])),
    tasks,
    run_templates: { ...RUN_TEMPLATES },
    methodology_version: input.methodologyVersion,
    snapshot_date: input.endedAt.slice(0, 10),
  };
}
