/**
 * Scenario tests/fixtures/sites/seventh-locale/: a copy of the project with Thai declared and its
 * UI strings added, and nothing else translated. The locale must build, fall back everywhere with
 * the fallback language marked, and pass the HTML checker, the link checker and axe.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { htmlFiles } from '../../scripts/lib/built-html.ts';
import { addedLocale, addLocale } from '../fixtures/sites/seventh-locale/scenario.ts';
import { axeViolations } from '../support/axe.ts';
import { chromiumPath, launchBrowser } from '../support/browser.ts';
import { brokenLinks } from '../support/links.ts';
import { loadPages } from '../support/dist.ts';
import { copyProject, projectRoot, type BuildRun, type ProjectCopy } from '../support/project-copy.ts';
import { htmlErrors } from '../support/vnu.ts';
import th from '../fixtures/sites/seventh-locale/src/i18n/locales/th.json' with { type: 'json' };

const code = addedLocale.code;
let copy: ProjectCopy;
let run: BuildRun;
let dist: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  copy = copyProject('province-seventh-locale-');
  // The whole demo content, none of it in Thai.
  cpSync(path.join(projectRoot, 'content'), path.join(copy.dir, 'content'), { recursive: true, force: true });
  addLocale(copy.dir);
  // With Chromium, as in CI, so the handbook is printed in the new locale too.
  run = copy.build({ CHROMIUM_PATH: chromiumPath });
  dist = path.join(copy.dir, 'dist');
  server = await serveStatic(dist);
  browser = await launchBrowser();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  copy?.remove();
});

/**
 * The site's own pages (not the CMS, widgets or kiosk) under `/<locale>/`, parsed once. By URL
 * prefix: this test process does not know the copy's added locale, so `BuiltPage.locale` cannot tell.
 */
const pagesOf = (locale: string) => loadPages(dist).filter((p) => p.urlPath.startsWith(`/${locale}/`));

describe('a seventh locale with no content', () => {
  test('builds', () => {
    expect(run.status, run.output.slice(-3000)).toBe(0);
    expect(existsSync(path.join(dist, code, 'index.html'))).toBe(true);
  });

  test('has every page the other locales have, each in its own language', () => {
    const relative = (locale: string) => htmlFiles(path.join(dist, locale)).map((file) => path.relative(path.join(dist, locale), file));
    expect(relative(code).sort()).toEqual(relative('ja').sort());
    const pages = pagesOf(code);
    expect(pages.filter((p) => p.$('html').attr('lang') !== addedLocale.tag).map((p) => p.urlPath)).toEqual([]);
    // The UI is Thai: the skip link and the navigation come from th.json.
    const home = pages.find((p) => p.urlPath === `/${code}/`)!;
    expect(home.$('.skip-link').text().trim()).toBe(th['site.skipLink']);
    expect(home.$('nav').first().text()).toContain(th['nav.festivals']);
  });

  test('falls back on every entry page, with the notice and the fallback language marked', () => {
    const entries = pagesOf(code).filter(
      (p) =>
        /^\/th\/(festivals|destinations|products|invest\/(incentives|opportunities|parks|handbook))\/[^/]+\/$/.test(p.urlPath) &&
        !p.urlPath.endsWith('/handbook/book/'),
    );
    expect(entries.length).toBeGreaterThan(30);
    for (const { urlPath, $ } of entries) {
      const notice = $('[data-fallback-notice]');
      expect(notice.length, urlPath).toBe(1);
      const source = notice.attr('data-source-locale');
      expect(['en', 'vi'], urlPath).toContain(source);
      // The entry's text carries its own language, so it is read and hyphenated as what it is.
      expect($(`main [lang="${source === 'en' ? 'en' : 'vi-VN'}"]`).length, urlPath).toBeGreaterThan(0);
      // Search engines are sent to the real translation.
      expect($('link[rel=canonical]').attr('href'), urlPath).not.toContain(`/${code}/`);
    }
  });

  test('shows no raw UI key, and the sitemap lists no fallback page', () => {
    const prefixes = [...new Set(Object.keys(th).map((key) => key.split('.')[0]!))];
    // Not after a slash: a printed address such as `…/invest/handbook.pdf` on a leaflet is no key.
    const keyPattern = new RegExp(`(?<![/\\w.])(?:${prefixes.join('|')})\\.[a-zA-Z-]+(?:_[a-z]+)?\\b`);
    const leaks = pagesOf(code)
      .map((p) => ({ url: p.urlPath, text: p.$('body').text() }))
      .filter((p) => keyPattern.test(p.text))
      .map((p) => `${p.url}: ${p.text.match(keyPattern)![0]}`);
    expect(leaks).toEqual([]);
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`/${code}/</loc>`);
    expect(sitemap).not.toMatch(new RegExp(`/${code}/festivals/[^<]+</loc>`));
  });

  test('passes the HTML checker', () => {
    expect(htmlErrors(path.join(dist, code), dist).slice(0, 20)).toEqual([]);
  }, 300_000);

  test('has no broken link', async () => {
    const { checked, broken } = await brokenLinks(`${server.url}${code}/`);
    expect(broken).toEqual([]);
    // Every Thai page was reached from the Thai home page.
    expect(checked).toBeGreaterThanOrEqual(pagesOf(code).length);
  }, 600_000);

  test.each(['', 'festivals/le-hoi-sen/', 'calendar/', 'products/', 'invest/', 'invest/parks/khu-cong-nghiep-sa-dec/', 'search/'])(
    'axe-core finds no WCAG 2.2 A/AA violation on /th/%s, phone and desktop',
    async (page) => {
      const url = `${server.url}${code}/${page}`;
      expect(await axeViolations(browser, url, { width: 390, height: 844 }, true)).toEqual([]);
      expect(await axeViolations(browser, url, { width: 1366, height: 900 })).toEqual([]);
    },
    120_000,
  );
});
