/**
 * A portal editor pastes one snippet into a page on another origin: the Korean festival widget
 * appears at the right height, keeps it when its content changes, and its links open the full
 * site. The framing policy, served as the `_headers` file says, lets only allowed sites frame
 * widgets and no other site frame normal pages.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { localeCodes } from '../../src/config/locales.ts';
import { widgetNames } from '../../src/config/widgets.ts';
import { useTranslations } from '../../src/i18n/createTranslator.ts';
import { localizedPath } from '../../src/utils/urls.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { useBrowser, viewports } from '../support/browser.ts';
import { portalPort } from '../support/site.ts';

const site = inject('siteUrl');
const browser = useBrowser();
const ko = useTranslations('ko');
let portal: StaticServer;
let stranger: StaticServer;
let dir: string;

const hostPage = (body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>동탑성 포털</title></head><body><h1>포털</h1>${body}<p id="after">끝</p></body></html>`;
const snippet = `<div data-province-widget="festivals" data-locale="ko" data-accent="#c2185b" data-title="다가오는 축제"></div>\n<script src="${site}embed.js" async></script>`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'portal-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), hostPage(snippet));
  const every = localeCodes.flatMap((l) => widgetNames.map((w) => `<div data-province-widget="${w}" data-locale="${l}"></div>`));
  const odd = '<div data-province-widget="weather" data-locale="ko"></div><div data-province-widget="festivals" data-locale="xx"></div>';
  writeFileSync(path.join(dir, 'all.html'), hostPage(`${every.join('')}${odd}<script src="${site}embed.js" async></script>`));
  writeFileSync(path.join(dir, 'page.html'), hostPage(`<iframe title="site" src="${site}ko/" style="width:100%;height:300px"></iframe>`));
  portal = await serveStatic(dir, '/', portalPort);
  stranger = await serveStatic(dir);
});
afterAll(async () => {
  await portal?.close();
  await stranger?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function widgetFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('/ko/embed/festivals/')), { timeout: 15_000 }).toBe(true);
  return page.frames().find((f) => f.url().includes('/ko/embed/festivals/'))!;
}
const frameHeight = (page: Page) => page.locator('iframe[data-province-frame]').evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

describe('the festival widget on the portal', () => {
  test('appears in Korean at the height of its content, keeps it when the content changes, and opens the site', async () => {
    expect(new URL(portal.url).origin).not.toBe(new URL(site).origin);
    const context = await browser().newContext({ viewport: viewports.phone });
    const page = await context.newPage();
    await page.goto(portal.url);
    const frame = await widgetFrame(page);
    await frame.locator('h1').waitFor();
    expect(await frame.locator('h1').innerText()).toBe(ko('embed.festivals.title'));
    expect(await frame.locator('html').getAttribute('lang')).toBe('ko');
    expect(await page.locator('iframe[data-province-frame]').getAttribute('title')).toBe('다가오는 축제');
    // The accent colour from the snippet, with readable text on it.
    expect(
      await frame
        .locator('.widget-date')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe('rgb(194, 24, 91)');
    expect(
      await frame
        .locator('.widget-date')
        .first()
        .evaluate((el) => getComputedStyle(el).color),
    ).toBe('rgb(255, 255, 255)');

    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), { timeout: 10_000 }).toBeLessThanOrEqual(1);
    const before = await frameHeight(page);
    expect(before).not.toBe(240);
    await frame.getByRole('button', { name: ko('embed.more') }).click();
    await expect.poll(() => frameHeight(page), { timeout: 10_000 }).toBeGreaterThan(before + 40);
    expect(Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);

    // A message from anywhere else than the widget's site is ignored.
    const settled = await frameHeight(page);
    await page.evaluate(
      (id) => window.postMessage({ type: 'province-showcase:height', frame: id, height: 5 }, '*'),
      await page.locator('iframe').getAttribute('data-province-frame'),
    );
    await page.waitForTimeout(300);
    expect(await frameHeight(page)).toBe(settled);

    const first = frame.locator('.widget-title').first();
    const href = await first.getAttribute('href');
    await first.click();
    await page.waitForURL(new URL(href!, site).href);
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    await context.close();
  });
});

describe('the other widgets', () => {
  test('OCOP products narrowed by category and stars from the query string', async () => {
    const context = await browser().newContext({ viewport: viewports.phone });
    const page = await context.newPage();
    await page.goto(`${site}ja/embed/products/?category=beverages,food&stars=4`);
    const items = page.locator('[data-widget-item]:not([hidden])');
    await expect.poll(() => page.locator('[data-widget-item][hidden]').count()).toBeGreaterThan(0);
    for (const item of await items.all()) {
      expect(['beverages', 'food']).toContain(await item.getAttribute('data-category'));
      expect(Number(await item.getAttribute('data-stars'))).toBeGreaterThanOrEqual(4);
    }
    await page.goto(`${site}ja/embed/products/?category=textiles&stars=5`);
    await expect.poll(() => page.locator('[data-widget-empty]').isVisible()).toBe(true);
    await context.close();
  });

  test('opportunities narrowed by sector; the search box opens results on the site', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${site}ru/embed/opportunities/?sector=logistics`);
    const shown = page.locator('[data-widget-item]:not([hidden])');
    await expect.poll(() => shown.count()).toBeGreaterThan(0);
    for (const item of await shown.all()) expect(await item.getAttribute('data-sector')).toBe('logistics');
    await page.goto(`${site}ko/embed/search/`);
    await page.getByRole('searchbox').fill('연꽃');
    await page.getByRole('button', { name: ko('search.submit') }).click();
    await page.waitForURL(/\/ko\/search\/\?q=/);
    expect(decodeURIComponent(page.url())).toContain('q=연꽃');
    await context.close();
  });

  test('the builder previews the widget through embed.js and gives the snippet', async () => {
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site}embed/`);
    // A label wrapping a select also names it with the chosen option, so select by name.
    const builder = page.locator('form[data-embed-builder]');
    await builder.locator('select[name=widget]').selectOption('products');
    await builder.locator('select[name=locale]').selectOption('ko');
    await builder.locator('select[name=stars]').selectOption('5');
    const snippetText = await page.locator('[data-embed-snippet]').inputValue();
    expect(snippetText).toContain('data-province-widget="products"');
    expect(snippetText).toContain('data-locale="ko"');
    expect(snippetText).toContain('data-stars="5"');
    expect(snippetText).not.toContain('data-sector');
    expect(snippetText).toMatch(/<script src="https?:\/\/[^"]+\/embed\.js" async><\/script>$/);
    await expect.poll(() => page.frames().some((f) => f.url().includes('/ko/embed/products/') && f.url().includes('stars=5'))).toBe(true);
    await page.getByRole('button', { name: 'Sao chép đoạn mã' }).click();
    await expect.poll(() => page.locator('[data-embed-copied]').innerText()).toBe('Đã sao chép');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippetText);
    await context.close();
  });
});

describe('the loader', () => {
  test('knows every language and widget the site declares, falls back to the default language, and leaves the host page no global', async () => {
    const context = await browser().newContext({ viewport: viewports.desktop });
    const page = await context.newPage();
    await page.goto(`${portal.url}all.html`);
    const frames = page.locator('iframe[data-province-frame]');
    await expect.poll(() => frames.count()).toBe(localeCodes.length * widgetNames.length + 1);
    const paths = await frames.evaluateAll((list) => list.map((f) => new URL((f as HTMLIFrameElement).src).pathname));
    const expected = localeCodes.flatMap((l) => widgetNames.map((w) => localizedPath(l, `embed/${w}`)));
    // The unknown language gets the default one; the unknown widget is left alone.
    expect(paths).toEqual([...expected, localizedPath('vi', 'embed/festivals')]);
    expect(await page.locator('[data-province-widget="weather"]').getAttribute('data-province-widget-mounted')).toBeNull();
    expect(await page.evaluate(() => 'provinceWidgets' in window)).toBe(false);
    // Every address it makes is a widget that answers.
    for (const p of new Set(paths)) expect((await page.request.get(new URL(p, site).href)).status(), p).toBe(200);
    await context.close();
  });
});

describe('framing policy', () => {
  test('a site that is not allowed cannot frame the widget', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const refused = page.waitForEvent('console', { predicate: (m) => /frame-ancestors/.test(m.text()), timeout: 10_000 });
    await page.goto(stranger.url);
    await refused;
    // Chromium replaces a refused frame with its error page.
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await expect.poll(() => frame.url()).toMatch(/^chrome-error:/);
    expect(await frame.locator('[data-widget-list]').count()).toBe(0);
    await context.close();
  });

  test('no other site, not even the portal, can frame a normal page', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    // The page sends both X-Frame-Options and CSP frame-ancestors 'self'; Chromium reports the latter.
    const refused = page.waitForEvent('console', { predicate: (m) => /X-Frame-Options|sameorigin|frame-ancestors 'self'"/i.test(m.text()), timeout: 10_000 });
    await page.goto(`${portal.url}page.html`);
    await refused;
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await expect.poll(() => frame.url()).toMatch(/^chrome-error:/);
    expect(await frame.locator('.site-header').count()).toBe(0);
    await context.close();
  });

  test('the headers say so', async () => {
    const frameAncestors = (policy: string | null) => policy?.split('; ').find((d) => d.startsWith('frame-ancestors'));
    const widget = await fetch(`${site}ko/embed/festivals/`);
    expect(frameAncestors(widget.headers.get('content-security-policy'))).toBe(
      `frame-ancestors 'self' https://dongthap.gov.vn https://*.dongthap.gov.vn http://127.0.0.1:${portalPort}`,
    );
    expect(widget.headers.get('x-frame-options')).toBeNull();
    const normal = await fetch(`${site}ko/`);
    expect(normal.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(frameAncestors(normal.headers.get('content-security-policy'))).toBe("frame-ancestors 'self'");
  });
});
