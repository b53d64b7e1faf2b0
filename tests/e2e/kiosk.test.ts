/**
 * The public screen: the chosen language, slides that advance and loop without any input,
 * large type, and a daily check for a new build that reloads only when the site answers. The
 * clip slides are covered by tests/e2e/video.test.ts.
 */
import type { Route } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useTranslations } from '../../src/i18n/createTranslator.ts';
import { useBrowser } from '../support/browser.ts';

const site = inject('siteUrl');
const browser = useBrowser();

describe('kiosk', () => {
  test('shows the Korean slides full screen, advances every interval and loops', async () => {
    const context = await browser().newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`${site}kiosk/?lang=ko&interval=3`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    const deck = page.locator('[data-deck="ko"]');
    expect(await deck.isVisible()).toBe(true);
    expect(await page.locator('[data-deck="vi"]').isVisible()).toBe(false);
    const slides = await deck.locator('[data-slide]').count();
    expect(slides).toBeGreaterThanOrEqual(4);
    expect(await deck.locator('[data-slide]').nth(1).innerText()).toContain(useTranslations('ko')('kiosk.upcoming'));
    // Large type: the title of a slide is at least 60 px on a 1080p screen.
    expect(parseFloat(await deck.locator('h1').evaluate((h) => getComputedStyle(h).fontSize))).toBeGreaterThanOrEqual(60);
    // Nothing to click.
    expect(await page.locator('a, button, input').count()).toBe(0);

    const active = () => page.evaluate(() => document.documentElement.dataset.kioskSlide);
    expect(await active()).toBe('0');
    await expect.poll(active, { timeout: 5_000 }).toBe('1');
    expect(await deck.locator('[data-slide][data-active]').count()).toBe(1);
    // Loops back to the first slide. A clip slide stays until its clip ends (at most its length and 5 s).
    const loopMs = await deck
      .locator('[data-slide]')
      .evaluateAll((all) =>
        all.reduce((ms, slide) => ms + 1000 * (slide.querySelector('video') ? Math.max(Number((slide as HTMLElement).dataset.clipSeconds) + 5, 3) : 3), 0),
      );
    expect(loopMs).toBeGreaterThanOrEqual(slides * 3_000);
    await expect.poll(active, { timeout: loopMs + 5_000, interval: 500 }).toBe('0');
    await context.close();
  }, 300_000);

  test('offline, the daily check keeps the slideshow running; online, it reloads', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${site}kiosk/?lang=ru&interval=3`);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    // Once in a fresh-clone CI run the check got through while only the offline emulation was on
    // (the page reloaded); refusing every request as well makes the network surely gone.
    const refuse = (route: Route) => route.abort('internetdisconnected');
    await context.route('**/*', refuse);
    await context.setOffline(true);
    await page.evaluate(() => document.dispatchEvent(new Event('kiosk:check')));
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.kioskNetwork)).toBe('offline');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    const before = await page.evaluate(() => document.documentElement.dataset.kioskSlide);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.kioskSlide), { timeout: 6_000 }).not.toBe(before);

    await context.unroute('**/*', refuse);
    await context.setOffline(false);
    const reloaded = page.waitForEvent('load');
    await page.evaluate(() => document.dispatchEvent(new Event('kiosk:check')));
    await reloaded;
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await context.close();
  });
});
