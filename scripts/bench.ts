/**
 * `npm run bench`: figures, not pass/fail. For each locale, on a cold cache: the bytes the
 * search page fetches for a first query, and the time from typing to the first results.
 * Needs a build (`npm run build`) and Chromium.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeCodes, type Locale } from '../src/config/locales.ts';
import { localizedPath } from '../src/utils/urls.ts';
import { launchBrowser } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.resolve(root, process.env.OUT_DIR ?? 'dist');
if (!existsSync(path.join(dist, 'pagefind'))) {
  console.error(`No search index in ${path.relative(root, dist)}/: run npm run build first.`);
  process.exit(1);
}

const queries: Record<Locale, string> = { vi: 'le hoi sen', en: 'lotus', zh: '莲花', ja: '蓮', ko: '연꽃', ru: 'лотос' };
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

const server = await serveStatic(dist);
const browser = await launchBrowser();
try {
  console.log('Search, first query on a cold cache (phone-sized window)\n');
  console.log('locale  query          results  time to results  fetched for the query (files)  search page before typing');
  for (const locale of localeCodes) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    let phase: 'page' | 'query' = 'page';
    const fetched = { page: { bytes: 0, files: 0 }, query: { bytes: 0, files: 0 } };
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      const bucket = fetched[phase];
      pending.push(
        request.sizes().then((sizes) => {
          bucket.bytes += sizes.responseBodySize + sizes.responseHeadersSize;
          bucket.files += 1;
        }),
      );
    });
    await page.goto(new URL(localizedPath(locale, 'search').slice(1), server.url).href, { waitUntil: 'networkidle' });
    await Promise.all(pending.splice(0));
    phase = 'query';
    const started = performance.now();
    await page.locator('#page-search-q').fill(queries[locale]);
    await page.locator('#page-search-results li').first().waitFor({ timeout: 20_000 });
    const elapsed = performance.now() - started;
    await page.waitForLoadState('networkidle');
    await Promise.all(pending.splice(0));
    const results = await page.locator('#page-search-results li').count();
    console.log(
      `${locale.padEnd(8)}${queries[locale].padEnd(15)}${String(results).padStart(7)}  ${`${elapsed.toFixed(0)} ms`.padStart(15)}  ${`${kb(fetched.query.bytes)} (${fetched.query.files})`.padStart(29)}  ${kb(fetched.page.bytes)}`,
    );
    await context.close();
  }
  console.log('\nThe time includes the 250 ms pause after typing that saves a search per keystroke.');
} finally {
  await browser.close();
  await server.close();
}
