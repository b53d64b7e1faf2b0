/**
 * The investor's path in a real browser: find the incentives for a food-processing plant, sort
 * the projects by capital, download them as CSV, and download the handbook PDF, in Russian and
 * Chinese; and the projects table on a phone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import yaml from 'js-yaml';
import { describe, expect, inject, test } from 'vitest';
import type { Locale } from '../../src/config/locales.ts';
import { useTranslations } from '../../src/i18n/createTranslator.ts';
import { handbookPdfPath } from '../../scripts/lib/handbook-pdf.ts';
import { offlineContext, useBrowser, viewports } from '../support/browser.ts';
import { distDir } from '../support/site.ts';

const site = inject('siteUrl');
const browser = useBrowser();

const entries = <T>(collection: string, locale: Locale) =>
  readdirSync(path.resolve(`content/${collection}/${locale}`)).map((f) => ({
    slug: f.replace(/\.mdx?$/, ''),
    ...(yaml.load(readFileSync(path.resolve(`content/${collection}/${locale}`, f), 'utf8').split('---')[1]!) as T),
  }));

describe.each(['ru', 'zh'] as const)('an investor reading in %s', (locale) => {
  const t = useTranslations(locale);

  test('finds the incentives that apply to a food-processing plant', async () => {
    const context = await offlineContext(browser(), site);
    const page = await context.newPage();
    await page.goto(`${site}${locale}/invest/incentives/`);
    await page.locator('select[name="sector"]').selectOption('food-processing');
    const expected = entries<{ sectors: string[] }>('incentives', locale)
      .filter((e) => e.sectors.includes('food-processing'))
      .map((e) => e.slug)
      .sort();
    // The filter code loads when the form is first used, so the list narrows a moment later.
    const shown = () =>
      page.locator('#view-support .incentive-item:visible').evaluateAll((items) => [...new Set(items.map((i) => (i as HTMLElement).dataset.key))].sort());
    await expect.poll(shown).toEqual(expected);
    expect(await page.locator('#list-count').innerText()).toBe(t('incentives.count', { count: expected.length }));
    expect(new URL(page.url()).searchParams.get('sector')).toBe('food-processing');
    // Regrouped by sector, only the food-processing group is left.
    await page.getByRole('radio', { name: t('incentives.bySector') }).check();
    await expect.poll(() => page.locator('#view-support').isVisible()).toBe(false);
    expect(await page.locator('#view-sector .incentive-group:visible h3').allInnerTexts()).toEqual([t('sector.food-processing')]);
    // Narrowing further by kind of support, then sharing the URL, gives the same view.
    await page.locator('select[name="support"]').selectOption('tax');
    await expect.poll(() => new URL(page.url()).searchParams.get('support')).toBe('tax');
    const narrowed = await page.locator('#view-sector .incentive-item:visible').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.key).sort());
    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect
      .poll(() => shared.locator('#view-sector .incentive-item:visible').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.key).sort()))
      .toEqual(narrowed);
    expect(await shared.locator('#view-support').isVisible()).toBe(false);
    await context.close();
  });

  test('sorts the projects by capital, downloads them as CSV, and gets the same order', async () => {
    const context = await offlineContext(browser(), site, { acceptDownloads: true });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${site}${locale}/invest/opportunities/`);
    await page.waitForLoadState('networkidle');
    // The buttons are in the HTML; the sorting code arrives with the first click.
    expect(requested.filter((u) => u.includes('table-sort'))).toEqual([]);
    const capitals = () =>
      page
        .locator('#opportunities-table tbody tr td[data-value]:nth-of-type(4)')
        .evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.value)));
    const header = page.locator('th[data-sort-key="capital"]');
    const unsorted = await capitals();
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    const descending = await capitals();
    expect(descending).not.toEqual(unsorted);
    expect(descending).toEqual([...unsorted].sort((a, b) => b - a));
    expect(new URL(page.url()).searchParams.get('sort')).toBe('capital-desc');
    await header.getByRole('button').click();
    await expect.poll(capitals).toEqual([...descending].reverse());
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    // A shared link keeps the order.
    const order = () => page.locator('#opportunities-table tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.key));
    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect
      .poll(() => shared.locator('#opportunities-table tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.key)))
      .toEqual(await order());
    // Two quick clicks on a fresh page, both before the sorting code has arrived, count as two.
    const quick = await context.newPage();
    await quick.goto(`${site}${locale}/invest/opportunities/`);
    const quickHeader = quick.locator('th[data-sort-key="capital"]');
    await quickHeader.getByRole('button').click();
    await quickHeader.getByRole('button').click();
    await expect.poll(() => quickHeader.getAttribute('aria-sort')).toBe('ascending');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: t('download.csv') }).click()]);
    expect(download.suggestedFilename()).toBe(`dong-thap-investment-opportunities-${locale}.csv`);
    const [head, ...rows] = parse(readFileSync((await download.path())!, 'utf8'), { bom: true }) as string[][];
    expect(head![0]).toBe(t('opportunity.name'));
    const capitalColumn = head!.indexOf(t('opportunity.capitalVnd'));
    expect(rows.map((r) => Number(r[capitalColumn])).sort((a, b) => b - a)).toEqual(descending);
    await context.close();
  });

  test('downloads the handbook PDF in their language, at the size the page states', async () => {
    const context = await offlineContext(browser(), site, { acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${site}${locale}/invest/handbook/`);
    const link = page.locator(`[data-handbook-pdf="${locale}"] a`);
    await expect.poll(() => link.isVisible()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`dong-thap-investment-handbook-${locale}.pdf`);
    const file = (await download.path())!;
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(statSync(file).size).toBe(statSync(path.join(distDir, handbookPdfPath(locale))).size);
    await context.close();
  });
});

test('a no-JavaScript jump link to the sector grouping opens that grouping when JavaScript runs', async () => {
  const context = await offlineContext(browser(), site);
  const page = await context.newPage();
  await page.goto(`${site}en/invest/incentives/#view-sector`);
  await expect.poll(() => page.locator('#view-sector').isVisible()).toBe(true);
  expect(await page.locator('#view-support').isVisible()).toBe(false);
  expect(await page.getByRole('radio', { name: useTranslations('en')('incentives.bySector') }).isChecked()).toBe(true);
  await context.close();
});

test('on a phone the projects table becomes cards that fit the screen, and still sorts', async () => {
  const context = await offlineContext(browser(), site, { viewport: viewports.phone, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${site}ru/invest/opportunities/`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  const row = page.locator('#opportunities-table tbody tr').first();
  expect(await row.evaluate((r) => getComputedStyle(r).display)).toBe('block');
  // Each cell shows its column name next to the value.
  const label = await row
    .locator('td')
    .nth(3)
    .evaluate((td) => getComputedStyle(td, '::before').content);
  expect(label).toBe(JSON.stringify(useTranslations('ru')('opportunity.capital')));
  const areas = () =>
    page
      .locator('#opportunities-table tbody tr td[data-value]:nth-of-type(3)')
      .evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.value)));
  const before = await areas();
  await page.locator('th[data-sort-key="area"]').getByRole('button').tap();
  await expect.poll(areas).toEqual([...before].sort((a, b) => b - a));
  await context.close();
});

test('without JavaScript no filter form shows, since it could not work, and the incentives show every grouping', async () => {
  const context = await offlineContext(browser(), site, { javaScriptEnabled: false, viewport: viewports.phone });
  const page = await context.newPage();
  for (const [path, form] of [
    ['ru/invest/opportunities/', '#opportunity-filter'],
    ['ru/invest/incentives/', '#incentive-filter'],
    ['ru/products/', '#catalogue-filter'],
  ] as const) {
    await page.goto(`${site}${path}`);
    expect(await page.locator(form).count(), path).toBe(1);
    expect(await page.locator(form).isVisible(), path).toBe(false);
  }
  await page.goto(`${site}ru/invest/incentives/`);
  expect(await page.locator('#incentive-view').isVisible()).toBe(false);
  expect(await page.locator('#incentive-view-links').isVisible()).toBe(true);
  expect(await page.locator('#view-support').isVisible()).toBe(true);
  expect(await page.locator('#view-sector').isVisible()).toBe(true);
  await context.close();
});

test('without JavaScript the projects table has plain column names and no sort buttons that would do nothing', async () => {
  const context = await offlineContext(browser(), site, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site}ja/invest/opportunities/`);
  const headers = page.locator('#opportunities-table thead th');
  expect(await page.locator('#opportunities-table .sort-button:visible').count()).toBe(0);
  expect(await page.locator('#sort-hint').isVisible()).toBe(false);
  const t = useTranslations('ja');
  expect(await headers.first().innerText()).toBe(t('opportunity.name'));
  expect(await page.getByRole('columnheader', { name: t('opportunity.capital') }).count()).toBe(1);
  // With script the same headers are buttons, and the hint says what they do.
  const scripted = await (await offlineContext(browser(), site)).newPage();
  await scripted.goto(`${site}ja/invest/opportunities/`);
  expect(
    await scripted
      .locator('#opportunities-table thead')
      .getByRole('button', { name: t('opportunity.capital') })
      .isVisible(),
  ).toBe(true);
  expect(await scripted.locator('#opportunities-table .sort-label:visible').count()).toBe(0);
  expect(await scripted.locator('#sort-hint').isVisible()).toBe(true);
  await scripted.context().close();
  await context.close();
});

test('"Print the handbook" opens the book and its print dialog', async () => {
  const context = await offlineContext(browser(), site);
  await context.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', '');
  });
  const page = await context.newPage();
  await page.goto(`${site}ja/invest/handbook/`);
  await page.locator('[data-print-book]').click();
  await page.waitForURL(/\/ja\/invest\/handbook\/book\/\?print$/);
  await expect.poll(() => page.locator('html[data-printed]').count()).toBe(1);
  await context.close();
});
