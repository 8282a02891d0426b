import { describe, expect, it } from 'vitest';
import { redirectStub } from './redirect-stub.ts';

const from = '/cell/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated/';
const to = '/sweeps/free-20260527/cell/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated/';

describe('redirectStub', () => {
  it('sends the reader on with a meta refresh, a canonical link and a plain link, in under 1 KB', () => {
    const html = redirectStub(from, to, { origin: 'https://bench.example' });
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
    expect(html).toContain(`<link rel="canonical" href="https://bench.example${to}">`);
    expect(html).toContain(`<a href="${to}">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(Buffer.byteLength(html)).toBeLessThan(1024);
  });
  it('writes the target relative to the alias, with index.html, for a copy opened from disk', () => {
    const html = redirectStub(from, to, { relative: true, origin: 'https://bench.example' });
    expect(html).toContain('url=../../../../../../sweeps/free-20260527/cell/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated/index.html"');
    expect(html).toContain(`<link rel="canonical" href="https://bench.example${to}">`);
  });
  it('escapes what it is given', () => {
    const html = redirectStub('/cell/a/', '/sweeps/x"><script>/cell/a/');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
  });
});
