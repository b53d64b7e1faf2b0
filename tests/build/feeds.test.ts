/**
 * Syndication as built: the RSS and JSON feeds of every locale, read with a real feed parser,
 * and the portal's data files validated against the JSON Schemas the site publishes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import { dataFormatVersion } from '../../src/utils/data-formats.ts';
import { describe, expect, test } from 'vitest';
import { defaultLocale, getLocale, localeCodes, type Locale } from '../../src/config/locales.ts';
import { site } from '../../src/config/site.ts';
import { page } from '../support/dist.ts';
import { distDir } from '../support/site.ts';

const prefix = (locale: Locale) => (locale === defaultLocale ? '' : `${locale}/`);
const read = (file: string) => readFileSync(path.join(distDir, file), 'utf8');
const origin = site.url.replace(/\/$/, '');
/** The built file behind an absolute URL of the site. */
const builtPage = (url: string) => path.join(distDir, new URL(url).pathname, 'index.html');
const slugs = (collection: string) => readdirSync(path.resolve('content', collection, 'vi')).map((f) => f.replace(/\.mdx?$/, ''));
const translated = (collection: string, locale: Locale) => slugs(collection).filter((s) => existsSync(path.resolve('content', collection, locale, `${s}.mdx`)));

describe.each(localeCodes)('%s feeds', (locale) => {
  const rss = parseFeed(read(`${prefix(locale)}feed.xml`));
  const json = JSON.parse(read(`${prefix(locale)}feed.json`)) as {
    version: string;
    title: string;
    language: string;
    feed_url: string;
    items: { id: string; url: string; title: string; date_published: string; _event?: { start: string; end: string } }[];
  };

  test('RSS: a valid feed in the locale, linking only to real translations that exist', () => {
    expect(rss.meta).toEqual({ type: 'rss', version: '2.0' });
    expect(rss.title).toContain(site.provinceName[locale]);
    expect(rss.language).toBe(getLocale(locale).tag);
    expect(rss.items.length).toBeGreaterThanOrEqual(translated('festivals', locale).length);
    for (const item of rss.items) {
      expect(item.url, item.title ?? '').toMatch(new RegExp(`^${origin}/${prefix(locale)}`));
      expect(existsSync(builtPage(item.url!)), item.url!).toBe(true);
      expect(item.published).toBeInstanceOf(Date);
      expect(item.categories.length).toBe(1);
    }
    const festivalUrls = rss.items.filter((i) => i.url!.includes('/festivals/')).map((i) => i.url!.split('/festivals/')[1]!.replace(/\/$/, ''));
    expect(festivalUrls.sort()).toEqual(translated('festivals', locale).sort());
  });

  test('JSON Feed 1.1: the same items, with festival dates as an extension', () => {
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.language).toBe(getLocale(locale).tag);
    expect(json.feed_url).toBe(`${origin}/${prefix(locale)}feed.json`);
    expect(json.items.map((i) => i.url)).toEqual(rss.items.map((i) => i.url));
    for (const item of json.items) {
      expect(item.id).toBe(item.url);
      expect(new Date(item.date_published).toString()).not.toBe('Invalid Date');
      if (item.url.includes('/festivals/')) expect(item._event?.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('every page announces both feeds', () => {
    const { $ } = page(distDir, `/${prefix(locale)}`);
    expect($('link[rel=alternate][type="application/rss+xml"]').attr('href')).toBe(`/${prefix(locale)}feed.xml`);
    expect($('link[rel=alternate][type="application/feed+json"]').attr('href')).toBe(`/${prefix(locale)}feed.json`);
    expect($('footer a[data-feed-link]').attr('href')).toBe(`/${prefix(locale)}feed.xml`);
  });
});

describe('data files for the portal', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const names = ['festivals', 'products', 'opportunities', 'news', 'places'] as const;
  const expectedCount = {
    festivals: slugs('festivals').length,
    products: slugs('products').length,
    opportunities: slugs('opportunities').length,
    news: slugs('news').length,
  };

  test.each(names)('%s: valid against its published JSON Schema in every locale, with a version', (name) => {
    const schema = JSON.parse(read(`data/schema/${name}.json`)) as object;
    const validate = ajv.compile(schema);
    for (const locale of localeCodes) {
      const data = JSON.parse(read(`${prefix(locale)}data/${name}.json`)) as {
        version: number;
        locale: string;
        schema: string;
        count: number;
        items: { url: string }[];
      };
      expect(validate(data), `${locale}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(data.version).toBe(dataFormatVersion);
      expect(data.locale).toBe(locale);
      expect(data.schema).toBe(`${origin}/data/schema/${name}.json`);
      expect(data.count).toBe(data.items.length);
      if (name in expectedCount) expect(data.items.length).toBe(expectedCount[name as keyof typeof expectedCount]);
      for (const item of data.items) expect(existsSync(builtPage(item.url)), item.url).toBe(true);
    }
  });

  test('the schema rejects data that breaks the format', () => {
    const validate = ajv.compile(JSON.parse(read('data/schema/products.json')) as object);
    const data = JSON.parse(read('ja/data/products.json')) as { items: { stars: number }[]; version: number };
    data.items[0]!.stars = 6;
    expect(validate(data)).toBe(false);
    expect(validate({ ...data, version: 2 })).toBe(false);
  });

  test('festival data carries lunar festivals with their Gregorian dates and a Japanese fallback marked as such', () => {
    const ja = JSON.parse(read('ja/data/festivals.json')) as {
      items: { slug: string; calendar: string; next: { start: string } | null; isFallback: boolean; lang: string }[];
    };
    expect(ja.items.some((f) => f.calendar === 'lunar' && f.next)).toBe(true);
    const fallback = ja.items.find((f) => f.slug === 'gio-cu-nguyen-sinh-sac')!;
    expect(fallback.isFallback).toBe(true);
    expect(fallback.lang).toBe('en');
  });
});
