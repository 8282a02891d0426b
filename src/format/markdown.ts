import MarkdownIt from 'markdown-it';
import { boundedMemo } from '../util/bounded-memo.ts';

// Raw HTML is off: markdown-it escapes any HTML in the source instead of passing it through,
// and its link validator refuses javascript:, vbscript:, file: and non-image data: URLs.
// This is the only place data-derived HTML is made; it needs no sanitiser because no tag from the input survives.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });

/** Renders untrusted Markdown (task prompts, AGENTS.md, sweep descriptions) to safe HTML. */
export function renderMarkdown(source: string): string {
  return memoRender(source);
}

// Every cell page of a task shows the same prompt and AGENTS.md: parse each text once per process.
const memoRender = boundedMemo((source: string) => md.render(source), { limit: 64 * 2 ** 20, weigh: (source, html) => source.length + html.length });
