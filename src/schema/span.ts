import { z } from './z.ts';
import { TimestampSchema } from './ids.ts';

/**
 * One trace span. `start_ms` is relative to the cell's `started_at`; an absolute
 * `start_time` is accepted instead, and `parent_span_id` for `parent_id`.
 */
export const SpanSchema = z
  .looseObject({
    span_id: z.string().min(1).describe('Unique within the cell'),
    parent_id: z.string().nullable().optional().describe('Parent span, null at the top level'),
    parent_span_id: z.string().nullable().optional().describe('Accepted for parent_id'),
    kind: z.string().describe('task_setup, tool_call, container, adapter_run, cleanup, model_call, …'),
    name: z.string(),
    start_ms: z.number().min(0).optional().describe("Start, ms after the cell's started_at"),
    start_time: TimestampSchema.optional().describe('Absolute start, accepted instead of start_ms'),
    duration_ms: z.number().min(0).describe('Duration, ms'),
    attrs: z.record(z.string(), z.unknown()).optional(),
    error: z.unknown().optional().describe('Null, or what went wrong'),
  })
  .refine((s) => s.start_ms !== undefined || s.start_time !== undefined, {
    message: 'a span start: start_ms (ms after started_at) or start_time (ISO-8601)',
    path: ['start_ms'],
  });

export type Span = z.infer<typeof SpanSchema>;
