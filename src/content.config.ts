import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from './schema/z.ts';

/** Prose pages in content/*.mdx, each served at /<name>/. */
const pages = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './content' }),
  schema: z.object({
    /** Page title, e.g. "Methodology". */
    title: z.string(),
    /** One sentence for search engines and share cards. */
    description: z.string(),
  }),
});

export const collections = { pages };
