import { describe, expect, it } from 'vitest';
import { cellBadgeLabel, fullCellLabel, type CellLabelParts } from './cell-label.ts';
import { textWidth } from './text-width.ts';
import { ELLIPSIS } from './truncate.ts';

const SEED: CellLabelParts = { tui: 'openhands', model: 'meta/llama-3.3-70b-instruct', task: 'mutations/rust-error-negated' };
const MISTRAL: CellLabelParts = { tui: 'openhands', model: 'mistralai/mistral-small-4-119b-2603', task: 'mutations/python-comparator-swap' };
const SHORT: CellLabelParts = { tui: 'aider', model: 'openai/gpt-oss-120b', task: 'polyglot/go-json-tags' };

describe('fullCellLabel', () => {
  it('joins CLI, model and task', () => {
    expect(fullCellLabel(SEED)).toBe('openhands × meta/llama-3.3-70b-instruct · mutations/rust-error-negated');
  });
});

describe('cellBadgeLabel', () => {
  // Budgets are text widths in px at 11 px; 349 is the cell badge's (a 360 px segment).
  it.each([
    ['fits whole', SHORT, 349, 'aider × openai/gpt-oss-120b · polyglot/go-json-tags'],
    ['fits whole at its exact width', SEED, textWidth(fullCellLabel(SEED)), fullCellLabel(SEED)],
    ['drops the vendor first', SEED, 370, 'openhands × llama-3.3-70b-instruct · mutations/rust-error-negated'],
    ['then the category', SEED, 349, 'openhands × llama-3.3-70b-instruct · rust-error-negated'],
    ['then cuts the model in the middle', SEED, 250, 'openhands × llama-…truct · rust-error-negated'],
    ['keeps both ends of a long model name', MISTRAL, 349, 'openhands × mistral-sma…-119b-2603 · python-comparator-swap'],
    ['down to a few model characters', SEED, 200, 'openhands × ll…t · rust-error-negated'],
    ['then cuts the task name in the middle, never away', SEED, 182, 'openhands × … · rust-er…negated'],
    ['and gives the CLI at most a third of the room', SEED, 150, 'openha… × … · rust-…gated'],
    ['shows only the task name when nothing else fits', SEED, 60, 'rust-…ated'],
    ['multi-segment model ids drop all but the name', { tui: 'aider', model: 'a/b/model-name', task: 'cat/task' }, 140, 'aider × model-name · task'],
  ] as const)('%s', (_why, parts, budget, label) => {
    const got = cellBadgeLabel(parts, budget);
    expect(got).toBe(label);
    expect(textWidth(got)).toBeLessThanOrEqual(budget);
  });

  it('never loses the task across every budget, and always fits', () => {
    for (const parts of [SEED, MISTRAL, SHORT, { tui: 'x'.repeat(80), model: `v/${'m'.repeat(80)}`, task: `c/${'t'.repeat(80)}` }]) {
      const taskName = parts.task.split('/')[1] ?? '';
      for (let budget = 30; budget < 600; budget += 7) {
        const got = cellBadgeLabel(parts, budget);
        expect(textWidth(got), `${budget}`).toBeLessThanOrEqual(budget);
        // The task name is there whole, or both of its ends around an ellipsis.
        const tail = got.split(' · ').at(-1) ?? '';
        const [head = '', end = ''] = tail.split(ELLIPSIS);
        expect(tail === parts.task || tail === taskName || (taskName.startsWith(head) && taskName.endsWith(end) && head.length > 0), `${budget}: ${got}`).toBe(true);
      }
    }
  });
});
