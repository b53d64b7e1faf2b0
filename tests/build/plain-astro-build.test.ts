/**
 * `astro build` alone gives the complete site: the global setup builds the BASE_PATH test site
 * with plain `astro build` (no scripts/build.ts around it), and every post-build step's output is
 * here, made for the base path and read back with a parser: the localized 404 pages, the Pagefind
 * index of every locale, the share cards, the handbook PDFs, the Content-Security-Policy of each
 * page and `_headers` that agrees with it, and the service worker.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Script } from 'node:vm';
import * as cheerio from 'cheerio';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { defaultLocale, getLocale, localeCodes } from '../../src/config/locales.ts';
import { useTranslations } from '../../src/i18n/createTranslator.ts';
import { headersFor, parseHeadersFile } from '../../src/utils/http-headers.ts';
import { localizedPath, stripBase, withBase } from '../../src/utils/urls.ts';
import { inlineScriptHashes } from '../../scripts/lib/csp.ts';
import { handbookPdfPath } from '../../scripts/lib/handbook-pdf.ts';
import { htmlFiles, loadPages, urlPathOf } from '../support/dist.ts';
import { baseDistDir as dir, basePath, testBuilds } from '../support/site.ts';

const file = (sitePath: string) => path.join(dir, stripBase(sitePath, basePath));
const otherLocales = localeCodes.filter((l) => l !== defaultLocale);

test('this build is made by plain astro build, not by the build script', () => {
  expect(testBuilds.find((b) => b.outDir === dir)?.command).toBe('astro');
});

test('the localized 404 pages are at <locale>/404.html', () => {
  for (const locale of otherLocales) {
    const $ = cheerio.load(readFileSync(path.join(dir, locale, '404.html'), 'utf8'));
    expect($('html').attr('lang'), locale).toBe(getLocale(locale).tag);
    expect(existsSync(path.join(dir, locale, '404')), locale).toBe(false);
  }
});

test('Pagefind indexed every locale of src/config/locales.ts, and its files are there', () => {
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; page_count: number }>;
  };
  expect(Object.keys(entry.languages).sort()).toEqual(localeCodes.map((l) => getLocale(l).tag.toLowerCase()).sort());
  for (const [language, { hash, page_count }] of Object.entries(entry.languages)) {
    expect(page_count, language).toBeGreaterThan(40);
    expect(existsSync(path.join(dir, 'pagefind', `pagefind.${hash}.pf_meta`)), language).toBe(true);
  }
  expect(existsSync(path.join(dir, 'pagefind/pagefind.js'))).toBe(true);
});

test('every page has its share card under the base path, a 1200×630 JPEG', async () => {
  const pages = loadPages(dir);
  expect(pages.length).toBeGreaterThan(400);
  const cards = pages.map((p) => new URL(p.$('meta[property="og:image"]').attr('content')!).pathname);
  for (const [i, card] of cards.entries()) {
    expect(card.startsWith(`${basePath}og/`), pages[i]!.urlPath).toBe(true);
    expect(existsSync(file(card)), card).toBe(true);
  }
  for (const card of cards.filter((_, i) => i % 100 === 0)) {
    const meta = await sharp(file(card)).metadata();
    expect([meta.format, meta.width, meta.height], card).toEqual(['jpeg', 1200, 630]);
  }
});

describe.each(localeCodes)('%s handbook PDF', (locale) => {
  test('is printed, has its text, and the handbook page links it under the base path', () => {
    const pdf = path.join(dir, handbookPdfPath(locale));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
    const squash = (s: string) => s.replace(/\s+/g, '');
    expect(squash(text)).toContain(squash(useTranslations(locale)('handbook.title')));
    const $ = cheerio.load(readFileSync(path.join(dir, localizedPath(locale, 'invest/handbook'), 'index.html'), 'utf8'));
    const link = $(`[data-handbook-pdf="${locale}"]`);
    expect(link.attr('hidden')).toBeUndefined();
    expect(link.find('a').attr('href')).toBe(withBase(handbookPdfPath(locale), basePath));
  });
});

describe('Content-Security-Policy', () => {
  const readRules = () => parseHeadersFile(readFileSync(path.join(dir, '_headers'), 'utf8'));
  const directives = (policy: string) => new Map(policy.split(/;\s*/).map((d) => [d.split(' ')[0]!, new Set(d.split(' ').slice(1))]));

  test('each page has its policy <meta>, and _headers sends the same policy for its address, with frame-ancestors and every page hash', () => {
    const rules = readRules();
    const files = htmlFiles(dir);
    expect(files.length).toBeGreaterThan(400);
    for (const page of files) {
      const url = withBase(urlPathOf(dir, page), basePath);
      const html = readFileSync(page, 'utf8');
      const metas = cheerio.load(html)('head meta[http-equiv="Content-Security-Policy"]');
      expect(metas.length, url).toBe(1);
      const meta = directives(metas.attr('content')!);
      const header = headersFor(rules, url)['Content-Security-Policy'];
      expect(header, url).toBeDefined();
      const sent = directives(header!);
      expect([...meta.get('script-src')!].filter((s) => s.startsWith("'sha256-")).sort(), url).toEqual(
        inlineScriptHashes(html)
          .map((h) => `'${h}'`)
          .sort(),
      );
      for (const [name, sources] of meta) {
        if (name === 'script-src')
          expect(
            [...sources].every((s) => sent.get(name)!.has(s)),
            `${url}: ${name}`,
          ).toBe(true);
        else expect(sent.get(name), `${url}: ${name}`).toEqual(sources);
      }
      expect(meta.has('frame-ancestors'), url).toBe(false);
      expect(sent.get('frame-ancestors')?.has("'self'"), url).toBe(true);
    }
  });

  test('_headers rules are written for the base path', () => {
    const rules = readRules();
    expect(rules.length).toBeGreaterThan(2);
    for (const rule of rules) expect(rule.path.startsWith(basePath), rule.path).toBe(true);
    expect(headersFor(rules, withBase('/_astro/x.css', basePath))['Cache-Control']).toBe('public, max-age=31536000, immutable');
  });
});

test('the service worker is valid JavaScript and precaches files of this build under the base path, the offline page of every locale included', () => {
  const code = readFileSync(path.join(dir, 'sw.js'), 'utf8');
  expect(() => new Script(code, { filename: 'sw.js' })).not.toThrow();
  const precached = [...code.matchAll(/\{url:"([^"]+)",revision:(?:"[0-9a-f]+"|null)\}/g)].map((m) => m[1]!);
  expect(precached.length).toBeGreaterThan(10);
  for (const url of precached) {
    expect(url.startsWith(basePath), url).toBe(true);
    const served = file(url);
    expect(existsSync(url.endsWith('/') ? path.join(served, 'index.html') : served), url).toBe(true);
  }
  for (const locale of localeCodes) expect(precached, locale).toContain(withBase(localizedPath(locale, 'offline'), basePath));
});
