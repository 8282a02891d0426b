/**
 * The search page's DOM: filter checkboxes and result items, built from text nodes only (no
 * markup from the index is ever parsed).
 */

import type { FacetOption, ResultView } from './search-query.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className !== null) el.className = className;
  el.append(...children);
  return el;
}

/** Text read by screen readers only. */
const spoken = (text: string): HTMLElement => element('span', 'visually-hidden', text);

/** The count after a filter choice: `425`, read as `, 425 results`. */
function countNode(count: number): HTMLElement {
  return element('span', 'search-count', spoken(', '), count.toLocaleString('en'), spoken(count === 1 ? ' result' : ' results'));
}

/** The words after a filter's name saying how many of its values are chosen: `2 chosen`, or nothing. */
function chosenNote(count: number): HTMLElement {
  return element('span', 'search-chosen', count === 0 ? '' : `${count} chosen`);
}

/**
 * Renders each filter as a group of labelled checkboxes (a fieldset in a disclosure), with the
 * chosen values ticked. Disclosures start closed unless a value is chosen, so the keyboard
 * reaches the results past six headings rather than every value of every filter.
 */
export function renderFacets(container: HTMLElement, facets: ReadonlyArray<{ key: string; label: string; options: FacetOption[] }>, selected: Record<string, readonly string[]>): void {
  container.replaceChildren(
    ...facets.map(({ key, label, options }) => {
      const chosen = new Set(selected[key] ?? []);
      const items = options.map((o) => {
        const box = element('input', null);
        box.type = 'checkbox';
        box.name = key;
        box.value = o.value;
        box.checked = chosen.has(o.value);
        const item = element('li', null, element('label', null, box, element('span', 'search-option', o.label), countNode(o.count)));
        item.toggleAttribute('data-none', o.count === 0);
        return item;
      });
      const summary = element('summary', null, label, ' ', chosenNote(chosen.size));
      const details = element('details', 'search-facet', summary, element('fieldset', null, element('legend', 'visually-hidden', label), element('ul', null, ...items)));
      details.open = chosen.size > 0;
      return details;
    }),
  );
}

/** Updates each filter's `n chosen` note from its checkboxes. */
export function updateChosen(container: HTMLElement): void {
  for (const details of container.querySelectorAll('details')) {
    details.querySelector('.search-chosen')?.replaceWith(chosenNote(details.querySelectorAll('input:checked').length));
  }
}

/** Sets each filter choice's count (results for the query with that value alone), greying the choices with none. */
export function updateCounts(container: HTMLElement, counts: Record<string, Record<string, number>>): void {
  for (const box of container.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const count = counts[box.name]?.[box.value] ?? 0;
    box.parentElement?.querySelector('.search-count')?.replaceWith(countNode(count));
    box.closest('li')?.toggleAttribute('data-none', count === 0);
  }
}

/** The chosen values of each filter, from the checkboxes. */
export function readSelected(container: HTMLElement): Record<string, string[]> {
  const selected: Record<string, string[]> = {};
  for (const box of container.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (selected[box.name] ??= []).push(box.value);
  return selected;
}

/** One result: its page's title as a link, its kind and sweep, and the snippet with matched words marked. */
export function resultItem(view: ResultView): HTMLLIElement {
  const link = element('a', 'search-result-title', view.title);
  link.href = view.href;
  const meta = element('p', 'search-result-meta', element('span', 'search-kind', view.kind));
  if (view.sweep !== null) meta.append(' ', element('span', 'mono', view.sweep));
  if (view.outcomes.length > 0) meta.append(' ', element('span', 'search-outcomes', view.outcomes.join(', ')));
  const snippet = element('p', 'search-snippet', ...view.snippet.map((p) => (p.mark ? element('mark', null, p.text) : p.text)));
  return element('li', 'search-result', link, meta, ...(snippet.textContent === '' ? [] : [snippet]));
}
