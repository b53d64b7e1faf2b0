import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultLocale, getLocale, localeCodes, locales } from '../../src/config/locales.ts';
import { site } from '../../src/config/site.ts';
import { uiStrings } from '../../src/i18n/createTranslator.ts';
import { loadPages, page, visibleText } from '../support/dist.ts';
import { distDir } from '../support/site.ts';

const pages = loadPages(distDir);
const contentPages = pages.filter((p) => !p.urlPath.endsWith('404.html'));
const origin = site.url.replace(/\/$/, '');
const fileFor = (absolute: string) => {
  const p = new URL(absolute).pathname;
  return path.join(distDir, p.endsWith('/') ? `${p}index.html` : p);
};

// Entries deliberately left untranslated in the demo content (see README).
const declaredFallbacks = [
  { path: 'festivals/gio-cu-nguyen-sinh-sac/', locale: 'ja', source: 'en' },
  { path: 'festivals/gio-cu-nguyen-sinh-sac/', locale: 'ko', source: 'en' },
  { path: 'products/chieu-dinh-yen/', locale: 'ru', source: 'en' },
] as const;
const prefixed = (locale: string, p: string) => (locale === defaultLocale ? `/${p}` : `/${locale}/${p}`);

test('the site has pages in every locale', () => {
  expect(pages.length).toBeGreaterThan(100);
  for (const code of localeCodes) expect(pages.filter((p) => p.locale === code).length).toBeGreaterThan(15);
});

describe('html lang', () => {
  test('every page declares the language of its URL', () => {
    const wrong = pages.filter((p) => p.$('html').attr('lang') !== getLocale(p.locale).tag).map((p) => p.urlPath);
    expect(wrong).toEqual([]);
  });
  test('slugs that begin with a locale code are not mistaken for a locale', () => {
    // `/video/`-style paths: Vietnamese pages whose first segment starts with "vi", "en", "ko"...
    const tricky = pages.filter((p) => new RegExp(`^/(${localeCodes.join('|')})[a-z-]`).test(p.urlPath));
    for (const p of tricky) expect(p.$('html').attr('lang')).toBe('vi-VN');
  });
});

describe('head and SEO', () => {
  test('each page has a title, a description and social tags in its locale', () => {
    for (const p of contentPages) {
      const { $ } = p;
      expect($('title').text().trim(), p.urlPath).not.toBe('');
      expect($('meta[name=description]').attr('content')?.trim(), p.urlPath).toBeTruthy();
      expect($('meta[property="og:title"]').attr('content'), p.urlPath).toBeTruthy();
      expect($('meta[property="og:locale"]').attr('content'), p.urlPath).toBe(getLocale(p.locale).ogLocale);
      expect($('meta[property="og:image"]').attr('content'), p.urlPath).toMatch(/^https?:\/\//);
      expect($('meta[name="twitter:card"]').attr('content'), p.urlPath).toBe('summary_large_image');
    }
  });

  test('every page has one canonical link, to itself unless it is a fallback', () => {
    for (const p of contentPages) {
      const canonical = p.$('link[rel=canonical]');
      expect(canonical.length, p.urlPath).toBe(1);
      const href = canonical.attr('href')!;
      if (p.$('[data-fallback-notice]').length) continue;
      expect(href, p.urlPath).toBe(`${origin}${p.urlPath}`);
    }
  });

  test('hreflang alternates are reciprocal, point to real pages, and include x-default', () => {
    for (const p of contentPages) {
      const alternates = p
        .$('link[rel=alternate][hreflang]')
        .toArray()
        .map((el) => ({ lang: el.attribs.hreflang!, href: el.attribs.href! }));
      const real = alternates.filter((a) => a.lang !== 'x-default');
      expect(
        alternates.some((a) => a.lang === 'x-default'),
        p.urlPath,
      ).toBe(true);
      if (!p.$('[data-fallback-notice]').length) {
        expect(
          real.map((a) => a.href),
          p.urlPath,
        ).toContain(`${origin}${p.urlPath}`);
      }
      for (const a of real) {
        const target = fileFor(a.href);
        expect(existsSync(target), `${p.urlPath} → ${a.href}`).toBe(true);
        const other = page(distDir, new URL(a.href).pathname);
        expect(other.$('[data-fallback-notice]').length, `${a.href} is a fallback but listed as hreflang`).toBe(0);
        const back = other
          .$('link[rel=alternate][hreflang]')
          .toArray()
          .map((el) => el.attribs.href);
        expect(back.sort(), `${a.href} does not list the same alternates`).toEqual(
          real
            .map((x) => x.href)
            .concat(alternates.filter((x) => x.lang === 'x-default').map((x) => x.href))
            .sort(),
        );
      }
    }
  });

  test('a fully translated page lists all six languages', () => {
    const p = page(distDir, '/ja/festivals/le-hoi-sen/');
    const langs = p
      .$('link[rel=alternate][hreflang]')
      .toArray()
      .map((el) => el.attribs.hreflang);
    expect(langs.sort()).toEqual([...locales.map((l) => l.tag), 'x-default'].sort());
  });
});

describe('translation fallback', () => {
  test.each(declaredFallbacks)('$locale/$path shows the $source text with a notice in the reader’s language', ({ path: p, locale, source }) => {
    const built = page(distDir, prefixed(locale, p));
    const { $ } = built;
    expect($('html').attr('lang')).toBe(getLocale(locale).tag);
    const notice = $('[data-fallback-notice]');
    expect(notice.length).toBe(1);
    // The notice is written in the visitor's language, not the source's.
    const expected = uiStrings[locale]['fallback.notice']!.split('{{source}}')[0]!.trim();
    expect(notice.text()).toContain(expected);
    expect(notice.find(`[lang="${getLocale(source).tag}"]`).text()).toBe(getLocale(source).nativeName);
    // The content region carries the source language.
    expect($('.page-content').attr('lang')).toBe(getLocale(source).tag);
    // Canonical points to the source page; no hreflang for the missing locale.
    expect($('link[rel=canonical]').attr('href')).toBe(`${origin}${prefixed(source, p)}`);
    expect($(`link[rel=alternate][hreflang="${getLocale(locale).tag}"]`).length).toBe(0);
    // The switcher marks the languages that lack the page.
    const switcherEntry = $(`.lang-switcher a[data-locale="${locale}"]`);
    expect(switcherEntry.find('.lang-switcher__note').text()).toBe(uiStrings[locale]['lang.untranslated']);
  });

  test('translated pages carry no notice and no content-region lang', () => {
    const p = page(distDir, '/ja/festivals/le-hoi-sen/');
    expect(p.$('[data-fallback-notice]').length).toBe(0);
    expect(p.$('.page-content').attr('lang')).toBeUndefined();
    expect(p.$('.lang-switcher__note').length).toBe(0);
  });

  test('only the declared fallbacks exist', () => {
    const fallbacks = contentPages
      .filter((p) => p.$('[data-fallback-notice]').length)
      .map((p) => p.urlPath)
      .sort();
    expect(fallbacks).toEqual(declaredFallbacks.map((f) => prefixed(f.locale, f.path)).sort());
  });

  test('list pages mark fallback cards with the source language', () => {
    const p = page(distDir, '/ja/festivals/');
    const card = p.$('a[href$="/festivals/gio-cu-nguyen-sinh-sac/"]');
    expect(card.attr('lang')).toBe('en');
  });
});

describe('no raw keys and no stray English', () => {
  // Every first segment of a UI key (`nav`, `district`, `searchType`…), from the source locale's file.
  const prefixes = [...new Set(Object.keys(uiStrings[defaultLocale]).map((key) => key.split('.')[0]!))];
  const keyPattern = new RegExp(`\\b(?:${prefixes.join('|')})\\.[a-zA-Z-]+(?:_[a-z]+)?\\b`);

  test('no i18n key appears as text', () => {
    const leaks = contentPages
      .map((p) => ({ url: p.urlPath, text: visibleText(p.$, 'body') }))
      .filter((p) => keyPattern.test(p.text))
      .map((p) => `${p.url}: ${p.text.match(keyPattern)?.[0]}`);
    expect(leaks).toEqual([]);
  });

  test('CJK and Russian pages have no run of English words outside marked fallback text', () => {
    const leaks: string[] = [];
    for (const p of contentPages.filter((x) => ['zh', 'ja', 'ko', 'ru'].includes(x.locale))) {
      const $ = p.$;
      const body = $('body').clone();
      body.find('script, style, [lang]').remove();
      const run = visibleText($, body as never).match(/\b[A-Za-z][a-z]{2,}(?:[ ,–-]+[A-Za-z][a-z]{2,}){3,}\b/);
      if (run) leaks.push(`${p.urlPath}: "${run[0]}"`);
    }
    expect(leaks).toEqual([]);
  });
});

describe('site files', () => {
  test('sitemap lists real pages with alternates and leaves fallbacks out', () => {
    const index = readFileSync(path.join(distDir, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`${origin}/sitemap-0.xml`);
    const map = readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8');
    expect(map).toContain(`<loc>${origin}/ja/festivals/le-hoi-sen/</loc>`);
    expect(map).toMatch(/<xhtml:link rel="alternate" hreflang="ja" href="[^"]+\/ja\/festivals\/le-hoi-sen\/"/);
    for (const f of declaredFallbacks) expect(map).not.toContain(`<loc>${origin}${prefixed(f.locale, f.path)}</loc>`);
    expect(map).not.toContain('404');
    expect(map).not.toContain('/admin/');
  });

  test('robots.txt points to the sitemap and keeps crawlers out of /admin/', () => {
    const robots = readFileSync(path.join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
    expect(robots).toMatch(/^Disallow: \/admin\/$/m);
  });

  test('there is a localized 404 page for every locale', () => {
    for (const code of localeCodes) {
      const file = code === defaultLocale ? '/404.html' : `/${code}/404.html`;
      const p = page(distDir, file);
      expect(p.$('html').attr('lang')).toBe(getLocale(code).tag);
      expect(p.$('h1').text()).toBe(uiStrings[code]['notFound.title']);
      expect(p.$('meta[name=robots]').attr('content')).toBe('noindex');
    }
  });
});
