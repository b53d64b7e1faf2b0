import { readdirSync } from 'node:fs';
import path from 'node:path';
import { localeCodes } from '../../src/config/locales.ts';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations as axeViolationsOf } from '../support/axe.ts';
import { useBrowser } from '../support/browser.ts';

const site = inject('siteUrl');
const browser = useBrowser();
/** The first infographic of the demo content, for the infographic template. */
const infographic = readdirSync(path.resolve('content/infographics/vi'))[0]!.replace(/\.mdx?$/, '');

/** One page of every template. */
const templates = [
  '',
  'tourism/',
  'festivals/',
  'festivals/le-hoi-sen/',
  'festivals/via-ba-chua-xu-go-thap/',
  'calendar/',
  'calendar/thap-muoi/',
  'destinations/',
  'destinations/vuon-quoc-gia-tram-chim/',
  'products/',
  'products/xoai-cat-chu-cao-lanh/',
  'invest/',
  'invest/incentives/',
  'invest/incentives/nghi-quyet-296-2019-ha-tang-khu-cong-nghiep/',
  'invest/opportunities/',
  'invest/opportunities/nha-may-che-bien-xoai-cao-lanh/',
  'invest/handbook/',
  'invest/handbook/tong-quan/',
  'invest/handbook/co-hoi-dau-tu/',
  'invest/handbook/book/',
  'invest/parks/',
  'invest/parks/khu-cong-nghiep-sa-dec/',
  'gioi-thieu/',
  'leaflets/tourism/',
  'leaflets/invest/',
  'media/',
  'media/infographics/',
  `media/infographics/${infographic}/`,
  'search/',
  'search/?q=sen',
  '404.html',
  'offline/',
  'embed/',
  'embed/festivals/',
  'embed/products/',
  'embed/opportunities/',
  'embed/search/',
  'embed/festivals/?scheme=dark&accent=%23ffeb3b',
];
const cases = [
  ...['vi', 'ja'].flatMap((locale) => templates.map((t) => ({ locale, path: t }))),
  // A fallback page (English text inside a Japanese page).
  { locale: 'ja', path: 'festivals/gio-cu-nguyen-sinh-sac/' },
];

const axeViolations = (url: string, viewport: { width: number; height: number }, isMobile = false, prepare?: (page: Page) => Promise<void>) =>
  axeViolationsOf(browser(), url, viewport, isMobile, prepare);

const localeUrl = (locale: string, path: string) => `${site}${locale === 'vi' ? '' : `${locale}/`}${path}`;

test.each(['desktop', 'phone'] as const)('axe-core on the staff translation status page (%s)', async (device) => {
  const viewport = device === 'phone' ? { width: 390, height: 844 } : { width: 1366, height: 900 };
  expect(await axeViolations(`${site}admin/translations/`, viewport, device === 'phone')).toEqual([]);
});

describe.each(['desktop', 'phone'] as const)('axe-core WCAG 2.2 A/AA on %s', (device) => {
  test.each(cases)('$locale /$path', async ({ locale, path }) => {
    const viewport = device === 'phone' ? { width: 390, height: 844 } : { width: 1366, height: 900 };
    expect(await axeViolations(localeUrl(locale, path), viewport, device === 'phone')).toEqual([]);
  });
});

test.each(['vi', 'ja', 'ru'])('axe-core on the open search dialog with results (%s)', async (locale) => {
  const violations = await axeViolations(localeUrl(locale, 'festivals/le-hoi-sen/'), { width: 390, height: 844 }, true, async (page) => {
    await page.locator('a[data-search-open]').click();
    await page.locator('#dialog-search-q').fill(locale === 'ja' ? '蓮' : locale === 'ru' ? 'лотос' : 'sen');
    await page.locator('#dialog-search-results li').first().waitFor();
  });
  expect(violations).toEqual([]);
});

describe('axe-core on every OCOP catalogue and product page', () => {
  const products = readdirSync(path.resolve('content/products/vi')).map((f) => `products/${f.replace(/\.mdx?$/, '')}/`);
  test.each(localeCodes)(
    '%s',
    async (locale) => {
      const problems: string[] = [];
      for (const p of ['products/', ...products]) {
        for (const v of await axeViolations(localeUrl(locale, p), { width: 1366, height: 900 })) problems.push(`/${p} ${v}`);
      }
      expect(problems).toEqual([]);
    },
    300_000,
  );
});
