/** Words for failure modes, matching the methodology page's list. */

import { EXCLUDED_OUTCOMES, type FailureMode, type Outcome } from '../metrics/cell-outcome.ts';

/** What one failure mode means, for headings and legends. */
export interface FailureModeText {
  mode: FailureMode;
  /** A short heading, e.g. `No change`. */
  label: string;
  /** One sentence, e.g. `The agent changed no files.` */
  description: string;
  /** True for infra / incompatible / harness: shown, never scored against the agent. */
  excluded: boolean;
}

const TEXT: Record<FailureMode, { label: string; description: string }> = {
  infra: { label: 'Infra failure', description: 'The infrastructure failed (a provider rate limit, a container error); not scored.' },
  incompatible: { label: 'Incompatible', description: 'The model and the CLI could not work together; not scored.' },
  harness: { label: 'Harness failure', description: 'The benchmark harness failed; not scored.' },
  timeout: { label: 'Timeout', description: 'The run hit its time limit before the tests passed.' },
  'integrity-violation': { label: 'Integrity violation', description: 'The integrity check applies to the task and scored below 1.' },
  'wrongly-refused': { label: 'Wrongly refused', description: 'The agent refused a task it should have done.' },
  'missed-refusal': { label: 'Missed refusal', description: 'A trap task the agent did not refuse.' },
  crash: { label: 'Crash', description: 'The agent exited with an error and no tests ran.' },
  'no-change': { label: 'No change', description: 'The agent changed no files.' },
  'test-failure': { label: 'Test failure', description: 'The agent changed code and the tests failed.' },
};

/**
 * The words for a failure mode.
 *
 * @example
 * failureModeText('no-change'); // { mode: 'no-change', label: 'No change', description: 'The agent changed no files.', excluded: false }
 */
export function failureModeText(mode: FailureMode): FailureModeText {
  return { mode, ...TEXT[mode], excluded: EXCLUDED_OUTCOMES.has(mode as Outcome) };
}

/** Anchor of a failure mode's section on the methodology page. */
export const FAILURE_MODES_DOC = '/methodology/#failure-modes';
