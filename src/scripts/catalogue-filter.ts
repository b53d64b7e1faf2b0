/** Instant filtering of the OCOP catalogue; the filter state lives in the query string. */
import { foldForSearch } from '../utils/text.ts';
import { countStatus } from './count-status.ts';

export function enhanceCatalogue(): void {
  const form = document.querySelector<HTMLFormElement>('#catalogue-filter');
  if (!form) return;
  const cards = [...document.querySelectorAll<HTMLElement>('.cards > .card[data-category]')];
  const status = document.querySelector<HTMLElement>('#list-count')!;
  const empty = document.querySelector<HTMLElement>('#catalogue-empty')!;
  const announce = countStatus(form, status);
  const q = form.elements.namedItem('q') as HTMLInputElement;
  const category = form.elements.namedItem('category') as HTMLSelectElement;
  const district = form.elements.namedItem('district') as HTMLSelectElement;
  const stars = [...form.querySelectorAll<HTMLInputElement>('input[name="stars"]')];

  const params = new URLSearchParams(location.search);
  q.value = params.get('q') ?? '';
  category.value = params.get('category') ?? '';
  district.value = params.get('district') ?? '';
  const wanted = new Set((params.get('stars') ?? '').split(',').filter(Boolean));
  for (const box of stars) box.checked = wanted.has(box.value);

  const apply = (updateUrl: boolean) => {
    const text = foldForSearch(q.value);
    const starSet = new Set(stars.filter((b) => b.checked).map((b) => b.value));
    let shown = 0;
    for (const card of cards) {
      const visible =
        (!category.value || card.dataset.category === category.value) &&
        (!district.value || card.dataset.district === district.value) &&
        (starSet.size === 0 || starSet.has(card.dataset.stars ?? '')) &&
        (!text || (card.dataset.search ?? '').includes(text));
      card.hidden = !visible;
      if (visible) shown++;
    }
    announce(shown);
    empty.hidden = shown > 0;
    if (updateUrl) {
      const next = new URLSearchParams();
      if (q.value.trim()) next.set('q', q.value.trim());
      if (category.value) next.set('category', category.value);
      if (starSet.size) next.set('stars', [...starSet].sort().join(','));
      if (district.value) next.set('district', district.value);
      const query = next.toString();
      history.replaceState(null, '', query ? `?${query}` : location.pathname);
    }
  };

  form.hidden = false;
  form.addEventListener('input', () => apply(true));
  form.addEventListener('change', () => apply(true));
  form.addEventListener('submit', (event) => event.preventDefault());
  // A reset clears the controls after this event, so filter on the next tick.
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  apply(false);
}
