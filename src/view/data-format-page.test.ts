import { describe, expect, it } from 'vitest';
import { buildDataFormatPage, describeType } from './data-format-page.ts';

describe('describeType', () => {
  it.each<[object, string]>([
    [{ type: 'number', minimum: 0, maximum: 1 }, 'number 0..1'],
    [{ type: 'array', items: { type: 'string' } }, 'string[]'],
    [{ anyOf: [{ type: 'string', enum: ['true', 'false'] }, { type: 'null' }] }, '"true" | "false" | null'],
    [{ type: 'string', format: 'date-time' }, 'string (date-time)'],
    [{ const: 1 }, '1'],
  ])('%j -> %s', (schema, words) => {
    expect(describeType(schema)).toBe(words);
  });
});

it('documents every cell field of the contract, pass_rate.pass as required', () => {
  const records = buildDataFormatPage();
  const cell = records.find((r) => r.id === 'cell');
  expect(cell?.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['cell_id', 'axes', 'spans', 'model_calls', 'terminal', 'failure', 'tokens_source', 'behavior_mode']));
  const pass = records.find((r) => r.id === 'axis-pass_rate')?.fields.find((f) => f.name === 'pass');
  expect(pass).toMatchObject({ required: true, type: 'number 0..1' });
});
