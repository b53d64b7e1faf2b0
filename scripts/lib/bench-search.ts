/**
 * Benchmark section: for each locale, on a cold cache, the bytes the search page fetches for a
 * first query and the time from typing to the first results (phone-sized window). Needs a
 * build with its search index and Chromium.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { localeCodes, type Locale } from '../../src/config/locales.ts';
import { localizedPath } from '../../src/utils/urls.ts';
import { launchBrowser } from './chromium.ts';
import { serveStatic } from './static-server.ts';

export const searchQueries: Record<Locale, string> = { vi: 'le hoi sen', en: 'lotus', zh: '莲花', ja: '蓮', ko: '연꽃', ru: 'лотос' };

export interface SearchRow {
  locale: Locale;
  query: string;
  results: number;
  /** From the first keystroke to the first result, in ms. */
  ms: number;
  /** Fetched for the query. */
  queryBytes: number;
  queryFiles: number;
  /** Fetched by the search page before typing. */
  pageBytes: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export async function benchSearch(dist: string, basePath = '/'): Promise<SearchRow[]> {
  if (!existsSync(path.join(dist, 'pagefind'))) throw new Error(`no search index in ${dist}/pagefind: run npm run build first`);
  const server = await serveStatic(dist, basePath);
  const browser = await launchBrowser();
  const rows: SearchRow[] = [];
  try {
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
          request
            .sizes()
            .then((sizes) => {
              bucket.bytes += sizes.responseBodySize + sizes.responseHeadersSize;
              bucket.files += 1;
            })
            // A request still finishing when the page closes has no sizes any more; it is not counted.
            .catch(() => undefined),
        );
      });
      await page.goto(new URL(localizedPath(locale, 'search').slice(1), server.url).href, { waitUntil: 'networkidle' });
      await Promise.all(pending.splice(0));
      phase = 'query';
      const started = performance.now();
      await page.locator('#page-search-q').fill(searchQueries[locale]);
      await page.locator('#page-search-results li').first().waitFor({ timeout: 20_000 });
      const elapsed = performance.now() - started;
      await page.waitForLoadState('networkidle');
      await Promise.all(pending.splice(0));
      const results = await page.locator('#page-search-results li').count();
      const row: SearchRow = {
        locale,
        query: searchQueries[locale],
        results,
        ms: elapsed,
        queryBytes: fetched.query.bytes,
        queryFiles: fetched.query.files,
        pageBytes: fetched.page.bytes,
      };
      rows.push(row);
      console.log(
        `${locale.padEnd(8)}${row.query.padEnd(15)}${String(results).padStart(7)}  ${`${elapsed.toFixed(0)} ms`.padStart(15)}  ${`${kb(row.queryBytes)} (${row.queryFiles})`.padStart(29)}  ${kb(row.pageBytes)}`,
      );
      await context.close();
    }
    console.log('\nThe time includes the 250 ms pause after typing that saves a search per keystroke.');
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
