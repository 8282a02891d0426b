import { z } from './z.ts';

/** Kinds of run failure that say nothing about the agent's ability. */
export const FAILURE_KINDS = ['infra', 'incompatible', 'harness'] as const;

/** Why a run could not measure the agent. */
export const FailureSchema = z.looseObject({
  kind: z.enum(FAILURE_KINDS).describe('infra (rate limit, container error), incompatible (no handshake), harness'),
  message: z.string().describe('What happened'),
});

export type Failure = z.infer<typeof FailureSchema>;
