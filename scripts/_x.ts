import { launchBrowser } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';
const server = await serveStatic('dist');
const browser = await launchBrowser();
const shots: Array<[string, string, 'phone' | 'desktop', boolean?]> = [
  ['opp-vi-desktop', 'invest/opportunities/?sort=capital-desc', 'desktop'],
  ['opp-ja-phone', 'ja/invest/opportunities/', 'phone'],
  ['opp-ru-desktop', 'ru/invest/opportunities/', 'desktop'],
  ['opp-ru-phone-nojs', 'ru/invest/opportunities/', 'phone', true],
  ['fest-ja-map-desktop', 'ja/festivals/le-hoi-sen/', 'desktop'],
  ['fest-vi-map-phone', 'festivals/le-hoi-sen/', 'phone'],
  ['inc-ru-phone', 'ru/invest/incentives/', 'phone'],
];
for (const [name, path, device, nojs] of shots) {
  const context = await browser.newContext({
    viewport: device === 'phone' ? { width: 390, height: 844 } : { width: 1366, height: 900 },
    isMobile: device === 'phone', javaScriptEnabled: !nojs, serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.route(/tile\.openstreetmap|tiles?\./, (r) => r.abort());
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  if (name.includes('map')) {
    await page.locator('[data-map]').first().scrollIntoViewIfNeeded();
    await page.locator('[data-map-ready="true"]').first().waitFor({ timeout: 15000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/shots/${name}.png` });
  } else if (name.startsWith('opp')) {
    await page.locator('#opportunities-table').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -120));
    await page.screenshot({ path: `/tmp/shots/${name}.png` });
  } else await page.screenshot({ path: `/tmp/shots/${name}.png` });
  await context.close();
}
await browser.close();
await server.close();
