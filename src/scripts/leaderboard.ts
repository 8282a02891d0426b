/**
 * The leaderboard's island: the category filter (shows that category's pass-rate column and
 * ranks by it) and the side-by-side comparison of selected rows. The comparison reads the JSON
 * the page inlines, so it works offline and from file://, and builds its table with DOM calls
 * only (no string from the data is parsed as HTML). Both keep their state in the address
 * (`?category=…`, `?compare=<key>&compare=<key>`) so a view can be linked. Without JavaScript the
 * table reads as built: overall ranking, no selection boxes.
 */
import { bestIndexes, pairLink, type LeaderboardCompare } from '../view/compare-selection.ts';

type Child = Node | string;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, children: readonly Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function replaceQuery(edit: (params: URLSearchParams) => void): void {
  const next = new URLSearchParams(location.search);
  edit(next);
  const search = next.toString();
  history.replaceState(null, '', `${location.pathname}${search === '' ? '' : `?${search}`}${location.hash}`);
}

/** Category select: shows the chosen category's column and asks the sort island to rank by it. */
function enableCategory(root: HTMLElement): void {
  const select = root.querySelector<HTMLSelectElement>('select[data-category]');
  if (select === null) return;
  const wanted = new URLSearchParams(location.search).get('category');
  if (wanted !== null && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  const apply = (resort: boolean): void => {
    const index = select.selectedOptions[0]?.dataset['index'] ?? '';
    for (const cell of root.querySelectorAll<HTMLElement>('.leaderboard [data-cat]')) cell.classList.toggle('on', cell.dataset['cat'] === index);
    replaceQuery((p) => (select.value === '' ? p.delete('category') : p.set('category', select.value)));
    if (resort) root.dispatchEvent(new CustomEvent('table-sort', { detail: index === '' ? { col: 'rank', dir: 1 } : { col: `cat${index}`, dir: -1 } }));
  };
  select.addEventListener('change', () => apply(true));
  apply(false);
}

function compareTable(data: LeaderboardCompare, selected: readonly number[]): HTMLElement {
  const configs = selected.flatMap((i) => (data.configs[i] === undefined ? [] : [data.configs[i]]));
  const head = el('tr', {}, [el('th', { scope: 'col' }, [el('span', { class: 'visually-hidden' }, ['Measure'])]), ...configs.map((c) => el('th', { scope: 'col' }, [el('a', { href: c.href }, [c.name])]))]);
  const body = data.metrics.map((metric, m) => {
    const values = configs.map((c) => c.values[m] ?? { text: 'n/a', note: '', value: null });
    const best = new Set(bestIndexes(values.map((v) => v.value), metric.better));
    return el('tr', {}, [
      el('th', { scope: 'row' }, [metric.label]),
      ...values.map((v, k) => {
        const cell: Child[] = [best.has(k) ? el('strong', {}, [v.text]) : v.text];
        if (best.has(k)) cell.push(el('span', { class: 'visually-hidden' }, [' (best of the selected)']));
        if (v.note !== '') cell.push(el('span', { class: 'ci' }, [v.note]));
        return el('td', best.has(k) ? { class: 'best' } : {}, cell);
      }),
    ]);
  });
  const table = el('table', { class: 'lb-compare-table' }, [el('thead', {}, [head]), el('tbody', {}, body)]);
  return el('div', { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-label': 'Selected configs side by side' }, [table]);
}

/** Row selection, the sticky count bar and the comparison section. */
function enableCompare(root: HTMLElement): void {
  const script = root.querySelector<HTMLScriptElement>('script[data-compare-json]');
  const bar = root.querySelector<HTMLElement>('[data-compare-bar]');
  const count = root.querySelector<HTMLElement>('[data-compare-count]');
  const section = root.querySelector<HTMLElement>('[data-compare]');
  const result = root.querySelector<HTMLElement>('[data-compare-result]');
  // The two-config link shows in the sticky bar and in the section.
  const pairs = [...root.querySelectorAll<HTMLElement>('[data-compare-pair]')];
  const hint = root.querySelector<HTMLElement>('[data-compare-hint]');
  if (script === null || bar === null || count === null || section === null || result === null || hint === null) return;
  const data = JSON.parse(script.textContent ?? '{}') as LeaderboardCompare;
  const indexOf = new Map(data.configs.map((c, i) => [c.key, i]));
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-pick]')];
  const wanted = new Set(new URLSearchParams(location.search).getAll('compare'));
  for (const box of boxes) box.checked = wanted.has(box.dataset['pick'] ?? '');
  const update = (): void => {
    const picked = boxes.filter((b) => b.checked);
    const selected = picked.flatMap((b) => {
      const i = indexOf.get(b.dataset['pick'] ?? '');
      return i === undefined ? [] : [i];
    }).sort((a, b) => a - b);
    for (const box of boxes) box.closest('tr')?.classList.toggle('picked', box.checked);
    bar.hidden = selected.length === 0;
    section.hidden = selected.length === 0;
    count.textContent = selected.length === 0 ? '' : selected.length === 1 ? '1 config selected; tick another to compare.' : `${selected.length} configs selected.`;
    hint.hidden = selected.length >= 2;
    const link = pairLink(data, selected);
    for (const pair of pairs) pair.replaceChildren(...(link === null ? [] : [el('a', { href: link.href }, [link.text])]));
    result.replaceChildren(...(selected.length >= 2 ? [compareTable(data, selected)] : []));
    replaceQuery((p) => {
      p.delete('compare');
      for (const i of selected) p.append('compare', data.configs[i]?.key ?? '');
    });
  };
  for (const box of boxes) box.addEventListener('change', update);
  root.querySelector('[data-compare-clear]')?.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    update();
    boxes[0]?.focus();
  });
  root.querySelector('[data-compare-go]')?.addEventListener('click', (e) => {
    e.preventDefault();
    section.scrollIntoView({ block: 'start' });
    section.focus({ preventScroll: true });
  });
  root.classList.add('lb-live');
  update();
}

/** Turns every `[data-leaderboard]` on the page into a filterable, comparable leaderboard. */
export function enableLeaderboards(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-leaderboard]')) {
    enableCategory(root);
    enableCompare(root);
  }
}
