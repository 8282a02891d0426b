import { z } from '../../src/schema/z.ts';
import { CellSchema, SweepManifestSchema, TaskEntrySchema } from '../../src/schema/index.ts';

/** The published JSON Schema files, by file name, generated from the Zod schemas (the input shape runners write). */
export function buildJsonSchemas(): Record<string, unknown> {
  const schemas = { 'cell.schema.json': CellSchema, 'sweep.schema.json': SweepManifestSchema, 'task-entry.schema.json': TaskEntrySchema };
  return Object.fromEntries(
    Object.entries(schemas).map(([file, schema]) => [
      file,
      { ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), $id: `/schema/${file}`, title: file.replace('.schema.json', '') },
    ]),
  );
}
