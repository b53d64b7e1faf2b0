/** What the build puts in the search index: entry pages only, per language, never fallbacks or chrome. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { getLocale, localeCodes } from '../../src/config/locales.ts';
import { searchTypes } from '../../src/model/collections.ts';
import { loadPages } from '../support/dist.ts';
import { distDir } from '../support/site.ts';

const pages = loadPages(distDir);

test('each locale has its own index, holding exactly the pages marked for search in that language', () => {
  const entry = JSON.parse(readFileSync(path.join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  for (const locale of localeCodes) {
    const tag = getLocale(locale).tag;
    const marked = pages.filter((p) => p.$('html').attr('lang') === tag && p.$('[data-pagefind-body]').length === 1);
    expect(marked.length, locale).toBeGreaterThan(40);
    expect(entry.languages[tag.toLowerCase()]?.page_count, locale).toBe(marked.length);
  }
});

test('fallback pages, list pages and the 404 are not indexed; content pages are, with their type', () => {
  for (const { urlPath, $ } of pages) {
    const body = $('[data-pagefind-body]');
    const fallback = $('[data-fallback-notice]').length > 0;
    const isEntry = $('article').length === 1 && $('main h1').length === 1 && !urlPath.endsWith('/book/');
    if (fallback || urlPath.endsWith('404.html') || /\/(search|calendar)\//.test(urlPath)) expect(body.length, urlPath).toBe(0);
    if (body.length) {
      expect(isEntry, urlPath).toBe(true);
      expect(
        searchTypes.map((type) => `type:${type}`),
        urlPath,
      ).toContain(body.attr('data-pagefind-filter'));
      // Navigation, header, footer and breadcrumbs sit outside the indexed region.
      expect(body.find('header, footer, .site-nav, .breadcrumb').length, urlPath).toBe(0);
    }
  }
  const ja = pages.find((p) => p.urlPath === '/ja/festivals/gio-cu-nguyen-sinh-sac/')!;
  expect(ja.$('[data-pagefind-body]').length).toBe(0);
  expect(pages.find((p) => p.urlPath === '/festivals/gio-cu-nguyen-sinh-sac/')!.$('[data-pagefind-body]').length).toBe(1);
});

test('results get a small thumbnail and its alt text', () => {
  const { $ } = pages.find((p) => p.urlPath === '/ja/festivals/le-hoi-sen/')!;
  const image = $('[data-pagefind-meta^="image:"]').attr('data-pagefind-meta')!;
  expect(image).toMatch(/^image:\/_astro\/.+\.webp$/);
  expect($('[data-pagefind-meta^="image_alt:"]').attr('data-pagefind-meta')!.length).toBeGreaterThan('image_alt:'.length);
});
