/**
 * The comparison picker's pair builder: pick any two configs and see them
 * task by task. It fetches the sweep's `compare/data.json` (only over
 * http(s): browsers refuse `fetch` from file://), computes the pair with the
 * same rules as the built pair pages (`pickPair`), and draws it with DOM
 * calls only (text is never parsed as HTML). The chosen pair lives in the
 * address (`?a=<tui/model>&b=<tui/model>`) so a view can be linked.
 */
import { formatScore } from '../../format/numbers.ts';
import { pickPair, type CompareData, type PickedPair } from '../../view/compare-pair.ts';
import { formatP, formatSigned } from '../../view/compare-verdict.ts';
import { plural } from '../../format/numbers.ts';
import type { CellSquare } from '../../view/outcome-marks.ts';

type Child = Node | string;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, children: readonly Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  return el('a', { href }, [text]);
}

function squares(list: readonly CellSquare[]): HTMLElement {
  return el('span', { class: 'sq-runs' }, list.map((s) => el('a', { class: `sq sq-${s.kind}`, href: s.href, title: s.label, 'aria-label': s.label }, [s.letter])));
}

const OUTCOME_WORDS = { both: 'both passed', onlyA: 'only A passed', onlyB: 'only B passed', neither: 'neither passed' } as const;

function view(p: PickedPair): HTMLElement {
  const intro = el('p', {}, ['A is ', link(p.a.href, p.a.name), ', B is ', link(p.b.href, p.b.name), '. ']);
  intro.append(
    p.pageHref === null
      ? 'These two share neither CLI nor model, so the site has no built page for them; the numbers below carry no interval and no verdict.'
      : el('span', {}, [link(p.pageHref, 'Open the full head-to-head page'), ' for intervals and a verdict.']),
  );
  const stats: Array<[string, string]> = [
    [String(p.counts.both), 'both passed'],
    [String(p.counts.onlyA), 'only A passed'],
    [String(p.counts.onlyB), 'only B passed'],
    [String(p.counts.neither), 'neither passed'],
    [`${p.wins} / ${p.losses} / ${p.ties}`, 'A higher score / B higher / tie'],
    [formatP(p.mcnemarP), 'exact McNemar p'],
    [p.meanDifference === null ? 'n/a' : formatSigned(p.meanDifference), 'mean score A − B'],
  ];
  const statRow = el('ul', { class: 'stat-row' }, stats.map(([v, label]) => el('li', {}, [el('strong', {}, [v]), ` ${label}`])));
  const only = p.onlyInA + p.onlyInB === 0 ? '' : ` Left out: ${plural(p.onlyInA, 'task')} scored for A only and ${plural(p.onlyInB, 'task')} for B only.`;
  const head = el('tr', {}, ['Task', 'A runs', 'A score', 'B runs', 'B score', 'Passed', 'Higher'].map((h, i) => el('th', { scope: 'col', ...(i === 2 || i === 4 ? { class: 'num' } : {}) }, [h])));
  const rows = p.tasks.map((t) =>
    el('tr', {}, [
      el('th', { scope: 'row' }, [link(t.href, t.task)]),
      el('td', {}, [squares(t.a)]),
      el('td', { class: 'num' }, [formatScore(t.aComposite)]),
      el('td', {}, [squares(t.b)]),
      el('td', { class: 'num' }, [formatScore(t.bComposite)]),
      el('td', {}, [OUTCOME_WORDS[t.outcome]]),
      el('td', {}, [t.higher]),
    ]),
  );
  const table = el('table', {}, [
    el('caption', { class: 'muted' }, [`${plural(p.tasks.length, 'shared task')} in task order.${only}`]),
    el('thead', {}, [head]),
    el('tbody', {}, rows),
  ]);
  return el('div', {}, [intro, statRow, el('div', { class: 'table-wrap' }, [table])]);
}

function keyOf(data: CompareData, index: number): string {
  const c = data.configs[index];
  return c === undefined ? '' : `${c.tui}/${c.model}`;
}

function indexOf(data: CompareData, key: string | null): number {
  return key === null ? -1 : data.configs.findIndex((c) => `${c.tui}/${c.model}` === key);
}

async function setUp(root: HTMLElement): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-status]');
  const form = root.querySelector<HTMLFormElement>('form');
  const result = root.querySelector<HTMLElement>('[data-result]');
  const selA = form?.querySelector<HTMLSelectElement>('select[name="a"]');
  const selB = form?.querySelector<HTMLSelectElement>('select[name="b"]');
  if (status === null || form === null || result === null || selA == null || selB == null) return;
  if (location.protocol !== 'http:' && location.protocol !== 'https:') {
    status.textContent = 'This page was opened from a file (file://), so the pair builder cannot load its data. Serve the site over http(s), for example with npm run serve, to use it; the lists of pairs above work either way.';
    return;
  }
  status.textContent = 'Loading the comparison data…';
  let data: CompareData;
  try {
    const res = await fetch(root.dataset['src'] ?? '');
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    data = (await res.json()) as CompareData;
  } catch (e) {
    status.textContent = `The comparison data could not be loaded (${e instanceof Error ? e.message : String(e)}); the lists of pairs above still work.`;
    return;
  }
  const params = new URLSearchParams(location.search);
  const a = indexOf(data, params.get('a'));
  const b = indexOf(data, params.get('b'));
  if (a >= 0) selA.value = String(a);
  if (b >= 0) selB.value = String(b);
  const render = (): void => {
    const pair = pickPair(data, Number(selA.value), Number(selB.value));
    result.replaceChildren(pair === null ? el('p', { class: 'empty' }, ['Pick two different configs.']) : view(pair));
    status.textContent = pair === null ? '' : `Showing ${pair.a.name} against ${pair.b.name} on ${plural(pair.tasks.length, 'shared task')}.`;
    const next = new URLSearchParams(location.search);
    next.set('a', keyOf(data, Number(selA.value)));
    next.set('b', keyOf(data, Number(selB.value)));
    history.replaceState(null, '', `${location.pathname}?${next.toString()}${location.hash}`);
  };
  form.addEventListener('change', render);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    render();
  });
  form.hidden = false;
  render();
}

/** Turns every `[data-compare-picker]` on the page into a working pair builder. */
export function enableComparePicker(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-compare-picker]')) void setUp(root);
}
