import { z } from '../schema/z.ts';
import { AxesSchema, CellSchema, SpanSchema, SweepManifestSchema, TaskEntrySchema, ModelCallSchema } from '../schema/index.ts';

/** One documented field of the contract. */
export interface FieldDoc {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

/** One documented record type, with its published JSON Schema file when it has one. */
export interface RecordDoc {
  id: string;
  title: string;
  schemaFile: string | null;
  fields: FieldDoc[];
}

type JsonSchema = { type?: string | string[]; anyOf?: JsonSchema[]; oneOf?: JsonSchema[]; const?: unknown; enum?: unknown[]; items?: JsonSchema; pattern?: string; description?: string; properties?: Record<string, JsonSchema>; required?: string[]; minimum?: number; maximum?: number; format?: string };

/** A JSON Schema type in words, e.g. `number 0..1`, `string[]`, `"infra" | "incompatible"`. */
export function describeType(s: JsonSchema): string {
  if (s.anyOf !== undefined || s.oneOf !== undefined) return [...new Set((s.anyOf ?? s.oneOf ?? []).map(describeType))].join(' | ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum !== undefined) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (s.type === 'array') return `${s.items === undefined ? 'any' : describeType(s.items)}[]`;
  const range = s.minimum !== undefined && s.maximum !== undefined ? ` ${s.minimum}..${s.maximum}` : s.minimum !== undefined ? ` ≥ ${s.minimum}` : '';
  const base = Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? 'any');
  return `${s.format === undefined ? base : `${base} (${s.format})`}${range}`;
}

function documentSchema(id: string, title: string, schema: z.ZodType, schemaFile: string | null): RecordDoc {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const required = new Set(json.required ?? []);
  return {
    id,
    title,
    schemaFile,
    fields: Object.entries(json.properties ?? {}).map(([name, s]) => ({ name, type: describeType(s), required: required.has(name), description: s.description ?? '' })),
  };
}

/** The data-format page: every record type of the contract, generated from the Zod schemas. */
export function buildDataFormatPage(): RecordDoc[] {
  const axes = Object.entries(AxesSchema.shape).map(([name, schema]) => documentSchema(`axis-${name}`, `Axis: ${name}`, schema, null));
  return [
    documentSchema('sweep', 'sweep.json', SweepManifestSchema, '/schema/sweep.schema.json'),
    documentSchema('task-entry', 'Task entry', TaskEntrySchema, '/schema/task-entry.schema.json'),
    documentSchema('cell', 'Cell', CellSchema, '/schema/cell.schema.json'),
    ...axes,
    documentSchema('span', 'Span', SpanSchema, null),
    documentSchema('model-call', 'Model call', ModelCallSchema, null),
  ];
}
