import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/support/static-server.ts';
const [dir, ...paths] = process.argv.slice(2);
const server = await serveStatic(dir!);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const p of paths) {
  for (const [name, vp] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1366, height: 900 }]] as const) {
    const ctx = await browser.newContext({ viewport: vp, isMobile: name === 'phone', locale: p.split('/')[0] || 'vi' });
    await ctx.route('**/*', (r) => (r.request().url().startsWith(server.url.replace(/\/$/, '')) ? r.continue() : r.abort()));
    const page = await ctx.newPage();
    await page.goto(server.url + p);
    await page.evaluate(async () => { for (let y = 0; y < document.body.scrollHeight; y += 500) { window.scrollTo(0, y); await new Promise((r) => setTimeout(r, 60)); } window.scrollTo(0, 0); });
    await page.waitForTimeout(500);
    const file = `/tmp/shots/${name}-${p.replace(/[\/.?=&]+/g, '_') || 'home'}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await ctx.close();
  }
}
await browser.close(); await server.close();
