/**
 * Runs inside a widget frame: applies `?accent=` and `?scheme=`, lets "show more" reveal the
 * rest of the list, and tells the host page its height whenever it changes, so the frame
 * never scrolls. The message names the frame (`?frame=`), which embed.js gave it.
 */
export const heightMessageType = 'province-showcase:height';

/** `#rgb` or `#rrggbb` (with or without `#`), else undefined: nothing else reaches the CSS. */
export function parseAccent(value: string | null): string | undefined {
  const hex = value?.trim().replace(/^#/, '');
  if (!hex || !/^([0-9a-f]{3}|[0-9a-f]{6})$/i.test(hex)) return undefined;
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`.toLowerCase();
}

/** Black or white, whichever reads better on `accent` (WCAG relative luminance). */
export function textOn(accent: string): '#000000' | '#ffffff' {
  const channel = (i: number) => {
    const c = parseInt(accent.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}

/** Whether an item passes the filters given in the widget's query string. */
export function matches(item: { dataset: DOMStringMap }, params: URLSearchParams): boolean {
  const { category, sector, stars } = item.dataset;
  const wanted = (name: string) => params.get(name)?.split(',').filter(Boolean) ?? [];
  if (wanted('category').length && !wanted('category').includes(category ?? '')) return false;
  if (wanted('sector').length && !wanted('sector').includes(sector ?? '')) return false;
  const minStars = Number(params.get('stars'));
  if (minStars && Number(stars ?? 0) < minStars) return false;
  return true;
}

export function startEmbeddedWidget(): void {
  const params = new URLSearchParams(location.search);
  const root = document.documentElement;
  const accent = parseAccent(params.get('accent'));
  if (accent) {
    root.style.setProperty('--accent', accent);
    root.style.setProperty('--on-accent', textOn(accent));
  }
  const scheme = params.get('scheme');
  if (scheme === 'light' || scheme === 'dark') root.dataset.scheme = scheme;

  // `?category=`, `?sector=` keep matching items, `?stars=4` keeps 4 stars and up.
  const items = [...document.querySelectorAll<HTMLElement>('[data-widget-item]')];
  const shown = items.filter((item) => matches(item, params));
  for (const item of items) item.hidden = !shown.includes(item);
  const empty = document.querySelector<HTMLElement>('[data-widget-empty]');
  if (empty) empty.hidden = shown.length > 0;
  // Without JavaScript every item shows; with it, the first few do and "show more" reveals the rest.
  const first = Number(document.querySelector<HTMLElement>('[data-widget-first]')?.dataset.widgetFirst ?? Infinity);
  const extras = shown.slice(first);
  for (const item of extras) item.hidden = true;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-widget-more]')) {
    button.hidden = extras.length === 0;
    button.addEventListener('click', () => {
      for (const item of extras) item.hidden = false;
      button.hidden = true;
      extras[0]?.querySelector('a')?.focus();
    });
  }

  const frame = params.get('frame');
  if (!frame || window.parent === window) return;
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is not a secret, and the host's origin is unknown here; embed.js checks the sender.
    window.parent.postMessage({ type: heightMessageType, frame, height }, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}
