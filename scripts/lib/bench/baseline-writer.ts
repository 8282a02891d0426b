// The practical floor: read and validate every cell with the same schema, write one minimal page
// per cell from a template string. Usage: node baseline-writer.ts ARCHIVE OUT
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { CellSchema } from '../../../src/schema/index.ts';
import { cellPath } from '../../../src/urls/routes.ts';

const [archive = 'sweeps', out = 'baseline-out'] = process.argv.slice(2);
const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
let pages = 0;
for (const file of fg.sync('*/cells/**/*.json', { cwd: archive })) {
  const cell = CellSchema.parse(JSON.parse(fs.readFileSync(path.join(archive, file), 'utf8')));
  const attempt = /#run(\d+)$/.exec(cell.cell_id)?.[1];
  const page = cellPath({ sweepId: cell.sweep_id, tui: cell.tui, model: cell.model, task: cell.task, attempt: attempt === undefined ? 1 : Number(attempt) });
  const rows = Object.entries(cell.axes)
    .map(([axis, v]) => `<tr><th>${escape(axis)}</th><td>${escape(JSON.stringify(v))}</td></tr>`)
    .join('');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(cell.cell_id)}</title></head><body><h1>${escape(cell.tui)} × ${escape(cell.model)}</h1><p>${escape(cell.task)}</p><table>${rows}</table></body></html>`;
  const dir = path.join(out, page);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), html);
  pages++;
}
process.stdout.write(`${pages} pages\n`);
