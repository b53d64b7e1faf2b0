/**
 * Search in a real browser against the built site: Vietnamese typed without diacritics (and as
 * NFD), Chinese, Japanese, Korean and Russian, the type filter, fallbacks kept out of other
 * locales' results, the header dialog with the keyboard, and Pagefind loading only on demand.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useTranslations } from '../../src/i18n/createTranslator.ts';
import { offlineContext, useBrowser, viewports } from '../support/browser.ts';

const site = inject('siteUrl');
const browser = useBrowser();

async function search(prefix: string, query: string, extra = ''): Promise<{ page: Page; urls: string[]; status: string }> {
  const context = await offlineContext(browser(), site, { viewport: viewports.phone, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${site}${prefix}search/?q=${encodeURIComponent(query)}${extra}`);
  const status = page.locator('#page-search-status');
  await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/\d|「|“|«|‘/);
  const urls = await page.locator('#page-search-results .search-result__title').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return { page, urls, status: await status.innerText() };
}

describe('Vietnamese as people type it', () => {
  test.each([
    ['le hoi sen', '/festivals/le-hoi-sen/', 1],
    ['tram chim', '/destinations/vuon-quoc-gia-tram-chim/', 1],
    ['lang hoa sa dec', '/destinations/lang-hoa-sa-dec/', 3],
    ['Lễ hội Sen', '/festivals/le-hoi-sen/', 1],
    ['Lễ hội Sen'.normalize('NFD'), '/festivals/le-hoi-sen/', 1],
  ])('"%s" finds %s in the top %i', async (query, expected, top) => {
    const { page, urls } = await search('', query);
    expect(urls.slice(0, top), urls.join(' ')).toContain(expected);
    await page.context().close();
  });

  test('"sen dong thap" (Đồng Tháp lotus) puts lotus pages first', async () => {
    const { page, urls } = await search('', 'sen dong thap');
    for (const url of urls.slice(0, 4)) expect(url, urls.join(' ')).toMatch(/sen/);
    expect(urls).toContain('/festivals/le-hoi-sen/');
    await page.context().close();
  });

  test('"dong thap" finds "Đồng Tháp", and the excerpt shows the real spelling', async () => {
    const { page, urls } = await search('', 'dong thap');
    expect(urls.length).toBe(10);
    const marks = await page.locator('#page-search-results mark').allInnerTexts();
    expect(marks.some((m) => m.startsWith('Đồng'))).toBe(true);
    await page.context().close();
  });

  test('the type filter narrows results and is kept in the URL', async () => {
    const { page, urls } = await search('', 'sen', '&type=product');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\/products\//);
    expect(await page.locator('select[name="type"]').inputValue()).toBe('product');
    await page.context().close();
  });
});

describe('other scripts', () => {
  test.each([
    ['zh/', '莲花', '/zh/festivals/le-hoi-sen/'],
    ['ja/', '蓮', '/ja/festivals/le-hoi-sen/'],
    ['ja/', 'ハス', '/ja/invest/opportunities/khu-du-lich-sinh-thai-dong-sen-thap-muoi/'],
    ['ko/', '연꽃', '/ko/festivals/le-hoi-sen/'],
    ['ru/', 'лотос', '/ru/festivals/le-hoi-sen/'],
    ['ru/', 'лотосом', '/ru/festivals/le-hoi-sen/'],
  ])('%s "%s" finds %s among pages in that language only', async (prefix, query, expected) => {
    const { page, urls } = await search(prefix, query);
    expect(urls).toContain(expected);
    for (const url of urls) expect(url.startsWith(`/${prefix}`)).toBe(true);
    await page.context().close();
  });

  test('Korean 연꽃 also matches inside longer words (연꽃차, 연꽃이…)', async () => {
    const { page } = await search('ko/', '연꽃');
    const marks = await page.locator('#page-search-results mark').allInnerTexts();
    expect(marks.some((m) => m.startsWith('연꽃') && m.replace(/[^\uac00-\ud7a3]/g, '').length > 2)).toBe(true);
    await page.context().close();
  });

  test('a Japanese search never returns the English fallback served under /ja/', async () => {
    // The page exists under /ja/ but its text is English; it must not be in the Japanese index.
    for (const query of ['Nguyen Sinh Sac', 'グエン・シン・サック', '阮生色']) {
      const { page, urls } = await search('ja/', query);
      expect(urls).not.toContain('/ja/festivals/gio-cu-nguyen-sinh-sac/');
      await page.context().close();
    }
  });
});

test('from any page, the header opens search in a dialog that works with the keyboard', async () => {
  const context = await offlineContext(browser(), site, { viewport: viewports.desktop });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${site}ru/festivals/le-hoi-sen/`);
  await page.waitForLoadState('networkidle');
  // A normal page view fetches no search code.
  expect(requests.filter((p) => /pagefind|site-search/.test(p))).toEqual([]);

  const link = page.locator('a[data-search-open]');
  await link.focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('#search-dialog');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
  await page.keyboard.type('лотос');
  const status = page.locator('#dialog-search-status');
  await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/лотос/);
  expect(await status.getAttribute('role')).toBe('status');
  expect(await page.locator('#dialog-search-results li').count()).toBeGreaterThan(0);
  expect(requests.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.isVisible()).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
  await context.close();
});

test('the search page keeps the query in the URL, so a search can be shared', async () => {
  const context = await offlineContext(browser(), site);
  const page = await context.newPage();
  await page.goto(`${site}en/search/`);
  await page.locator('#page-search-q').fill('mango');
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('mango');
  const t = useTranslations('en');
  await expect.poll(() => page.locator('#page-search-status').innerText(), { timeout: 15_000 }).toMatch(/mango/);
  expect(await page.locator('#page-search-status').innerText()).not.toBe(t('search.searching'));
  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect.poll(() => shared.locator('#page-search-results li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(await shared.locator('#page-search-q').inputValue()).toBe('mango');
  await context.close();
});

test('under BASE_PATH, search loads from the sub-path and its results link inside it', async () => {
  const baseSite = inject('baseSiteUrl');
  const context = await offlineContext(browser(), baseSite);
  const page = await context.newPage();
  await page.goto(`${baseSite}ko/search/?q=${encodeURIComponent('연꽃')}`);
  const first = page.locator('#page-search-results .search-result__title').first();
  await first.waitFor({ timeout: 15_000 });
  const basePath = new URL(baseSite).pathname;
  for (const href of await page.locator('#page-search-results .search-result__title').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))) {
    expect(href.startsWith(`${basePath}ko/`)).toBe(true);
  }
  const response = await page.goto(await first.evaluate((a) => (a as HTMLAnchorElement).href));
  expect(response?.status()).toBe(200);
  await context.close();
});

test('more results come ten at a time, with focus on the first new one', async () => {
  const { page, status } = await search('', 'dong thap');
  const total = Number(/\d+/.exec(status)![0]);
  expect(total).toBeGreaterThan(20);
  expect(await page.locator('#page-search-results li').count()).toBe(10);
  await page.getByRole('button', { name: useTranslations('vi')('search.more') }).click();
  await expect.poll(() => page.locator('#page-search-results li').count()).toBe(20);
  expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('#page-search-results li a')[10])).toBe(true);
  await page.context().close();
});

test('a query with $ signs is shown as typed', async () => {
  const { page, status } = await search('en/', 'lotus $& $1');
  expect(status).toContain('lotus $& $1');
  await page.context().close();
});

test('an Escape that ends an input-method composition does not close the dialog', async () => {
  const context = await offlineContext(browser(), site);
  const page = await context.newPage();
  await page.goto(`${site}ja/festivals/le-hoi-sen/`);
  await page.locator('a[data-search-open]').click();
  const dialog = page.locator('#search-dialog');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  // The dialog's keyboard handling arrives a moment after it opens.
  await expect.poll(() => dialog.getAttribute('data-enhanced')).toBe('true');
  const escape = (isComposing: boolean) =>
    page.locator('#dialog-search-q').evaluate((input, composing) => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', isComposing: composing, bubbles: true, cancelable: true }));
    }, isComposing);
  await escape(true);
  expect(await dialog.isVisible()).toBe(true);
  // The same key outside a composition closes it: the handler is there and only spares compositions.
  await escape(false);
  await expect.poll(() => dialog.isVisible()).toBe(false);
  await context.close();
});

test('when search fails to load it says so, and the next query tries again', async () => {
  const context = await offlineContext(browser(), site);
  let failures = 1;
  await context.route('**/pagefind/pagefind.js', (route) => (failures-- > 0 ? route.abort() : route.fallback()));
  const page = await context.newPage();
  await page.goto(`${site}en/search/?q=lotus`);
  const status = page.locator('#page-search-status');
  await expect.poll(() => status.innerText(), { timeout: 15_000 }).toBe(useTranslations('en')('search.unavailable'));
  await page.locator('#page-search-q').fill('mango');
  await expect.poll(() => page.locator('#page-search-results li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await context.close();
});
