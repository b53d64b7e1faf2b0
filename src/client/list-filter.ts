/**
 * Instant filtering of a list that is already complete in the HTML, so the page works without
 * JavaScript. Each named control of the form matches a data attribute of the items: a select or a
 * checkbox group named `x` keeps the items whose `data-x` (a space-separated list) holds a chosen
 * value, and the search box `q` matches `data-search`, folded so diacritics do not matter. The
 * state lives in the query string (`?x=a&boxes=1,2&q=…`), so a filtered view can be shared.
 */
import { foldForSearch } from '../utils/text.ts';
import { countStatus } from './count-status.ts';

export interface ListFilterOptions {
  /** The filter form; CSS hides it where script is off. */
  form: string;
  /** The filterable items. */
  items: string;
  /** The live "N items" line. */
  status: string;
  /** The "nothing matches" message. */
  empty: string;
  /** Containers (groups of items) that are hidden when none of their items is shown. */
  groups?: string;
}

type Control = HTMLInputElement | HTMLSelectElement;

export function enhanceListFilter(options: ListFilterOptions): void {
  const form = document.querySelector<HTMLFormElement>(options.form);
  if (!form) return;
  const items = [...document.querySelectorAll<HTMLElement>(options.items)];
  const empty = document.querySelector<HTMLElement>(options.empty);
  const announce = countStatus(form, document.querySelector<HTMLElement>(options.status)!);
  const controls = [...form.querySelectorAll<Control>('select[name], input[name]')];
  const names = [...new Set(controls.map((c) => c.name))];

  const chosen = (name: string): string[] =>
    controls
      .filter((c) => c.name === name)
      .flatMap((c) => (c instanceof HTMLInputElement && c.type === 'checkbox' ? (c.checked ? [c.value] : []) : [c.value.trim()]))
      .filter(Boolean);

  // Filters in the address (a shared view) win; a control the reader already set before this
  // code arrived (see when-used.ts) keeps its value.
  const params = new URLSearchParams(location.search);
  for (const control of controls) {
    const value = params.get(control.name);
    if (value === null) continue;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value.split(',').includes(control.value);
    else control.value = value;
  }

  const matches = (item: HTMLElement): boolean =>
    names.every((name) => {
      const wanted = chosen(name);
      if (wanted.length === 0) return true;
      if (name === 'q') return (item.dataset.search ?? '').includes(foldForSearch(wanted[0]!));
      const has = new Set((item.getAttribute(`data-${name}`) ?? '').split(' '));
      return wanted.some((value) => has.has(value));
    });

  const apply = (updateUrl: boolean) => {
    for (const item of items) item.hidden = !matches(item);
    if (options.groups) {
      for (const group of document.querySelectorAll<HTMLElement>(options.groups)) {
        // A group that stands for one value of a filter (`data-group-sector="tourism"`) shows only when that value is chosen.
        const excluded = names.some((name) => {
          const value = group.getAttribute(`data-group-${name}`);
          const wanted = chosen(name);
          return value !== null && wanted.length > 0 && !wanted.includes(value);
        });
        group.hidden = excluded || !group.querySelector(`${options.items}:not([hidden])`);
      }
    }
    // Items may repeat across groups (a policy listed under each kind of support it gives), so count distinct ones.
    const distinct = new Set(items.filter((i) => !i.hidden).map((i) => i.dataset.key ?? i));
    announce(distinct.size);
    if (empty) empty.hidden = distinct.size > 0;
    if (updateUrl) {
      // Other scripts (the table sorter) keep their own parameters in the same query string.
      const next = new URLSearchParams(location.search);
      for (const name of names) {
        next.delete(name);
        const wanted = chosen(name);
        if (wanted.length) next.set(name, wanted.join(','));
      }
      const query = next.toString();
      history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    }
  };

  form.addEventListener('input', () => apply(true));
  form.addEventListener('change', () => apply(true));
  form.addEventListener('submit', (event) => event.preventDefault());
  // A reset clears the controls after this event, so filter on the next tick.
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  // A choice made while this code was loading goes into the address as well.
  apply(names.some((name) => chosen(name).length > 0 && !params.has(name)));
}
