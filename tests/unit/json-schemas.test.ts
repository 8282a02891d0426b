import fs from 'node:fs';
import { expect, it } from 'vitest';
import { buildJsonSchemas } from '../../scripts/lib/json-schemas.ts';

it('the committed JSON Schema files are the ones the Zod schemas generate (run npm run schema)', () => {
  for (const [file, schema] of Object.entries(buildJsonSchemas())) {
    const committed = JSON.parse(fs.readFileSync(`public/schema/${file}`, 'utf8')) as unknown;
    expect(committed, file).toEqual(schema);
  }
});

it('the cell schema names the required fields and keeps unknown keys', () => {
  const cell = buildJsonSchemas()['cell.schema.json'] as { required: string[]; additionalProperties: unknown };
  expect(cell.required).toEqual(expect.arrayContaining(['cell_id', 'sweep_id', 'tui', 'model', 'task', 'axes']));
  expect(cell.additionalProperties).toEqual({});
});
