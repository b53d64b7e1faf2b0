/** Instant filtering of the festival calendar, with the filters kept in the URL. */
import { countStatus } from './count-status.ts';

export function enhanceCalendar(): void {
  const form = document.querySelector<HTMLFormElement>('#calendar-filter');
  if (!form) return;
  const status = document.querySelector<HTMLElement>('#calendar-status')!;
  const empty = document.querySelector<HTMLElement>('#calendar-empty')!;
  const announce = countStatus(form, status);
  const month = form.elements.namedItem('month') as HTMLSelectElement;
  const area = form.elements.namedItem('area') as HTMLSelectElement;

  const params = new URLSearchParams(location.search);
  if (params.has('month')) month.value = params.get('month') ?? '';
  if (params.has('area')) area.value = params.get('area') ?? '';

  const apply = (updateUrl: boolean) => {
    let shown = 0;
    for (const section of document.querySelectorAll<HTMLElement>('.calendar-month')) {
      let inSection = 0;
      for (const item of section.querySelectorAll<HTMLElement>('.calendar-item')) {
        const visible = (!month.value || section.dataset.month === month.value) && (!area.value || item.dataset.area === area.value);
        item.hidden = !visible;
        if (visible) inSection++;
      }
      section.hidden = inSection === 0;
      shown += inSection;
    }
    announce(shown);
    empty.hidden = shown > 0;
    if (updateUrl) {
      const next = new URLSearchParams();
      if (month.value) next.set('month', month.value);
      if (area.value) next.set('area', area.value);
      const query = next.toString();
      history.replaceState(null, '', query ? `?${query}` : location.pathname);
    }
  };

  form.addEventListener('change', (event) => {
    // An area's page holds only that commune or ward's festivals; the others live on the full calendar.
    const full = form.dataset.fullCalendar;
    if (full && event.target === area) {
      const next = new URLSearchParams();
      if (month.value) next.set('month', month.value);
      if (area.value) next.set('area', area.value);
      location.href = next.toString() ? `${full}?${next}` : full;
      return;
    }
    apply(true);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  apply(false);
}
