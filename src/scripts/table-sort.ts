/**
 * Sort and filter for build-time tables: headers become buttons, the filter box appears, and the
 * state lives in the URL (`?sort=pass&dir=desc&q=aider`) so a view can be linked. Other islands
 * sort a table by dispatching `table-sort` (detail `{ col, dir }`, dir 1 or -1) on its root.
 * Without JavaScript the table reads in its built order.
 */
export function enableSortableTables(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-sortable]')) {
    const tbody = root.querySelector('tbody');
    const filter = root.querySelector<HTMLInputElement>('[data-filter]');
    const count = root.querySelector<HTMLElement>('[data-count]');
    const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter-key]')];
    if (tbody === null) continue;
    const rows = [...tbody.querySelectorAll<HTMLTableRowElement>('tr')];
    const keyOf = (row: HTMLTableRowElement): Record<string, number | string> => JSON.parse(row.dataset['sort'] ?? '{}') as Record<string, number | string>;
    const params = new URLSearchParams(location.search);
    let sort = params.get('sort') ?? 'rank';
    let dir = params.get('dir') === 'desc' ? -1 : 1;
    // Only the table's own headers: a comparison table inside the root has none of its own.
    const headers = [...root.querySelectorAll<HTMLTableCellElement>('thead th[data-col]')];
    const apply = (): void => {
      const q = (filter?.value ?? '').trim().toLowerCase();
      const sorted = [...rows].sort((a, b) => {
        const x = keyOf(a)[sort] ?? '';
        const y = keyOf(b)[sort] ?? '';
        return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * dir;
      });
      let shown = 0;
      for (const row of sorted) {
        const matchesText = q === '' || (row.dataset['search'] ?? '').toLowerCase().includes(q);
        const matchesSelects = selects.every((sel) => sel.value === '' || row.dataset[sel.dataset['filterKey'] ?? ''] === sel.value);
        const visible = matchesText && matchesSelects;
        row.hidden = !visible;
        if (visible) shown++;
        tbody.append(row);
      }
      for (const th of headers) th.setAttribute('aria-sort', th.dataset['col'] === sort ? (dir === 1 ? 'ascending' : 'descending') : 'none');
      if (count !== null) count.textContent = `${shown} of ${rows.length} shown`;
      const next = new URLSearchParams(location.search);
      if (sort === 'rank' && dir === 1) { next.delete('sort'); next.delete('dir'); } else { next.set('sort', sort); next.set('dir', dir === 1 ? 'asc' : 'desc'); }
      if (q === '') next.delete('q'); else next.set('q', q);
      for (const sel of selects) {
        const key = sel.dataset['filterKey'] ?? '';
        if (sel.value === '') next.delete(key); else next.set(key, sel.value);
      }
      const search = next.toString();
      history.replaceState(null, '', `${location.pathname}${search === '' ? '' : `?${search}`}${location.hash}`);
    };
    for (const th of headers) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'th-sort';
      // The heading's own nodes move into the button, so a note under a heading keeps its markup.
      button.append(...th.childNodes);
      button.addEventListener('click', () => {
        const col = th.dataset['col'] ?? 'rank';
        // Scores read best-first, costs cheapest-first, on the first click.
        const ascendingFirst = ['rank', 'config', 'tokens', 'wall', 'blast', 'infra'].includes(col);
        dir = sort === col ? -dir : ascendingFirst ? 1 : -1;
        sort = col;
        apply();
      });
      th.append(button);
    }
    root.addEventListener('table-sort', (e) => {
      const detail = (e as CustomEvent<{ col?: string; dir?: number }>).detail;
      sort = detail.col ?? 'rank';
      dir = detail.dir === -1 ? -1 : 1;
      apply();
    });
    for (const sel of selects) {
      const wanted = params.get(sel.dataset['filterKey'] ?? '') ?? '';
      if ([...sel.options].some((o) => o.value === wanted)) sel.value = wanted;
      sel.addEventListener('change', apply);
    }
    if (filter !== null) {
      filter.value = params.get('q') ?? '';
      filter.addEventListener('input', apply);
      filter.closest<HTMLElement>('.filters')?.removeAttribute('hidden');
    }
    apply();
  }
}
