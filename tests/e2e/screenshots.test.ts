/**
 * Phone and desktop screenshots of the main templates, saved under test-results/screenshots/
 * for people to look at. The assertions check what a screenshot cannot prove by itself:
 * no horizontal overflow, and CJK and Cyrillic text drawn with real glyphs.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { localeCodes } from '../../src/config/locales.ts';
import { offlineContext, useBrowser, viewports } from '../support/browser.ts';
import { screenshotDir } from '../support/site.ts';

const site = inject('siteUrl');
const browser = useBrowser();

beforeAll(() => {
  mkdirSync(screenshotDir, { recursive: true });
});

/** The first infographic of the demo content. */
const infographic = readdirSync(path.resolve('content/infographics/vi'))[0]!.replace(/\.mdx?$/, '');
const shots = [
  { name: 'home', path: '' },
  { name: 'festival', path: 'festivals/le-hoi-sen/' },
  { name: 'calendar', path: 'calendar/' },
  { name: 'destination', path: 'destinations/vuon-quoc-gia-tram-chim/' },
  { name: 'tourism', path: 'tourism/' },
  { name: 'products', path: 'products/' },
  { name: 'product', path: 'products/tra-sen-thap-muoi/' },
  { name: 'handbook', path: 'invest/handbook/ha-tang/' },
  { name: 'incentives', path: 'invest/incentives/' },
  { name: 'opportunities', path: 'invest/opportunities/' },
  { name: 'opportunity', path: 'invest/opportunities/nha-may-che-bien-xoai-cao-lanh/' },
  { name: 'parks', path: 'invest/parks/' },
  { name: 'handbook-book', path: 'invest/handbook/book/' },
  { name: 'fallback', path: 'festivals/gio-cu-nguyen-sinh-sac/' },
  { name: 'media', path: 'media/' },
  { name: 'infographic', path: `media/infographics/${infographic}/` },
];
const localesToShoot = localeCodes;

describe.each(Object.keys(viewports) as Array<keyof typeof viewports>)('%s', (device) => {
  test.each(localesToShoot.flatMap((locale) => shots.map((s) => ({ locale, ...s }))))('$locale $name', async ({ locale, name, path: p }) => {
    // No internet here: map tiles and other external requests fail fast instead of hanging.
    const context = await offlineContext(browser(), site, { viewport: viewports[device], isMobile: device === 'phone', locale });
    const page = await context.newPage();
    await page.goto(`${site}${locale === 'vi' ? '' : `${locale}/`}${p}`);
    await page.evaluate(() => document.fonts.ready);
    // Scroll through the page so lazy images load before the full-page screenshot.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 50));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(screenshotDir, `${device}-${locale}-${name}.png`), fullPage: name !== 'home' });
    await context.close();
  });
});

test('CJK and Cyrillic headings are drawn with real glyphs, not tofu', async () => {
  const context = await browser().newContext();
  const page = await context.newPage();
  for (const locale of ['zh', 'ja', 'ko', 'ru']) {
    await page.goto(`${site}${locale}/`);
    await page.evaluate(() => document.fonts.ready);
    // A font that covers the script draws different widths for different characters;
    // tofu boxes are all the same width.
    const widths = await page.evaluate(() => {
      const h1 = document.querySelector('h1')!;
      const text = [...(h1.textContent ?? '')].filter((c) => /[^\s\p{P}\p{ASCII}]/u.test(c)).slice(0, 4);
      const style = getComputedStyle(h1);
      const canvas = document.createElement('canvas').getContext('2d')!;
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      return { tofu: canvas.measureText('\u{10FFFD}').width, chars: text.map((c) => canvas.measureText(c).width) };
    });
    expect(widths.chars.length, locale).toBeGreaterThan(1);
    for (const w of widths.chars) expect(w, locale).not.toBe(widths.tofu);
  }
  await context.close();
});
