import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { localeCodes } from '../../src/config/locales.ts';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const site = inject('siteUrl');
const browser = useBrowser();

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

async function axeViolations(
  url: string,
  viewport: { width: number; height: number },
  isMobile = false,
  prepare?: (page: import('playwright-core').Page) => Promise<void>,
): Promise<string[]> {
  // axe is injected as an inline script, which the site's Content-Security-Policy rightly refuses;
  // tests/e2e/security.test.ts checks the pages with the policy in force.
  const context = await browser().newContext({ viewport, isMobile, bypassCSP: true });
  const page = await context.newPage();
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  // A search URL is checked with its results on screen.
  if (url.includes('?q=')) await page.locator('#page-search-results li').first().waitFor();
  await prepare?.(page);
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
  await context.close();
  return violations;
}

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
