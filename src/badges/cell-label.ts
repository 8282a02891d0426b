/**
 * The label of a cell badge: which config ran which task, shortened to the label budget in an
 * order that keeps the task readable, since the task is what tells two cell badges of one
 * config apart.
 */
import { textWidth, type TextWidthOptions } from './text-width.ts';
import { ELLIPSIS, middleTruncateToWidth, truncateToWidth } from './truncate.ts';

/** What identifies a cell on its badge. */
export interface CellLabelParts {
  /** Agent CLI, e.g. `openhands`. */
  readonly tui: string;
  /** Model as `vendor/name`, e.g. `meta/llama-3.3-70b-instruct`. */
  readonly model: string;
  /** Task as `category/name`, e.g. `mutations/rust-error-negated`. */
  readonly task: string;
}

/** The text after the last `/` of an id (`meta/llama-3` -> `llama-3`), or the whole id. */
const lastSegment = (id: string): string => id.slice(id.lastIndexOf('/') + 1) || id;

const join = (tui: string, model: string, task: string): string => `${tui} × ${model} · ${task}`;

/**
 * The full label, `tui × vendor/model · category/task`.
 *
 * @example
 * fullCellLabel({ tui: 'openhands', model: 'meta/llama-3.3-70b-instruct', task: 'mutations/rust-error-negated' });
 * // 'openhands × meta/llama-3.3-70b-instruct · mutations/rust-error-negated'
 */
export function fullCellLabel(parts: CellLabelParts): string {
  return join(parts.tui, parts.model, parts.task);
}

/**
 * The label drawn on a cell badge, at most `maxWidth` px wide. Shortens step by step until it
 * fits: the full label; without the model's vendor; without the task's category too; then the
 * model name cut in the middle (both ends of `llama-3.3-70b-instruct` say something), down to
 * "…". Only when CLI and task name alone overflow is the CLI shortened and the task name cut, in
 * the middle, and then never away.
 *
 * @example
 * cellBadgeLabel({ tui: 'openhands', model: 'meta/llama-3.3-70b-instruct', task: 'mutations/rust-error-negated' }, 300);
 * // 'openhands × llama-3.3-70b-instruct · rust-error-negated'
 */
export function cellBadgeLabel(parts: CellLabelParts, maxWidth: number, options: TextWidthOptions = {}): string {
  const fits = (text: string): boolean => textWidth(text, options) <= maxWidth;
  const { tui, model, task } = parts;
  const name = lastSegment(model);
  const taskName = lastSegment(task);
  for (const candidate of [join(tui, model, task), join(tui, name, task), join(tui, name, taskName)]) {
    if (fits(candidate)) return candidate;
  }
  // The model name gets what is left beside the CLI and task name, keeping at least one character.
  const shortModel = middleTruncateToWidth(name, maxWidth - textWidth(join(tui, '', taskName), options), options);
  if (shortModel !== '' && shortModel !== ELLIPSIS) return join(tui, shortModel, taskName);
  // CLI and task name alone overflow: drop the model, then let the CLI take at most a third of the room.
  const noModel = join(tui, ELLIPSIS, taskName);
  if (fits(noModel)) return noModel;
  const shortTui = truncateToWidth(tui, maxWidth / 3, options) || ELLIPSIS;
  const shortTask = middleTruncateToWidth(taskName, maxWidth - textWidth(join(shortTui, ELLIPSIS, ''), options), options);
  if (shortTask !== '' && shortTask !== ELLIPSIS) return join(shortTui, ELLIPSIS, shortTask);
  // Too narrow for any of it: the task name alone, cut in the middle.
  return middleTruncateToWidth(taskName, maxWidth, options);
}
