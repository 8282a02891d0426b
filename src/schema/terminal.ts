import { z } from './z.ts';

/** A terminal recording in asciicast v2 or v3: a file in the sweep folder, or inline events. */
export const TerminalSchema = z.union([
  z.looseObject({
    format: z.literal('asciicast'),
    path: z.string().min(1).describe("Path relative to the sweep's folder; must stay inside it"),
  }),
  z.looseObject({
    format: z.literal('asciicast'),
    header: z.record(z.string(), z.unknown()).optional().describe('The asciicast header line'),
    events: z.array(z.array(z.unknown())).describe('asciicast event lines: [time, code, data]'),
  }),
]);

export type Terminal = z.infer<typeof TerminalSchema>;
