import fs from 'node:fs';
import path from 'node:path';
import type { ProsePage } from '../../src/plan/site-heads.ts';

/** The front matter keys a prose page has (`src/content.config.ts`): one-line `key: value` pairs. */
function frontMatter(text: string, file: string): Record<string, string> {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  if (block === undefined) throw new Error(`${file}: expected front matter between --- lines`);
  const out: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (m === null) continue;
    const raw = (m[2] ?? '').trim();
    out[m[1] as string] = /^(["']).*\1$/.test(raw) ? (raw.startsWith('"') ? (JSON.parse(raw) as string) : raw.slice(1, -1)) : raw;
  }
  return out;
}

/** The prose pages in `dir` (content/*.md, *.mdx), by id, with the title and description their front matter gives. */
export function listProsePages(dir: string): ProsePage[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => {
      const fm = frontMatter(fs.readFileSync(path.join(dir, f), 'utf8'), f);
      const { title, description } = fm;
      if (title === undefined || description === undefined) throw new Error(`${f}: expected a title and a description in its front matter`);
      return { id: f.replace(/\.mdx?$/, ''), title, description };
    });
}
