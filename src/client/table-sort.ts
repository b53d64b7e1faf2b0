/**
 * Sorting for the tables whose buttons sort-on-click.ts listens to. Cells give their sort value in
 * `data-value` (numbers) or are compared as text with the page language's collation. The order is
 * kept in the query string (`?sort=capital-desc`), so a sorted view can be shared.
 */
type Direction = 'ascending' | 'descending';

/** Each table's rows in the order of the HTML, to return to and to sort stably from. */
const originalRows = new WeakMap<HTMLTableSectionElement, HTMLTableRowElement[]>();

function cellValue(row: HTMLTableRowElement, index: number): string | number {
  const cell = row.cells[index]!;
  const raw = cell.dataset.value;
  return raw !== undefined && raw !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : (raw ?? cell.textContent ?? '').trim();
}

function sortBy(table: HTMLTableElement, key: string | null, direction: Direction, updateUrl: boolean): void {
  const body = table.tBodies[0]!;
  let original = originalRows.get(body);
  if (!original) originalRows.set(body, (original = [...body.rows]));
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort-key]')];
  const header = headers.find((h) => h.dataset.sortKey === key);
  for (const h of headers) h.removeAttribute('aria-sort');
  let rows = original;
  if (header) {
    header.setAttribute('aria-sort', direction);
    const index = header.cellIndex;
    const sign = direction === 'ascending' ? 1 : -1;
    const collator = new Intl.Collator(document.documentElement.lang, { numeric: true, sensitivity: 'base' });
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
}

/** A click on a column's button: numbers sort largest first, text A to Z; a second click reverses. */
export function toggleSort(table: HTMLTableElement, header: HTMLTableCellElement): void {
  const first: Direction = header.dataset.sortType === 'number' ? 'descending' : 'ascending';
  const next: Direction = header.getAttribute('aria-sort') === first ? (first === 'ascending' ? 'descending' : 'ascending') : first;
  sortBy(table, header.dataset.sortKey ?? null, next, true);
}

/** The order a shared address asks for. */
export function sortFromUrl(table: HTMLTableElement): void {
  const match = /^(.+)-(asc|desc)$/.exec(new URLSearchParams(location.search).get('sort') ?? '');
  if (match) sortBy(table, match[1]!, match[2] === 'asc' ? 'ascending' : 'descending', false);
}
