import { z } from './z.ts';
import { DigestSchema, ModelSchema, SchemaVersionSchema, SweepIdSchema, TaskIdSchema, TimestampSchema, TuiSchema } from './ids.ts';
import { TaskEntrySchema } from './task.ts';

/** Composite weights; the seed's are 0.4 / 0.2 / 0.15 / 0.15 / 0.1. */
export const WeightsSchema = z.looseObject({
  pass_rate: z.number().min(0),
  integrity: z.number().min(0),
  cost: z.number().min(0),
  latency: z.number().min(0),
  blast_radius: z.number().min(0),
});

/** The weights used when a sweep names none (the seed runner's). */
export const DEFAULT_WEIGHTS: Weights = { pass_rate: 0.4, integrity: 0.2, cost: 0.15, latency: 0.15, blast_radius: 0.1 };

/** A tui catalogue entry. */
export const TuiEntrySchema = z.looseObject({
  image: z.string().optional(),
  digest: DigestSchema.optional(),
  version: z.string().optional(),
  homepage: z.url().optional(),
  description: z.string().optional(),
});

/** A model catalogue entry. */
export const ModelEntrySchema = z.looseObject({
  name: z.string().optional(),
  homepage: z.url().optional(),
  description: z.string().optional(),
  served_via: z.string().optional(),
});

/** Publication status of a sweep. */
export const SWEEP_STATUSES = ['complete', 'partial', 'running'] as const;

/** `sweep.json`: the manifest of one sweep. Unknown keys are kept and shown. */
export const SweepManifestSchema = z.looseObject({
  schema_version: SchemaVersionSchema,
  sweep_id: SweepIdSchema.describe('Must equal the directory name'),
  status: z.enum(SWEEP_STATUSES).optional().describe('complete when absent; others carry a notice'),
  title: z.string().optional(),
  description: z.string().optional().describe('Markdown'),
  started_at: TimestampSchema.optional(),
  ended_at: TimestampSchema.optional(),
  harness: z.looseObject({ name: z.string(), version: z.string(), commit: z.string().optional() }).optional(),
  timeout_s: z.number().positive().optional().describe('Per-cell time limit, seconds'),
  weights: WeightsSchema.optional(),
  tuis: z.record(TuiSchema, TuiEntrySchema).optional(),
  run_templates: z
    .record(z.string(), z.string())
    .optional()
    .describe('Run-it-yourself commands; {sweep_id} {tui} {model} {task} {image} {digest} are filled per cell'),
  tasks: z.record(TaskIdSchema, TaskEntrySchema).optional(),
  models: z.record(ModelSchema, ModelEntrySchema).optional(),
  methodology_version: z.string().optional(),
  snapshot_date: z.string().optional(),
});

export type Weights = z.infer<typeof WeightsSchema>;
export type TuiEntry = z.infer<typeof TuiEntrySchema>;
export type ModelEntry = z.infer<typeof ModelEntrySchema>;
export type SweepManifest = z.infer<typeof SweepManifestSchema>;

/** The manifest fields the site knows; others are shown under "other fields". */
export const KNOWN_SWEEP_KEYS: ReadonlySet<string> = new Set(Object.keys(SweepManifestSchema.shape));
