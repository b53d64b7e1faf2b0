/**
 * The service worker, for tourists reading on a phone with a patchy connection. Bundled by
 * scripts/lib/service-worker.ts, which fills in the constants below and the precache list.
 *
 * - The app shell (stylesheets, fonts, the loaders every page runs, the logo and the offline
 *   page of each language) is precached, versioned by content hash.
 * - Pages are network-first: online, a reader always gets the page as deployed now, and the copy
 *   is kept; offline, the kept copy is shown. So a new deploy is never hidden behind a stale page.
 * - When a reader opens a page in a language, the festival calendar of that language and its
 *   .ics are fetched and kept too, so the dates are there offline. The first page, read before
 *   the worker was running, is kept when the worker starts.
 * - A page not read before shows the offline page of its language.
 * - Nothing under /admin/ is handled or kept: the CMS always talks to the network.
 */
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

/** Filled in at build time (esbuild `define`). */
declare const __SW_CONFIG__: {
  base: string;
  /** Locale path prefixes with their offline page, calendar and .ics, the default locale last. */
  locales: { prefix: string; offline: string; calendar: string; ics: string }[];
  admin: string;
};
declare const __SW_MANIFEST__: PrecacheEntry[];

interface WaitUntilEvent {
  waitUntil(promise: Promise<unknown>): void;
}
interface ServiceWorkerScope {
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: WaitUntilEvent) => void): void;
  clients: { matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<{ url: string }[]> };
  location: Location;
}

const sw = self as unknown as ServiceWorkerScope;
const config = __SW_CONFIG__;
const pageCache = `pages-${config.base}`;
const calendarCache = `calendars-${config.base}`;

// A new deploy's worker takes over at once rather than waiting for every tab to close.
sw.addEventListener('install', () => void sw.skipWaiting());
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(__SW_MANIFEST__);

const localeOf = (pathname: string) => config.locales.find((l) => pathname.startsWith(l.prefix)) ?? config.locales.at(-1)!;
const isAdmin = (url: URL) => url.pathname.startsWith(config.admin);

const pages = new NetworkFirst({ cacheName: pageCache, plugins: [new ExpirationPlugin({ maxEntries: 300, purgeOnQuotaError: true })] });
const calendars = new NetworkFirst({ cacheName: calendarCache });

/** Keeps a language's calendar page and .ics once a reader has opened a page in that language. */
async function keepCalendar(pathname: string): Promise<void> {
  const { calendar, ics } = localeOf(pathname);
  const cache = await caches.open(calendarCache);
  await Promise.all(
    [calendar, ics].map(async (url) => {
      if (await cache.match(url)) return;
      const response = await fetch(url);
      if (response.ok) await cache.put(url, response);
    }),
  ).catch(() => undefined);
}

/** The page that brought the worker in was loaded before it could keep it: keep it now. */
async function keepOpenPages(): Promise<void> {
  const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const cache = await caches.open(pageCache);
  await Promise.all(
    windows.map(async ({ url }) => {
      const address = new URL(url);
      if (address.origin !== sw.location.origin || isAdmin(address)) return;
      if (!(await cache.match(address.href))) {
        const response = await fetch(address.href).catch(() => undefined);
        if (response?.ok) await cache.put(address.href, response);
      }
      await keepCalendar(address.pathname);
    }),
  );
}
sw.addEventListener('activate', (event) => event.waitUntil(keepOpenPages()));

registerRoute(
  ({ request, url, sameOrigin }) => sameOrigin && request.mode === 'navigate' && !isAdmin(url),
  async (options) => {
    const { url, event } = options;
    const response = await (localeOf(url.pathname).calendar === url.pathname ? calendars : pages).handle(options);
    (event as unknown as WaitUntilEvent).waitUntil(keepCalendar(url.pathname));
    return response;
  },
);
registerRoute(({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('.ics') && !isAdmin(url), calendars);
// Pictures of the pages read; their names change with their content, so the first copy stays good.
registerRoute(
  ({ request, url, sameOrigin }) => sameOrigin && request.destination === 'image' && url.pathname.startsWith(`${config.base}_astro/`),
  new CacheFirst({ cacheName: `images-${config.base}`, plugins: [new ExpirationPlugin({ maxEntries: 400, purgeOnQuotaError: true })] }),
);

// The calendar page may have been kept by keepCalendar rather than read: look there too.
setCatchHandler(async ({ request, url }) => {
  if (request.mode !== 'navigate' || isAdmin(url)) return Response.error();
  const kept = await caches.match(url.pathname, { cacheName: calendarCache });
  if (kept) return kept;
  return (await matchPrecache(localeOf(url.pathname).offline)) ?? Response.error();
});
