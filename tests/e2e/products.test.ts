import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { localeCodes } from '../../src/config/locales.ts';
import { useTranslations, uiStrings } from '../../src/i18n/createTranslator.ts';
import { useBrowser, viewports } from '../support/browser.ts';

const site = inject('siteUrl');
const browser = useBrowser();

const visibleSlugs = (page: import('playwright-core').Page) =>
  page.locator('.cards > .card:visible h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));

describe('OCOP catalogue', () => {
  test('a Korean buyer filters to 4–5 star beverages, shares the URL, and the recipient sees the same list', async () => {
    const buyer = await browser().newContext({ locale: 'ko-KR', viewport: viewports.phone, isMobile: true, hasTouch: true });
    const page = await buyer.newPage();
    await page.goto(`${site}ko/products/`);
    const all = await page.locator('.cards > .card').count();
    await page.locator('select[name="category"]').selectOption('beverages');
    await page.locator('input[name="stars"][value="4"]').check();
    await page.locator('input[name="stars"][value="5"]').check();
    // The filter code loads when the form is first used; the address follows a moment later.
    await expect.poll(() => new URL(page.url()).searchParams.get('stars')).toBe('4,5');
    const url = new URL(page.url());
    expect(url.searchParams.get('category')).toBe('beverages');
    expect(url.searchParams.get('stars')).toBe('4,5');
    const filtered = await visibleSlugs(page);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all);
    for (const card of await page.locator('.cards > .card:visible').all()) {
      expect(await card.getAttribute('data-category')).toBe('beverages');
      expect(['4', '5']).toContain(await card.getAttribute('data-stars'));
    }
    expect(await page.locator('#list-count').innerText()).toBe(useTranslations('ko')('products.count', { count: filtered.length }));

    const recipient = await browser().newContext({ locale: 'ko-KR' });
    const shared = await recipient.newPage();
    await shared.goto(url.href);
    // A shared filtered address loads the filter code at once; the list narrows when it arrives.
    await expect.poll(() => visibleSlugs(shared)).toEqual(filtered);
    expect(await shared.locator('select[name="category"]').inputValue()).toBe('beverages');

    // Open a product and reach the producer in one tap.
    await page.locator('.cards > .card:visible h2 a').first().click();
    await page.waitForURL(/\/ko\/products\/[^/]+\/$/);
    const call = page.locator('a[data-action="call"]');
    expect(await call.innerText()).toBe(uiStrings.ko['product.call']);
    expect(await call.getAttribute('href')).toMatch(/^tel:\+84\d+$/);
    await buyer.close();
    await recipient.close();
  });

  test('free text finds Vietnamese products typed without diacritics', async () => {
    const context = await browser().newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${site}products/`);
    await page.locator('#catalogue-filter input[name="q"]').fill('tra sen');
    // The filter code loads on first use, so the list narrows and the address follows a moment later.
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 10_000 }).toBe('tra sen');
    const found = await visibleSlugs(page);
    expect(found).toContain('/products/tra-sen-thap-muoi/');
    expect(found).not.toContain('/products/nem-lai-vung/');
    await page.locator('#catalogue-filter input[name="q"]').fill('khong co san pham nay');
    expect(await page.locator('#catalogue-empty').isVisible()).toBe(true);
    await page.locator('#catalogue-filter button[type="reset"]').click();
    await expect.poll(() => page.locator('.cards > .card:visible').count()).toBe(await page.locator('.cards > .card').count());
    await context.close();
  });
});

test('every printable product sheet fits on one A4 page without navigation', async () => {
  const context = await browser().newContext();
  const page = await context.newPage();
  const slugs = readdirSync(resolve('content/products/vi')).map((f) => f.replace(/\.mdx?$/, ''));
  const paths = localeCodes.flatMap((l) => slugs.map((s) => `${l === 'vi' ? '' : `${l}/`}products/${s}/`));
  for (const path of paths) {
    await page.goto(`${site}${path}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.hero-image img').isVisible()).toBe(true);
    expect(await page.locator('.aside-box').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length, path).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  }
  await context.close();
}, 300_000);

test('the filter code loads only when the reader uses the filters, or at once for a shared filtered view', async () => {
  const context = await browser().newContext({ viewport: viewports.phone });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${site}ja/products/`, { waitUntil: 'networkidle' });
  expect(await page.locator('#catalogue-filter').isVisible()).toBe(true);
  expect(scripts.filter((s) => /list-filter/.test(s))).toEqual([]);
  await page.locator('#catalogue-filter input[name="q"]').click();
  await expect.poll(() => scripts.filter((s) => /list-filter/.test(s)).length).toBe(1);

  scripts.length = 0;
  await page.goto(`${site}ja/products/?category=beverages`, { waitUntil: 'networkidle' });
  expect(scripts.filter((s) => /list-filter/.test(s))).toHaveLength(1);
  for (const card of await page.locator('.cards > .card:visible').all()) expect(await card.getAttribute('data-category')).toBe('beverages');
  await context.close();
});
