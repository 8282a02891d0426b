import { describe, expect, it } from 'vitest';
import { decodeAttribute } from './html-tags.ts';
import { searchRecordOf } from './search-records.ts';

const page = (main: string, head = '<title>t · sweepsite</title><meta name="description" content="A &quot;quoted&quot; &amp; &#39;escaped&#39; description">'): string =>
  `<!doctype html><html><head>${head}</head><body><header><nav><a href="/">x</a></nav></header>${main}<p>body text</p></main></body></html>`;

describe('searchRecordOf', () => {
  it('takes the title, description and filters of a searchable page', () => {
    const html = page('<main id="main" data-pagefind-body=""><span hidden data-pagefind-meta="title:aider × gpt &lt;5&gt;"></span><span hidden data-pagefind-filter="type:cell"></span><span hidden data-pagefind-filter="model:org/m:1"></span>');
    expect(searchRecordOf(html, '/sweeps/s/cell/a/')).toEqual({
      url: '/sweeps/s/cell/a/',
      title: 'aider × gpt <5>',
      content: `A "quoted" & 'escaped' description`,
      filters: { type: ['cell'], model: ['org/m:1'] },
    });
  });
  it('falls back to <title> and to the title alone without a description', () => {
    expect(searchRecordOf(page('<main data-pagefind-body>', '<title>Only &amp; title</title>'), '/x/')).toEqual({ url: '/x/', title: 'Only & title', content: 'Only & title', filters: {} });
  });
  it('leaves out pages without data-pagefind-body, and pages cut off before <main>', () => {
    expect(searchRecordOf(page('<main id="main">'), '/cell/a/')).toBeNull();
    expect(searchRecordOf('<!doctype html><html><head><title>t</title>', '/x/')).toBeNull();
  });
  it('takes filters only from the spans that open <main>, not from elsewhere in the page', () => {
    const html = `<html><head><title>t</title></head><body><span data-pagefind-filter="type:fake"></span><main data-pagefind-body><span hidden data-pagefind-filter="type:real"></span>\n <span hidden data-pagefind-filter="sweep:s"></span><h1>x</h1><span data-pagefind-filter="type:later"></span>`;
    expect(searchRecordOf(html, '/x/')?.filters).toEqual({ type: ['real'], sweep: ['s'] });
  });
});

describe('decodeAttribute', () => {
  it('decodes named, decimal and hex references and keeps unknown ones', () => {
    expect(decodeAttribute('&lt;a&gt; &amp;amp; &#39;&#x27;&quot; &#128512; &nbsp; &#0;')).toBe(`<a> &amp; ''" 😀 &nbsp; &#0;`);
  });
});
