/**
 * Nothing moves when the page's script runs: controls that need script (filters, the view switch,
 * sort buttons, the map frame) are in the HTML from the first paint, and CSS hides them only where
 * script is off. Measured as the browser's own layout-shift entries, the figure behind CLS, on a
 * phone, where a shift moves the most, with scripts arriving after the first paint. Before this,
 * the catalogue moved by 0.23 and the projects table by 0.13 as their filter forms appeared.
 */
import { describe, expect, inject, test } from 'vitest';
import { offlineContext, useBrowser, viewports } from '../support/browser.ts';

const site = inject('siteUrl');
const browser = useBrowser();

describe('layout shift while a page loads and its script runs', () => {
  test.each(['ko/products/', 'ru/invest/incentives/', 'ja/invest/opportunities/', 'calendar/', 'en/tourism/', 'ja/festivals/le-hoi-sen/'])(
    '%s',
    async (path) => {
      const context = await offlineContext(browser(), site, { viewport: viewports.phone, isMobile: true, hasTouch: true, locale: 'vi-VN' });
      const page = await context.newPage();
      // Scripts arrive late, as on a slow phone network: the page is painted before they run.
      await page.route(/\/_astro\/.*\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 600));
        await route.fallback();
      });
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: { value: number; sources: string[] }[] };
        w.shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] }[]) {
            if (entry.hadRecentInput) continue;
            const sources = (entry.sources ?? []).map((s) =>
              s.node instanceof Element ? `${s.node.tagName.toLowerCase()}${s.node.id ? `#${s.node.id}` : ''}.${s.node.className}` : String(s.node?.nodeName),
            );
            w.shifts.push({ value: entry.value, sources });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${site}${path}`, { waitUntil: 'networkidle' });
      // Let anything the page's script does after load settle.
      await page.waitForTimeout(300);
      const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts);
      const total = shifts.reduce((sum, s) => sum + s.value, 0);
      expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
      await context.close();
    },
  );
});
