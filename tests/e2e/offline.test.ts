/**
 * Offline reading in a real browser: the service worker keeps the pages a tourist read, the
 * festival calendar and its .ics, and shows the offline page of the reader's language for the
 * rest; after a deploy a kept page is fetched again; the CMS is never kept. "Offline" is the
 * site's server being stopped, which the worker sees as any lost connection.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { useTranslations } from '../../src/i18n/createTranslator.ts';
import { useBrowser, viewports } from '../support/browser.ts';
import { distDir } from '../support/site.ts';
import { heavyAsset } from '../../scripts/lib/budgets.ts';

const browser = useBrowser();
let copy: string;
let server: StaticServer | undefined;
let port = 0;
let site = '';

async function goOnline() {
  server = await serveStatic(copy, '/', port);
  site = server.url;
  port = Number(new URL(site).port);
}
async function goOffline() {
  await server?.close();
  server = undefined;
}

beforeAll(async () => {
  // A copy, so that a test can "deploy" a changed page without touching the shared build.
  copy = mkdtempSync(path.join(tmpdir(), 'province-offline-'));
  cpSync(distDir, copy, { recursive: true });
  await goOnline();
});
afterAll(async () => {
  await goOffline();
  rmSync(copy, { recursive: true, force: true });
});

/** Opens `url` and waits until the service worker controls the page. */
async function controlledPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site + url);
  const ready = await page.evaluate(() =>
    Promise.race([navigator.serviceWorker.ready.then(() => 'ready'), new Promise((r) => setTimeout(() => r('no service worker after 20 s'), 20_000))]),
  );
  expect(ready).toBe('ready');
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  return page;
}

const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls;
  });

describe('offline reading', () => {
  test('a page read stays readable, the calendar and its .ics are kept, and an unread page shows the offline page in its language', async () => {
    const context = await browser().newContext({ viewport: viewports.phone, isMobile: true, hasTouch: true });
    const page = await controlledPage(context, 'ja/festivals/le-hoi-sen/');
    const title = await page.locator('h1').innerText();
    await expect
      .poll(() => cachedUrls(page), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['/ja/festivals/le-hoi-sen/', '/ja/calendar/', '/ja/festivals.ics', '/ja/offline/', '/offline/']));
    const calendarTitle = useTranslations('ja')('calendar.title');

    await goOffline();
    await page.goto(`${site}ja/festivals/le-hoi-sen/`);
    expect(await page.locator('h1').innerText()).toBe(title);

    await page.goto(`${site}ja/calendar/`);
    expect(await page.locator('h1').innerText()).toContain(calendarTitle);
    const ics = await page.evaluate(() => fetch('/ja/festivals.ics').then((r) => r.text()));
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);

    await page.goto(`${site}ja/products/`);
    const t = useTranslations('ja');
    expect(await page.locator('h1').innerText()).toBe(t('offline.title'));
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    // It lists what this device has kept, so the reader can go back to it.
    await expect.poll(() => page.locator('[data-offline-saved] a').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(title)]));

    await page.goto(`${site}ru/products/`);
    expect(await page.locator('h1').innerText()).toBe(useTranslations('ru')('offline.title'));
    await page.goto(`${site}invest/`);
    expect(await page.locator('h1').innerText()).toBe(useTranslations('vi')('offline.title'));

    await goOnline();
    await page.goto(`${site}ja/products/`);
    expect(await page.locator('h1').innerText()).not.toBe(t('offline.title'));
    await context.close();
  });

  test('after a deploy, a kept page is fetched again rather than served stale', async () => {
    const context = await browser().newContext({ viewport: viewports.desktop });
    const page = await controlledPage(context, 'en/gioi-thieu/');
    const file = path.join(copy, 'en/gioi-thieu/index.html');
    const before = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, before.replace(/<h1([^>]*)>[^<]*<\/h1>/, '<h1$1>Deployed again</h1>'));
      await page.goto(`${site}en/gioi-thieu/`);
      expect(await page.locator('h1').innerText()).toBe('Deployed again');
      // And the copy kept for offline reading is the new one.
      await goOffline();
      await page.goto(`${site}en/gioi-thieu/`);
      expect(await page.locator('h1').innerText()).toBe('Deployed again');
    } finally {
      writeFileSync(file, before);
      if (!server) await goOnline();
    }
    await context.close();
  });

  test('the CMS is never kept', async () => {
    const context = await browser().newContext({ viewport: viewports.desktop });
    const page = await controlledPage(context, 'festivals/');
    await page.goto(`${site}admin/`);
    await page.waitForLoadState('networkidle');
    expect((await cachedUrls(page)).filter((u) => u.startsWith('/admin/'))).toEqual([]);
    // Nor any of its code: the only scripts kept are those site pages load.
    const scripts = (await cachedUrls(page)).filter((u) => u.endsWith('.js'));
    for (const script of scripts) expect(readFileSync(path.join(copy, script), 'utf8').length, script).toBeLessThan(50_000);
    await goOffline();
    const response = await page.goto(`${site}admin/`).catch((error: Error) => error);
    expect(response instanceof Error ? response.message : await page.locator('#cms-config').count()).toMatch(/ERR_FAILED|ERR_CONNECTION_REFUSED|^0$/);
    await goOnline();
    await context.close();
  });
  test('a catalogue kept for offline reading can still be filtered, with code the reader never used online', async () => {
    if (!server) await goOnline();
    const context = await browser().newContext({ viewport: viewports.phone, isMobile: true, hasTouch: true });
    const page = await controlledPage(context, 'ko/products/');
    const all = await page.locator('.cards > .card:visible').count();
    await expect.poll(() => cachedUrls(page), { timeout: 15_000 }).toEqual(expect.arrayContaining(['/ko/products/']));
    // The filter code is kept without the form ever being used…
    expect((await cachedUrls(page)).some((u) => /\/_astro\/list-filter\.[\w-]+\.js$/.test(u))).toBe(true);
    // …but never the map library (Leaflet) or Pagefind; the printed leaflets' stylesheet is neither.
    expect((await cachedUrls(page)).filter((u) => heavyAsset.test(u))).toEqual([]);

    await goOffline();
    await page.reload();
    await page.locator('#catalogue-filter input[name="stars"][value="5"]').check();
    await expect.poll(() => page.locator('.cards > .card:visible').count()).toBeLessThan(all);
    expect(await page.locator('.cards > .card:visible').count()).toBeGreaterThan(0);
    await context.close();
    await goOnline();
  });
});
