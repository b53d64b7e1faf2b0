/**
 * A sortable table's buttons are in the HTML (OpportunityTable.astro; CSS hides them where script
 * is off), so on load this only listens. The sorting code (table-sort.ts) arrives with the first
 * click, or at once when the address already asks for an order (`?sort=capital-desc`), as a shared
 * view does. Clicks made while it is still arriving are applied in order once it has.
 */
export function sortOnClick(selector: string): void {
  const table = document.querySelector<HTMLTableElement>(selector);
  if (!table?.tHead) return;
  const sorter = () => import('./table-sort.ts');
  table.tHead.addEventListener('click', (event) => {
    const header = (event.target as Element).closest('.sort-button')?.closest<HTMLTableCellElement>('th[data-sort-key]');
    if (header) void sorter().then((m) => m.toggleSort(table, header));
  });
  if (new URLSearchParams(location.search).has('sort')) void sorter().then((m) => m.sortFromUrl(table));
}
