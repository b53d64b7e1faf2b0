/** axe-core (WCAG 2.2 A and AA rules) on one page in Chromium, as the accessibility tests run it. */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The violations axe finds on `url`, one line each: rule id and the elements. */
export async function axeViolations(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  isMobile = false,
  prepare?: (page: Page) => Promise<void>,
): Promise<string[]> {
  // axe is injected as an inline script, which the site's Content-Security-Policy rightly refuses;
  // tests/e2e/security.test.ts checks the pages with the policy in force.
  const context = await browser.newContext({ viewport, isMobile, bypassCSP: true });
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
