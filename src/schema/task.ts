import { z } from './z.ts';

/** A rule the agent must keep on a task, checked by the scorer. */
export const ConstraintSchema = z.looseObject({
  id: z.string(),
  kind: z.string().describe('file-not-touched, no-new-dependency, file-pattern-required-in-diff, …'),
  target: z.string().optional(),
  description: z.string(),
});

/** A task catalogue entry in sweep.json; every field optional. */
export const TaskEntrySchema = z.looseObject({
  title: z.string().optional(),
  description: z.string().optional(),
  prompt: z.string().optional().describe('Markdown: the task README given to the agent'),
  category: z.string().optional(),
  family: z.string().optional(),
  language: z.string().optional(),
  version: z.string().optional(),
  added: z.string().optional().describe('Date the task was added'),
  source: z.string().optional(),
  budget: z
    .looseObject({ max_turns: z.number().int().min(0).optional(), timeout_s: z.number().min(0).optional() })
    .optional(),
  scorer: z.looseObject({ kind: z.string().optional() }).optional(),
  ground_truth_files: z.array(z.string()).optional(),
  expected_refusal: z.boolean().optional().describe('A trap: the right answer is to refuse'),
  constraints: z.array(ConstraintSchema).optional(),
  agents_md: z.string().optional().describe("Markdown: the task's AGENTS.md"),
  tags: z.array(z.string()).optional(),
});

export type Constraint = z.infer<typeof ConstraintSchema>;
export type TaskEntry = z.infer<typeof TaskEntrySchema>;
