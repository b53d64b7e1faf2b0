/**
 * The Content-Security-Policy in a real browser, with the policy <meta> of each page and the
 * headers of `_headers` both in force: every part of the site works with no violation, and script
 * that was not in the build (an inline handler, an injected inline script) does not run.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { offlineContext, useBrowser, viewports } from '../support/browser.ts';

const site = inject('siteUrl');
const browser = useBrowser();

/** Opens a page that records every CSP violation, as the browser reports them. */
async function open(
  path: string,
  viewport: { width: number; height: number } = viewports.desktop,
): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const context = await offlineContext(browser(), site, { viewport });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  await page.goto(`${site}${path.replace(/^\//, '')}`);
  return {
    page,
    violations: async () => [...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)), ...console],
  };
}

describe('the site works under its policy', () => {
  test.each(['/', '/ja/festivals/le-hoi-sen/', '/ru/destinations/vuon-quoc-gia-tram-chim/', '/ko/invest/handbook/book/', '/zh/calendar/', '/en/embed/'])(
    '%s loads and runs its scripts with no violation',
    async (path) => {
      const { page, violations } = await open(path);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'))).toMatch(
        /script-src 'self'/,
      );
      expect(await violations()).toEqual([]);
      await page.context().close();
    },
  );

  test('search (WebAssembly), the map (Leaflet and its stylesheet), filters and sharing run with no violation', async () => {
    const { page, violations } = await open('/ja/');
    await page.locator('[data-search-open]').first().click();
    await page.locator('#search-dialog input[name="q"]').fill('蓮');
    await expect.poll(() => page.locator('#search-dialog .search-result__title').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.goto(`${site}ru/tourism/`);
    await page.locator('[data-map]').first().scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('[data-map][data-map-ready="true"]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.goto(`${site}ko/products/?stars=5`);
    await page.locator('#catalogue-filter select').first().selectOption({ index: 1 });
    await page.goto(`${site}en/festivals/le-hoi-sen/`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site).origin });
    await page.locator('[data-share-copy]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('/en/festivals/le-hoi-sen/');
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  test('the widget builder previews a real widget with no violation', async () => {
    const { page, violations } = await open('/embed/');
    // The preview is made by the real embed.js, and the widget inside runs its own scripts (auto-height).
    await expect.poll(() => page.locator('iframe').first().contentFrame().locator('[data-widget-list] a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    await page.context().close();
  });
});

describe('script that is not part of the build does not run', () => {
  test('an injected inline script and an inline event handler are refused', async () => {
    const { page, violations } = await open('/festivals/', viewports.phone);
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { __ran?: string[] };
      w.__ran = [];
      const script = document.createElement('script');
      script.textContent = 'window.__ran.push("inline")';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__ran.push("handler")');
      img.src = 'data:,broken';
      document.body.append(img);
      const link = document.createElement('a');
      link.href = 'javascript:window.__ran.push("url")';
      document.body.append(link);
      link.click();
      await new Promise((r) => setTimeout(r, 300));
      return w.__ran;
    });
    expect(ran).toEqual([]);
    const seen = (await violations()).join('\n');
    expect(seen).toMatch(/script-src/);
    await page.context().close();
  });
});
