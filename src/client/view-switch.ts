/**
 * Shows one of several groupings of the same list. The HTML shows the first and hides the rest,
 * so nothing moves when this runs; without JavaScript, CSS shows every grouping and jump links
 * instead of the radio buttons. With it, the radio buttons pick one, kept in the query string
 * (`?view=…`).
 */
export function enhanceViewSwitch(options: { switcher: string; views: string }): void {
  const switcher = document.querySelector<HTMLFieldSetElement>(options.switcher);
  if (!switcher) return;
  const radios = [...switcher.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const views = [...document.querySelectorAll<HTMLElement>(options.views)];
  const show = (id: string, updateUrl: boolean) => {
    for (const view of views) view.hidden = view.dataset.view !== id;
    for (const radio of radios) radio.checked = radio.value === id;
    if (updateUrl) {
      const params = new URLSearchParams(location.search);
      if (id === radios[0]?.value) params.delete('view');
      else params.set('view', id);
      const query = params.toString();
      history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    }
  };
  // `?view=` from a shared link, or the `#view-…` jump link a reader without JavaScript followed.
  const wanted = new URLSearchParams(location.search).get('view') ?? (location.hash.startsWith('#view-') ? location.hash.slice('#view-'.length) : null);
  show(radios.some((r) => r.value === wanted) ? wanted! : (radios[0]?.value ?? ''), false);
  switcher.addEventListener('change', () => show(radios.find((r) => r.checked)?.value ?? '', true));
}
