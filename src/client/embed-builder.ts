/**
 * The widget builder: turns the form into the snippet the portal pastes, and shows the same
 * snippet working in the preview through the real embed.js.
 */
const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface WidgetOptions {
  widget: string;
  locale: string;
  accent?: string;
  scheme?: string;
  category?: string;
  /** The news widget's category; a field of its own, since the product category select sits in the same form. */
  newsCategory?: string;
  stars?: string;
  sector?: string;
  title: string;
}

/** The placeholder element of the snippet, with only the options that apply to the widget. */
export function placeholderHtml(o: WidgetOptions): string {
  const attrs: [string, string | undefined][] = [
    ['data-province-widget', o.widget],
    ['data-locale', o.locale],
    ['data-accent', o.accent],
    ['data-scheme', o.scheme],
    ['data-category', o.widget === 'products' ? o.category : o.widget === 'news' ? o.newsCategory : undefined],
    ['data-stars', o.widget === 'products' ? o.stars : undefined],
    ['data-sector', o.widget === 'opportunities' ? o.sector : undefined],
    ['data-title', o.title],
  ];
  return `<div ${attrs
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}="${escapeAttr(v!)}"`)
    .join(' ')}></div>`;
}

export function snippet(o: WidgetOptions, scriptUrl: string): string {
  return `${placeholderHtml(o)}\n<script src="${escapeAttr(scriptUrl)}" async></script>`;
}

export function startEmbedBuilder(): void {
  const form = document.querySelector<HTMLFormElement>('[data-embed-builder]');
  const preview = document.querySelector<HTMLElement>('[data-embed-preview]');
  const output = document.querySelector<HTMLTextAreaElement>('[data-embed-snippet]');
  if (!form || !preview || !output) return;
  const scriptUrl = form.dataset.scriptUrl ?? '';
  const update = () => {
    const data = new FormData(form);
    const widget = String(data.get('widget'));
    const select = form.elements.namedItem('widget') as HTMLSelectElement;
    const options: WidgetOptions = {
      widget,
      locale: String(data.get('locale')),
      accent: String(data.get('accent') ?? ''),
      scheme: String(data.get('scheme') ?? ''),
      category: String(data.get('category') ?? ''),
      newsCategory: String(data.get('newsCategory') ?? ''),
      stars: String(data.get('stars') ?? ''),
      sector: String(data.get('sector') ?? ''),
      title: select.selectedOptions[0]?.dataset.title ?? widget,
    };
    for (const group of form.querySelectorAll<HTMLElement>('[data-for-widget]')) group.hidden = group.dataset.forWidget !== widget;
    output.value = snippet(options, scriptUrl);
    preview.innerHTML = placeholderHtml(options);
    (window as Window & { provinceShowcaseWidgets?: { mount(): void } }).provinceShowcaseWidgets?.mount();
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  window.addEventListener('load', update);
  update();

  const copy = document.querySelector<HTMLButtonElement>('[data-embed-copy]');
  const status = document.querySelector<HTMLElement>('[data-embed-copied]');
  copy?.addEventListener('click', async () => {
    output.select();
    try {
      await navigator.clipboard.writeText(output.value);
    } catch {
      document.execCommand('copy');
    }
    if (status) status.textContent = status.dataset.text ?? '';
  });
}
