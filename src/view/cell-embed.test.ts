import { describe, expect, it } from 'vitest';
import { buildEmbedOptions } from './cell-embed.ts';

const alias = { badge: 'https://b.example/badge/aider/v/m/c/t.svg', page: 'https://b.example/cell/aider/v/m/c/t/', badgePath: '/badge/aider/v/m/c/t.svg' };
const permanent = { badge: 'https://b.example/sweeps/s/badge/aider/v/m/c/t.svg', page: 'https://b.example/sweeps/s/cell/aider/v/m/c/t/', badgePath: '/sweeps/s/badge/aider/v/m/c/t.svg' };

describe('buildEmbedOptions', () => {
  it('offers the badge that follows the newest sweep first, then the permanent one', () => {
    const [first, second] = buildEmbedOptions('Bench: aider × v/m on c/t', alias, permanent, 's');
    expect(first?.markdown).toBe('[![Bench: aider × v/m on c/t](https://b.example/badge/aider/v/m/c/t.svg)](https://b.example/cell/aider/v/m/c/t/)');
    expect(first?.html).toBe('<a href="https://b.example/cell/aider/v/m/c/t/"><img src="https://b.example/badge/aider/v/m/c/t.svg" alt="Bench: aider × v/m on c/t"/></a>');
    expect(first?.badgeSrc).toBe('/badge/aider/v/m/c/t.svg');
    expect(second?.title).toBe('This sweep only (s)');
    expect(second?.html).toContain('href="https://b.example/sweeps/s/cell/aider/v/m/c/t/"');
  });

  it('escapes every URL and the alt text in the HTML, and keeps the Markdown link whole', () => {
    const odd = { badge: 'https://b.example/x".svg?a=1&b=<2>', page: "https://b.example/p'(1) 2/", badgePath: '/x.svg' };
    const [option] = buildEmbedOptions('a "b" <c> & [d]', odd, permanent, 's');
    expect(option?.html).toBe(
      '<a href="https://b.example/p&apos;(1) 2/"><img src="https://b.example/x&quot;.svg?a=1&amp;b=&lt;2&gt;" alt="a &quot;b&quot; &lt;c&gt; &amp; [d]"/></a>',
    );
    expect(option?.markdown).toBe('[![a "b" <c> & \\[d\\]](https://b.example/x".svg?a=1&b=<2>)](https://b.example/p\'%281%29%202/)');
  });
});
