import { z } from './z.ts';
import { AxesSchema } from './axes.ts';
import { FailureSchema } from './failure.ts';
import { DigestSchema, ModelSchema, SchemaVersionSchema, SweepIdSchema, TaskIdSchema, TimestampSchema, TuiSchema } from './ids.ts';
import { ModelCallSchema } from './model-call.ts';
import { SpanSchema } from './span.ts';
import { TerminalSchema } from './terminal.ts';

/** One run of one config (tui × model) on one task in one sweep. Unknown keys are kept and shown. */
export const CellSchema = z.looseObject({
  schema_version: SchemaVersionSchema,
  cell_id: z.string().min(1).describe('sweep_id/tui/model/task, optionally followed by #run<N>'),
  sweep_id: SweepIdSchema,
  tui: TuiSchema,
  model: ModelSchema,
  task: TaskIdSchema,
  task_prompt: z.string().optional().describe('The one-line task text given to the agent'),
  attempt: z.number().int().min(1).optional().describe('Rerun number; else from the #run<N> suffix, else 1'),
  failure: FailureSchema.optional(),
  container_image: z.string().optional().describe('e.g. "codingagentbench/openhands:1.7.0"'),
  image_digest: DigestSchema.optional(),
  model_build_id: z.string().optional(),
  exit_code: z.number().int().nullable().optional().describe("The agent container's exit code"),
  started_at: TimestampSchema.optional(),
  ended_at: TimestampSchema.optional(),
  timed_out: z.boolean().optional(),
  tokens_source: z.string().optional().describe('Where token counts came from, e.g. "TUI stdout"'),
  axes: AxesSchema,
  spans: z.array(SpanSchema).optional(),
  model_calls: z.array(ModelCallSchema).optional(),
  terminal: TerminalSchema.nullable().optional(),
  plugin_stack: z.array(z.string()).optional(),
  behavior_mode: z.string().optional().describe('e.g. "factory"'),
});

export type Cell = z.infer<typeof CellSchema>;

/** The cell fields the site knows; any other top-level key is shown under "other fields". */
export const KNOWN_CELL_KEYS: ReadonlySet<string> = new Set(Object.keys(CellSchema.shape));
