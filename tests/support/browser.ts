/** Browser helpers for the tests; the launch settings are shared with the handbook PDF step. */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.ts';

export { chromiumArgs, chromiumPath, launchBrowser } from '../../scripts/lib/chromium.ts';

export const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1366, height: 900 },
} as const;

/** One browser for a test file, closed after its tests; call at the top of the file. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not running yet');
    return browser;
  };
}

/** A context that reaches only the site under test: map tiles and external links fail fast. */
export async function offlineContext(browser: Browser, site: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  const origin = new URL(site).origin;
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  return context;
}
