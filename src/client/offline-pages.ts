/**
 * On the offline page: the pages of this language that the service worker has kept, by title,
 * so a reader without a connection can go back to them.
 */
export async function listSavedPages(section: HTMLElement): Promise<void> {
  if (!('caches' in window)) return;
  const here = document.documentElement.dataset.locale;
  const list = section.querySelector('ul')!;
  const seen = new Set<string>();
  for (const name of await caches.keys()) {
    if (!/^(pages|calendars)-/.test(name)) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      if (seen.has(url.pathname) || url.pathname.endsWith('.ics') || /\/offline\/$/.test(url.pathname)) continue;
      const response = await cache.match(request);
      if (!response?.headers.get('content-type')?.includes('text/html')) continue;
      const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
      if (doc.documentElement.dataset.locale !== here) continue;
      seen.add(url.pathname);
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = url.pathname;
      link.textContent = doc.title;
      item.append(link);
      list.append(item);
    }
  }
  section.hidden = seen.size === 0;
}
