import { readFileSync, mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import path from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { uiStrings } from '../../src/i18n/createTranslator.ts';
import { offlineContext, useBrowser, viewports } from '../support/browser.ts';
import { screenshotDir } from '../support/site.ts';

const site = inject('siteUrl');
const browser = useBrowser();

beforeAll(() => {
  mkdirSync(screenshotDir, { recursive: true });
});

const offline = (options: Parameters<Browser['newContext']>[0] = {}) => offlineContext(browser(), site, options);

describe('map', () => {
  test('Leaflet loads only when the map scrolls into view, then shows every place', async () => {
    const context = await offline({ viewport: viewports.phone, isMobile: true, locale: 'ja-JP' });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${site}ja/tourism/`);
    await page.waitForLoadState('networkidle');
    const beforeScroll = [...requested];
    expect(await page.locator('.leaflet-container').count()).toBe(0);
    // Neither Leaflet's code nor its stylesheet, which would hold up the first paint.
    expect(beforeScroll.filter((u) => /leaflet/i.test(u))).toEqual([]);

    await page.locator('#tourism-map').scrollIntoViewIfNeeded();
    await page.locator('[data-map-ready="true"]').waitFor();
    const loadedLater = requested.filter((u) => !beforeScroll.includes(u) && /\.(js|css)(\?|$)/.test(u));
    expect(loadedLater.length).toBeGreaterThan(0);
    expect(beforeScroll.some((u) => loadedLater.includes(u))).toBe(false);
    expect(loadedLater.filter((u) => /leaflet[^/]*\.css$/.test(u))).toHaveLength(1);
    // Leaflet's stylesheet applies: its panes are positioned, as the map needs.
    expect(
      await page
        .locator('.leaflet-pane')
        .first()
        .evaluate((pane) => getComputedStyle(pane).position),
    ).toBe('absolute');

    const places = await page.locator('.places-list li').count();
    expect(await page.locator('.leaflet-interactive').count()).toBe(places);
    expect(await page.locator('.leaflet-control-attribution').innerText()).toContain('OpenStreetMap');

    // Markers open localized popups that link to the place's page.
    await page.locator('.leaflet-interactive').first().click({ force: true });
    const popupLink = page.locator('.leaflet-popup-content a');
    await popupLink.waitFor();
    expect(await popupLink.innerText()).toBe(uiStrings.ja['map.details']);
    expect(await popupLink.getAttribute('href')).toMatch(/^\/ja\/(destinations|festivals)\//);
    await context.close();
  });

  test('without JavaScript the list of places with coordinates and map links remains', async () => {
    const context = await offline({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}ru/tourism/`);
    expect(await page.locator('[data-map]').isHidden()).toBe(true);
    const items = page.locator('.places-list li');
    expect(await items.count()).toBeGreaterThan(10);
    expect(await items.first().locator('.coords').innerText()).toMatch(/^\d+\.\d{4}, \d+\.\d{4}$/);
    expect(await items.first().locator('a[href^="https://www.openstreetmap.org/"]').count()).toBe(1);
    await context.close();
  });
});

describe('festival calendar filters', () => {
  test('filter instantly, keep the filters in the URL, and restore them from a shared link', async () => {
    const context = await offline({ locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto(`${site}ko/calendar/`);
    const all = await page.locator('.calendar-item').count();
    const area = await page.locator('.calendar-item').first().getAttribute('data-area');
    await page.locator('select[name="area"]').selectOption(area!);
    expect(new URL(page.url()).searchParams.get('area')).toBe(area);
    const visible = page.locator('.calendar-item:visible');
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(all);
    for (const d of await visible.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.area))) expect(d).toBe(area);
    expect(await page.locator('#calendar-status').getAttribute('data-count')).toBe(String(shown));

    // A shared link with a month filter shows only that month.
    const month = await page.locator('.calendar-month').last().getAttribute('data-month');
    await page.goto(`${site}ko/calendar/?month=${month}`);
    expect(await page.locator('select[name="month"]').inputValue()).toBe(month);
    const months = await page.locator('.calendar-month:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.month));
    expect(months).toEqual([month]);
    await context.close();
  });
});

test('a Japanese tourist on a phone finds the next lunar festival, adds it to the calendar and finds the venue on the map', async () => {
  const context = await offline({ viewport: viewports.phone, isMobile: true, hasTouch: true, locale: 'ja-JP', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${site}ja/calendar/`);
  const lunarItem = page.locator('.calendar-item[data-state="upcoming"][data-calendar="lunar"]').first();
  const start = await lunarItem.getAttribute('data-start');
  const shownDate = await lunarItem.locator('time').innerText();
  expect(shownDate).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
  await page.screenshot({ path: path.join(screenshotDir, 'phone-ja-calendar.png'), fullPage: true });

  await lunarItem.locator('h3 a').click();
  await page.waitForURL(/\/ja\/festivals\/[^/]+\/$/);
  expect(await page.locator('.occurrences li').first().getAttribute('data-start')).toBe(start);

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.aside-box a.button', { hasText: uiStrings.ja['calendar.add'] }).click()]);
  const file = await download.path();
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file!, 'utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const event = events.find((e) => e.startDate.toString() === start);
  expect(event, 'the downloaded calendar has the event on the shown day').toBeDefined();
  expect(event!.startDate.isDate).toBe(true);
  expect(event!.summary).toBe(await page.locator('h1').innerText());

  await page.locator('#festival-map').scrollIntoViewIfNeeded();
  await page.locator('[data-map-ready="true"]').waitFor();
  expect(await page.locator('.leaflet-interactive').count()).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(screenshotDir, 'phone-ja-festival-map.png'), fullPage: true });
  await context.close();
});
