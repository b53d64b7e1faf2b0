/**
 * Sortable columns for a table that is complete and readable without JavaScript. Each sortable
 * header (`th[data-sort-key]`) becomes a button; cells give their sort value in `data-value`
 * (numbers) or are compared as text with the page language's collation. The order is kept in
 * the query string (`?sort=capital-desc`), so a sorted view can be shared.
 */
export function enhanceSortableTable(selector: string): void {
  const table = document.querySelector<HTMLTableElement>(selector);
  const body = table?.tBodies[0];
  if (!table || !body) return;
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort-key]')];
  const collator = new Intl.Collator(document.documentElement.lang, { numeric: true, sensitivity: 'base' });
  const original = [...body.rows];

  const cellValue = (row: HTMLTableRowElement, index: number): string | number => {
    const cell = row.cells[index]!;
    const raw = cell.dataset.value;
    return raw !== undefined && raw !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : (raw ?? cell.textContent ?? '').trim();
  };

  const sortBy = (key: string | null, direction: 'ascending' | 'descending', updateUrl: boolean) => {
    const header = headers.find((h) => h.dataset.sortKey === key);
    for (const h of headers) h.removeAttribute('aria-sort');
    let rows = original;
    if (header) {
      header.setAttribute('aria-sort', direction);
      const index = header.cellIndex;
      const sign = direction === 'ascending' ? 1 : -1;
      rows = [...original].sort((a, b) => {
        const x = cellValue(a, index);
        const y = cellValue(b, index);
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
        return sign * order;
      });
    }
    body.append(...rows);
    if (updateUrl) {
      const params = new URLSearchParams(location.search);
      if (header) params.set('sort', `${key}-${direction === 'ascending' ? 'asc' : 'desc'}`);
      else params.delete('sort');
      const query = params.toString();
      history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    }
  };

  for (const header of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...header.childNodes);
    const icon = document.createElement('span');
    icon.className = 'sort-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.append(icon);
    header.append(button);
    button.addEventListener('click', () => {
      // Numbers are most useful largest first; text reads best A to Z.
      const first = header.dataset.sortType === 'number' ? 'descending' : 'ascending';
      const current = header.getAttribute('aria-sort');
      const next = current === first ? (first === 'ascending' ? 'descending' : 'ascending') : first;
      sortBy(header.dataset.sortKey ?? null, next, true);
    });
  }
  table.classList.add('is-sortable');

  const match = /^(.+)-(asc|desc)$/.exec(new URLSearchParams(location.search).get('sort') ?? '');
  if (match) sortBy(match[1]!, match[2] === 'asc' ? 'ascending' : 'descending', false);
}
