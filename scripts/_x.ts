import { launchBrowser } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';
const server = await serveStatic('dist');
const browser = await launchBrowser();
for (const [name, url, w, h] of [['offline-vi-phone', 'offline/', 390, 844], ['offline-ja-desktop', 'ja/offline/', 1366, 900], ['offline-ru-phone', 'ru/offline/', 390, 844], ['status-desktop', 'admin/translations/', 1366, 900], ['status-phone', 'admin/translations/', 390, 844]] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(server.url + url);
  await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: true });
  await page.close();
}
await browser.close(); await server.close();
