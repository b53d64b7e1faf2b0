/**
 * Sharing a page: the network links carry the page's own absolute URL in its locale, copy puts
 * it on the clipboard, phones get their share sheet, and Zalo goes through the clipboard on
 * desktop and through the share sheet on phones.
 */
import { describe, expect, inject, test } from 'vitest';
import { site as siteConfig } from '../../src/config/site.ts';
import { useTranslations } from '../../src/i18n/createTranslator.ts';
import { page as builtPage } from '../support/dist.ts';
import { useBrowser, viewports } from '../support/browser.ts';
import { distDir } from '../support/site.ts';

const site = inject('siteUrl');
const browser = useBrowser();
const origin = siteConfig.url.replace(/\/$/, '');

describe('share links in the built pages', () => {
  test.each([
    ['/festivals/le-hoi-sen/', 'vi'],
    ['/ja/products/tra-sen-thap-muoi/', 'ja'],
    ['/ru/invest/parks/khu-cong-nghiep-sa-dec/', 'ru'],
  ] as const)('%s', (path, locale) => {
    const { $ } = builtPage(distDir, path);
    const url = `${origin}${path}`;
    expect($('[data-share]').attr('data-url')).toBe(url);
    expect($('[data-share-facebook]').attr('href')).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`);
    const x = new URL($('[data-share-x]').attr('href')!);
    expect(x.searchParams.get('url')).toBe(url);
    expect(x.searchParams.get('text')).toBe($('h1').text());
    expect($('#share-heading').text()).toBe(useTranslations(locale)('share.title'));
    for (const a of $('[data-share] a').toArray()) expect($(a).attr('rel')).toContain('noopener');
  });
});

describe('share actions in the browser', () => {
  test('desktop: copy link and Zalo put the page URL on the clipboard; no share sheet button', async () => {
    const context = await browser().newContext({ viewport: viewports.desktop, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.addInitScript(() => {
      // Desktop Chromium on Linux has no share sheet; make sure of it.
      Object.defineProperty(navigator, 'share', { value: undefined });
    });
    await page.goto(`${site}ko/festivals/le-hoi-sen/`);
    const ko = useTranslations('ko');
    expect(await page.locator('[data-share-native]').isHidden()).toBe(true);
    await page.getByRole('button', { name: ko('share.copy') }).click();
    await expect.poll(() => page.locator('[data-share-status]').innerText()).toBe(ko('share.copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/ko/festivals/le-hoi-sen/`);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    const popup = context.waitForEvent('page');
    await page.locator('[data-share-zalo]').click();
    await (await popup).close();
    await expect.poll(() => page.locator('[data-share-status]').innerText()).toBe(ko('share.zaloHint'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/ko/festivals/le-hoi-sen/`);
    await context.close();
  });

  test('phone: the share sheet gets the title and URL, for the share button and for Zalo', async () => {
    const context = await browser().newContext({ viewport: viewports.phone, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const calls: unknown[] = [];
      (window as unknown as { shared: unknown[] }).shared = calls;
      // A real share sheet refuses a call made after the click's user activation has lapsed.
      Object.defineProperty(navigator, 'share', {
        value: (data: object) => (calls.push({ ...data, activated: navigator.userActivation.isActive }), Promise.resolve()),
      });
    });
    await page.goto(`${site}vi/`.replace('/vi/', '/') + 'products/tra-sen-thap-muoi/');
    const vi = useTranslations('vi');
    await page.getByRole('button', { name: vi('share.native') }).click();
    await page.locator('[data-share-zalo]').click();
    const shared = await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared);
    const expected = { title: await page.locator('h1').innerText(), url: `${origin}/products/tra-sen-thap-muoi/`, activated: true };
    expect(shared).toEqual([expected, expected]);
    await context.close();
  });
});
