import { z } from './z.ts';

/**
 * Longest tui name, task segment, model vendor or model name: each becomes a folder or file name
 * in the built site (with `.svg` or `run-N` beside it), and file systems refuse names past 255 bytes.
 */
export const MAX_ID_SEGMENT_LENGTH = 100;

/** Pattern of a sweep id, e.g. `free-20260527`. */
export const SWEEP_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/** Pattern of a tui name or one task segment, e.g. `openhands`, `rust-error-negated`. */
export const SEGMENT_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
/** Characters a model id may hold, e.g. `qwen/Qwen2.5-Coder-32B:free`. */
export const MODEL_PATTERN = /^[A-Za-z0-9/.:@+_-]+$/;

/** A sweep id: one run of the benchmark grid. */
export const SweepIdSchema = z
  .string()
  .regex(SWEEP_ID_PATTERN, { message: 'a sweep id: letters, digits, ".", "_" or "-", starting with a letter or digit, at most 128 characters' })
  .describe('Sweep id, e.g. "free-20260527"');

/** A tui (agent CLI) name. */
export const TuiSchema = z
  .string()
  .regex(SEGMENT_PATTERN, { message: 'a tui name: lower-case letters, digits, ".", "_" or "-", starting with a letter or digit' })
  .max(MAX_ID_SEGMENT_LENGTH, { message: `a tui name of at most ${MAX_ID_SEGMENT_LENGTH} characters (it names a folder of the site)` })
  .describe('Agent CLI under test, e.g. "openhands"');

/** True when every `/`-separated segment of a model id is a real name (not empty, `.` or `..`). */
export function hasValidModelSegments(model: string): boolean {
  const segments = model.split('/');
  return segments.length >= 2 && segments.every((s) => s !== '' && s !== '.' && s !== '..');
}

/** True when a model id's vendor (before the first `/`) and name (the rest) each fit in a folder name. */
export function hasShortModelParts(model: string): boolean {
  const cut = model.indexOf('/');
  return cut <= MAX_ID_SEGMENT_LENGTH && model.length - cut - 1 <= MAX_ID_SEGMENT_LENGTH;
}

/** A model id as its provider names it: `vendor/name`. */
export const ModelSchema = z
  .string()
  .regex(MODEL_PATTERN, { message: 'a model id: letters, digits and / . : @ + - _ only (no whitespace or control characters)' })
  .refine(hasValidModelSegments, { message: 'a model id of the form vendor/name, with no empty, "." or ".." segment' })
  .refine(hasShortModelParts, { message: `a model id whose vendor and name are each at most ${MAX_ID_SEGMENT_LENGTH} characters (each names a folder of the site)` })
  .describe('Model as the provider names it, e.g. "meta/llama-3.3-70b-instruct"');

/** True when a task id is `category/name` with both segments well formed. */
export function isValidTaskId(task: string): boolean {
  const segments = task.split('/');
  return segments.length === 2 && segments.every((s) => SEGMENT_PATTERN.test(s) && s.length <= MAX_ID_SEGMENT_LENGTH);
}

/** A task id: `category/name`. */
export const TaskIdSchema = z
  .string()
  .refine(isValidTaskId, { message: `a task id "category/name", each part lower-case letters, digits, ".", "_" or "-", at most ${MAX_ID_SEGMENT_LENGTH} characters` })
  .describe('Task as category/name, e.g. "mutations/rust-error-negated"');

/** ISO-8601 timestamp, e.g. `2026-05-31T19:53:46.476582Z`. */
export const TimestampSchema = z.iso
  .datetime({ offset: true, local: false, message: 'an ISO-8601 date-time such as "2026-05-31T19:53:46Z"' })
  .describe('ISO-8601 date-time');

/** Container image digest `sha256:<64 hex>`. */
export const DigestSchema = z
  .string()
  .regex(/^sha256:[0-9a-f]{64}$/, { message: 'an image digest "sha256:" followed by 64 lower-case hex digits' })
  .describe('Image digest, e.g. "sha256:7fcaf2…"');

/** Supported data-contract versions. */
export const SUPPORTED_SCHEMA_VERSIONS = [1] as const;

/** `schema_version`: absent means 1; any other value names the supported versions. */
export const SchemaVersionSchema = z
  .literal(SUPPORTED_SCHEMA_VERSIONS, { message: `a supported schema_version (${SUPPORTED_SCHEMA_VERSIONS.join(', ')})` })
  .optional()
  .describe('Data contract version; 1 when absent');
