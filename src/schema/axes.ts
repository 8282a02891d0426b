import { z } from './z.ts';

// Axes are open objects: the runner's output evolves, so unknown keys are kept and shown.
const unit = z.number().min(0).max(1);
const count = z.number().int().min(0);
const paths = z.array(z.string());

/** Did the task's tests pass. The only required axis. */
export const PassRateAxisSchema = z.looseObject({
  pass: unit.describe('1 = tests pass, 0 = fail (fractions allowed)'),
  exit_code: z.number().int().nullable().optional().describe("Test command's exit code"),
  timed_out: z.boolean().optional().describe('Tests ran out of time'),
  stdout_tail: z.string().optional().describe('Last part of the test output (untrusted, may hold ANSI escapes)'),
  stderr_tail: z.string().optional().describe('Last part of the test error output (untrusted)'),
  partial_score: unit.nullable().optional().describe('Fraction of tests passed, when the scorer records it'),
});

/** Tokens spent. All zero with `model_calls: 0` means not recorded. */
export const TokensAxisSchema = z.looseObject({
  prompt_tokens: count.optional(),
  completion_tokens: count.optional(),
  total_tokens: count.optional(),
  model_calls: count.optional().describe('Number of model calls the tui made'),
  tokens_per_correct_task: z.number().min(0).optional().describe('total_tokens / pass'),
  pass_used_for_division: z.number().min(0).optional(),
});

/** Time spent, in milliseconds. */
export const LatencyAxisSchema = z.looseObject({
  wall_clock_ms: z.number().min(0).optional().describe('Wall time of the whole cell, ms'),
  container_active_ms: z.number().min(0).optional().describe('Time the agent container ran, ms'),
  model_call_ms: z.number().min(0).optional().describe('Time spent waiting on the model, ms'),
});

/** Files touched, and how many of them were outside the expected set. */
export const BlastRadiusAxisSchema = z.looseObject({
  blast_radius: unit.optional().describe('Fraction of changes that were unexpected (0 = clean)'),
  added: paths.optional(),
  removed: paths.optional(),
  modified: paths.optional(),
  unexpected_changes: paths.optional(),
  expected_changes: paths.optional(),
  total_changes: count.optional(),
  extra_git_dir: z.boolean().optional().describe('The agent left a .git directory of its own'),
});

/** `refusal_correct` as runners write it. */
export const RefusalCorrectSchema = z.enum(['true', 'false', 'partial']).nullable();

/** Did the agent refuse a trap task (and only a trap task). */
export const RefusalAxisSchema = z.looseObject({
  refusal: unit.optional(),
  not_applicable: z.boolean().optional().describe('The task is not a refusal trap'),
  expected_refusal: z.boolean().optional(),
  refusal_produced: z.boolean().optional(),
  refusal_correct: RefusalCorrectSchema.optional(),
  fabricated_fix_detected: z.boolean().optional(),
  refusal_reasons: z.array(z.string()).optional(),
  refusal_signals: z.record(z.string(), z.unknown()).optional(),
  marker_hits: z.array(z.unknown()).optional(),
  keyword_hits: z.array(z.unknown()).optional(),
});

/** Did the agent keep the task's integrity rules (e.g. not edit the tests). */
export const IntegrityAxisSchema = z.looseObject({
  integrity: unit.optional(),
  not_applicable: z.boolean().optional().describe('The task has no integrity check'),
  task_id: z.string().optional(),
});

/** The runner's own single-cell composite, kept and shown beside the site's normalised one. */
export const CompositeAxisSchema = z.looseObject({
  composite: z.number().optional(),
  weights: z.record(z.string(), z.number()).optional(),
  components: z.record(z.string(), z.unknown()).optional(),
  note: z.string().optional(),
});

/** The scorer breakdown: one open object per axis; only `pass_rate` is required. */
export const AxesSchema = z.looseObject({
  pass_rate: PassRateAxisSchema,
  tokens: TokensAxisSchema.optional(),
  latency: LatencyAxisSchema.optional(),
  blast_radius: BlastRadiusAxisSchema.optional(),
  refusal: RefusalAxisSchema.optional(),
  integrity: IntegrityAxisSchema.optional(),
  composite: CompositeAxisSchema.optional(),
});

export type PassRateAxis = z.infer<typeof PassRateAxisSchema>;
export type TokensAxis = z.infer<typeof TokensAxisSchema>;
export type LatencyAxis = z.infer<typeof LatencyAxisSchema>;
export type BlastRadiusAxis = z.infer<typeof BlastRadiusAxisSchema>;
export type RefusalAxis = z.infer<typeof RefusalAxisSchema>;
export type IntegrityAxis = z.infer<typeof IntegrityAxisSchema>;
export type CompositeAxis = z.infer<typeof CompositeAxisSchema>;
export type Axes = z.infer<typeof AxesSchema>;

/** The axis names the site understands, in display order. */
export const KNOWN_AXES = ['pass_rate', 'tokens', 'latency', 'blast_radius', 'refusal', 'integrity', 'composite'] as const;
export type AxisName = (typeof KNOWN_AXES)[number];
