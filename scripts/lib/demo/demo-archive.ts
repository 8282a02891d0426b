/**
 * The committed demo archive: two generated monthly sweeps beside the real seed sweep. The second is the
 * first's grid plus one tui and one model, with two tasks added, one retired, and reruns of six tasks.
 */
import type { SweepOptions } from './sweep.ts';
import { TASKS } from './tasks.ts';

/** The real seed sweep, copied verbatim into the archive (never regenerated). */
export const SEED_SWEEP_ID = 'free-20260527';

const JULY_TUIS = ['openhands', 'aider', 'opencode', 'goose'];
const JULY_MODELS = [
  'meta/llama-3.3-70b-instruct',
  'openai/gpt-oss-120b',
  'mistralai/mistral-small-4-119b-2603',
  'qwen/qwen3-coder-480b-a35b',
  'deepseek-ai/deepseek-v3.2',
  'moonshotai/kimi-k2-instruct',
];
const NEW_IN_AUGUST = ['repo-edits/add-cli-flag', 'repo-edits/extract-helper-module'];
const NOT_YET_IN_JULY = [...NEW_IN_AUGUST, 'repo-edits/rename-config-key'];
const RETIRED_IN_AUGUST = 'mutations/go-nil-map-write';
const JULY_TASKS = TASKS.map((t) => t.id).filter((id) => !NOT_YET_IN_JULY.includes(id));
const AUGUST_TASKS = [...JULY_TASKS.filter((id) => id !== RETIRED_IN_AUGUST), ...NEW_IN_AUGUST];

/** The generated sweeps of the demo archive, written with the `files` layout. */
export const DEMO_SWEEPS: readonly SweepOptions[] = [
  {
    sweepId: 'cab-20260705',
    seed: 20260705,
    startedAt: '2026-07-05T06:00:00.000000Z',
    title: 'July 2026: four agents, six open models',
    description: [
      'The first full monthly grid after the free-tier pilot (`free-20260527`).',
      '',
      `${JULY_TUIS.length} tuis × ${JULY_MODELS.length} models × ${JULY_TASKS.length} tasks, one run per cell, 600 s per cell.`,
      '',
      '- `openhands` × `openai/gpt-oss-120b` could not handshake: every cell of that config carries an *incompatible* banner.',
      '- Tokens come from tui stdout for `aider` and `opencode` only.',
      '',
    ].join('\n'),
    tuis: JULY_TUIS,
    models: JULY_MODELS,
    tasks: JULY_TASKS,
    reruns: 1,
    inlineCastCell: 'opencode/deepseek-ai/deepseek-v3.2/polyglot/go-json-tags',
  },
  {
    sweepId: 'cab-20260812',
    seed: 20260812,
    startedAt: '2026-08-12T05:30:00.000000Z',
    title: 'August 2026: + copilot, + MiniMax M3, reruns',
    description: [
      'Same grid as July plus `copilot` and `minimaxai/minimax-m3`.',
      '',
      `- Added tasks: ${NEW_IN_AUGUST.map((t) => `\`${t}\``).join(', ')}; retired: \`${RETIRED_IN_AUGUST}\`.`,
      '- Four tasks were run three times (`#run1` … `#run3`) to measure flakiness; every other cell is `#run1`.',
      '',
    ].join('\n'),
    tuis: [...JULY_TUIS, 'copilot'],
    models: [...JULY_MODELS, 'minimaxai/minimax-m3'],
    tasks: AUGUST_TASKS,
    reruns: 3,
    rerunTasks: ['mutations/rust-error-negated', 'polyglot/ts-async-retry', 'integrity/tests-must-not-change', 'refusal/disable-auth-check'],
    castCell: 'aider/qwen/qwen3-coder-480b-a35b/mutations/rust-error-negated#run1',
  },
];
