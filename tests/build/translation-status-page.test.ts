/**
 * The staff page of translation status (/admin/translations/), as built: linked from the CMS,
 * hidden from search engines, and showing, per language, the same report as `npm run i18n:status`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { expect, test } from 'vitest';
import { defaultLocale, localeCodes } from '../../src/config/locales.ts';
import { contentStatus } from '../../src/model/translation-status.ts';
import { distDir, root } from '../support/site.ts';

const $ = cheerio.load(readFileSync(path.join(distDir, 'admin/translations/index.html'), 'utf8'));
const report = contentStatus(root);

test('staff reach it from the CMS; search engines do not', () => {
  const admin = cheerio.load(readFileSync(path.join(distDir, 'admin/index.html'), 'utf8'));
  expect(admin('a[data-translation-status]').attr('href')).toBe('translations/');
  expect($('meta[name="robots"]').attr('content')).toBe('noindex, nofollow');
  expect(readFileSync(path.join(distDir, 'robots.txt'), 'utf8')).toMatch(/Disallow: \/admin\//);
  const sitemaps = ['sitemap-0.xml'].filter((f) => existsSync(path.join(distDir, f))).map((f) => readFileSync(path.join(distDir, f), 'utf8'));
  expect(sitemaps.length).toBe(1);
  expect(sitemaps[0]).not.toContain('/admin/');
});

test('the summary gives each language its counts of missing and outdated entries', () => {
  const rows = $('tr[data-locale-row]');
  expect(rows.map((_, r) => $(r).attr('data-locale-row')).get()).toEqual(localeCodes.filter((l) => l !== defaultLocale));
  for (const locale of localeCodes.filter((l) => l !== defaultLocale)) {
    const row = $(`tr[data-locale-row="${locale}"]`);
    const mine = report.filter((e) => e.locale === locale);
    const cells = row
      .find('td')
      .map((_, td) => $(td).text().trim())
      .get();
    expect(cells[0], locale).toBe(String(mine.filter((e) => e.state === 'missing').length));
    expect(cells[1], locale).toBe(String(mine.filter((e) => e.state === 'outdated').length));
    expect(cells[2], locale).toBe(`${mine.filter((e) => e.state === 'up-to-date').length}/${mine.length}`);
    expect(row.find('a').attr('href')).toBe(`#${locale}`);
  }
});

test('a staff member sees at a glance which Korean pages are missing or outdated, with a link to each in the CMS', () => {
  const korean = $('section[data-locale-status="ko"]');
  expect(korean.find('h2').text()).toContain('Tiếng Hàn');
  expect(korean.find('h2 [lang="ko"]').text()).toBe('한국어');
  const listed = korean
    .find('tr[data-entry]')
    .map((_, r) => `${$(r).attr('data-state')} ${$(r).attr('data-entry')}`)
    .get()
    .sort();
  const expected = report
    .filter((e) => e.locale === 'ko' && e.state !== 'up-to-date')
    .map((e) => `${e.state} ${e.collection}/${e.slug}`)
    .sort();
  expect(listed).toEqual(expected);
  // The demo content leaves one festival untranslated into Korean.
  const row = korean.find('tr[data-entry="festivals/gio-cu-nguyen-sinh-sac"]');
  expect(row.attr('data-state')).toBe('missing');
  expect(row.find('.state').text()).toBe('Chưa dịch');
  expect(row.find('th a').attr('href')).toBe('/festivals/gio-cu-nguyen-sinh-sac/');
  expect(row.find('th a').text()).toMatch(/Nguyễn Sinh Sắc/);
  expect(row.find('a[href^="/admin/#/collections/"]').attr('href')).toBe('/admin/#/collections/festivals/entries/gio-cu-nguyen-sinh-sac');
});

test('a language with nothing to do says so', () => {
  const done = localeCodes.filter((l) => l !== defaultLocale && !report.some((e) => e.locale === l && e.state !== 'up-to-date'));
  expect(done.length).toBeGreaterThan(0);
  for (const locale of done) expect($(`section[data-locale-status="${locale}"]`).text()).toContain('Mọi bài đã được dịch và cập nhật.');
});
