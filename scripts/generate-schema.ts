// npm run schema: writes the data contract's JSON Schema files to public/schema/, where the site publishes them.
import fs from 'node:fs';
import path from 'node:path';
import { buildJsonSchemas } from './lib/json-schemas.ts';

const outDir = path.resolve(process.argv[2] ?? 'public/schema');
fs.mkdirSync(outDir, { recursive: true });
for (const [file, schema] of Object.entries(buildJsonSchemas())) {
  fs.writeFileSync(path.join(outDir, file), `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote ${path.join(outDir, file)}\n`);
}
