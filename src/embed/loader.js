// @ts-check
/**
 * province-showcase widgets for other sites, served as /embed.js (src/pages/embed.js.ts, which
 * calls this with the site's languages and widgets). Paste where a widget should appear:
 *
 *   <div data-province-widget="festivals" data-locale="ko" data-accent="#c2185b"></div>
 *   <script src="https://<site>/embed.js" async></script>
 *
 * Each placeholder becomes an iframe of /<locale>/embed/<widget>/. The frame reports its
 * height with postMessage and this script sizes it. Messages are accepted only from the site
 * that served this script, and only from the frame they name. Options: data-locale,
 * data-accent (#rrggbb), data-scheme (light | dark; default: the reader's setting), data-title.
 */
/**
 * @param {{ locales: readonly string[], defaultLocale: string, widgets: readonly string[], options: readonly string[] }} config
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- src/pages/embed.js.ts calls it
function provinceWidgets({ locales, defaultLocale, widgets, options }) {
  const script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  if (!script) return;
  const siteBase = new URL('.', script.src);
  const siteOrigin = siteBase.origin;
  /** @type {Map<string, HTMLIFrameElement>} */
  const frames = new Map();
  const w = /** @type {Window & { __provinceShowcaseEmbed?: boolean, provinceShowcaseWidgets?: { mount: () => void } }} */ (window);

  /** @param {HTMLElement} holder */
  function mount(holder) {
    if (holder.dataset.provinceWidgetMounted) return;
    const widget = holder.dataset.provinceWidget ?? '';
    if (!widgets.includes(widget)) return;
    const locale = locales.includes(holder.dataset.locale ?? '') ? holder.dataset.locale : defaultLocale;
    const id = `psw-${frames.size + 1}-${Math.random().toString(36).slice(2, 8)}`;
    const url = new URL(`${locale === defaultLocale ? '' : `${locale}/`}embed/${widget}/`, siteBase);
    url.searchParams.set('frame', id);
    for (const option of options) {
      const value = holder.dataset[option];
      if (value) url.searchParams.set(option, value);
    }
    const frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = holder.dataset.title ?? widget;
    frame.loading = 'lazy';
    frame.setAttribute('data-province-frame', id);
    frame.style.cssText = 'display:block;width:100%;border:0;height:240px;overflow:hidden';
    holder.dataset.provinceWidgetMounted = 'true';
    holder.replaceChildren(frame);
    frames.set(id, frame);
  }

  function mountAll() {
    for (const holder of document.querySelectorAll('[data-province-widget]')) mount(/** @type {HTMLElement} */ (holder));
  }

  if (!w.__provinceShowcaseEmbed) {
    w.__provinceShowcaseEmbed = true;
    window.addEventListener('message', (event) => {
      if (event.origin !== siteOrigin) return;
      const data = event.data;
      if (!data || data.type !== 'province-showcase:height' || typeof data.frame !== 'string') return;
      const frame = frames.get(data.frame);
      if (!frame || frame.contentWindow !== event.source) return;
      const height = Number(data.height);
      if (!Number.isFinite(height)) return;
      frame.style.height = `${Math.min(Math.max(Math.round(height), 40), 20000)}px`;
    });
  }
  // Pages that add placeholders later (such as the site's widget builder) call this again.
  w.provinceShowcaseWidgets = { mount: mountAll };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
}
