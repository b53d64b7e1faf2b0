import { describe, expect, inject, test } from 'vitest';
import { uiStrings } from '../../src/i18n/createTranslator.ts';
import { useBrowser } from '../support/browser.ts';

const browser = useBrowser();
const site = inject('siteUrl');

describe('language switcher', () => {
  test('keeps the page when switching language, with the keyboard too', async () => {
    const context = await browser().newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${site}festivals/le-hoi-sen/`);
    await page.locator('.lang-switcher summary').click();
    await page.locator('.lang-switcher a[data-locale="ja"]').click();
    await page.waitForURL(`${site}ja/festivals/le-hoi-sen/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');

    // Keyboard: focus the switcher, open it, move to Русский and follow it.
    await page.locator('.lang-switcher summary').focus();
    await page.keyboard.press('Enter');
    const ru = page.locator('.lang-switcher a[data-locale="ru"]');
    await ru.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site}ru/festivals/le-hoi-sen/`);
    expect(await page.locator('h1').textContent()).not.toBe('');
    await context.close();
  });

  test('on a fallback page it says which languages lack the page', async () => {
    const context = await browser().newContext({ locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto(`${site}ja/festivals/gio-cu-nguyen-sinh-sac/`);
    await page.locator('.lang-switcher summary').click();
    const ja = page.locator('.lang-switcher a[data-locale="ja"]');
    await expect.poll(() => ja.innerText()).toContain(uiStrings.ja['lang.untranslated']);
    const en = page.locator('.lang-switcher a[data-locale="en"]');
    expect(await en.innerText()).not.toContain(uiStrings.ja['lang.untranslated']);
    await context.close();
  });
});

describe('language suggestion', () => {
  test('suggests the browser language in that language, without redirecting, and remembers dismissal', async () => {
    const context = await browser().newContext({ locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto(`${site}destinations/vuon-quoc-gia-tram-chim/`);
    const banner = page.locator('#lang-suggest');
    await expect.poll(() => banner.isVisible()).toBe(true);
    expect(page.url()).toBe(`${site}destinations/vuon-quoc-gia-tram-chim/`);
    expect(await banner.getAttribute('lang')).toBe('ja');
    expect(await banner.locator('p').innerText()).toBe(uiStrings.ja['lang.suggest.text']);
    expect(await banner.locator('#lang-suggest-go').getAttribute('href')).toMatch(/\/ja\/destinations\/vuon-quoc-gia-tram-chim\/$/);
    await banner.locator('#lang-suggest-no').click();
    expect(await banner.isVisible()).toBe(false);
    await page.goto(`${site}products/`);
    expect(await page.locator('#lang-suggest').isVisible()).toBe(false);
    await context.close();
  });

  test('following the suggestion switches language and remembers the choice', async () => {
    const context = await browser().newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(`${site}festivals/le-hoi-sen/`);
    const go = page.locator('#lang-suggest-go');
    await expect.poll(() => go.isVisible()).toBe(true);
    expect(await go.innerText()).toBe(uiStrings.ru['lang.suggest.switch']);
    await go.click();
    await page.waitForURL(`${site}ru/festivals/le-hoi-sen/`);
    expect(await page.locator('#lang-suggest').isVisible()).toBe(false);
    // Back on a Vietnamese page: the choice is remembered, so no suggestion and no redirect.
    await page.goto(`${site}products/`);
    expect(page.url()).toBe(`${site}products/`);
    expect(await page.locator('#lang-suggest').isVisible()).toBe(false);
    await context.close();
  });

  test('shows nothing when the browser already prefers the page language', async () => {
    const context = await browser().newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${site}`);
    await page.waitForLoadState('load');
    expect(await page.locator('#lang-suggest').isVisible()).toBe(false);
    await context.close();
  });

  test('does not offer a language the page is not translated into', async () => {
    const context = await browser().newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto(`${site}festivals/gio-cu-nguyen-sinh-sac/`);
    await page.waitForLoadState('load');
    expect(await page.locator('#lang-suggest').isVisible()).toBe(false);
    await context.close();
  });
});

describe('keyboard', () => {
  test('the skip link comes first, is visible when focused and moves focus to the main content', async () => {
    const context = await browser().newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${site}ja/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});
