import { z } from './z.ts';

/** One model call the tui made, when the runner captured them. */
export const ModelCallSchema = z.looseObject({
  timestamp: z.string().describe('When the call started (ISO-8601)'),
  request_hash: z.string().optional(),
  prompt_tokens: z.number().int().min(0).nullable().optional(),
  completion_tokens: z.number().int().min(0).nullable().optional(),
  latency_ms: z.number().min(0).nullable().optional(),
  finish_reason: z.string().nullable().optional(),
  prompt: z.unknown().optional(),
  completion: z.unknown().optional(),
});

export type ModelCall = z.infer<typeof ModelCallSchema>;
