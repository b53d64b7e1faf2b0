import { describe, expect, test } from 'vitest';
import { absoluteUrl, ensureSlashes, localizedPath, splitLocale, stripBase, switchLocalePath, withBase } from '../../src/utils/urls.ts';

describe('localizedPath', () => {
  test('Vietnamese lives at the root, other locales under their code', () => {
    expect(localizedPath('vi')).toBe('/');
    expect(localizedPath('vi', 'festivals/le-hoi-sen')).toBe('/festivals/le-hoi-sen/');
    expect(localizedPath('ja', 'festivals/le-hoi-sen')).toBe('/ja/festivals/le-hoi-sen/');
    expect(localizedPath('ru', '/products/')).toBe('/ru/products/');
    expect(localizedPath('en')).toBe('/en/');
  });
  test('refuses paths that would not stay under the locale, or that read as another locale', () => {
    expect(() => localizedPath('en', '../festivals/x')).toThrow(/"\." and "\.\." segments/);
    expect(() => localizedPath('en', 'a/%2E%2e/b')).toThrow(/segments/);
    expect(() => localizedPath('vi', '\\evil.example')).toThrow(/backslashes/);
    expect(() => localizedPath('vi', '\t/evil.example')).toThrow(/control characters/);
    expect(() => localizedPath('vi', 'en/festivals/x')).toThrow(/read as a page of "en"/);
    expect(localizedPath('en', 'ja/x')).toBe('/en/ja/x/');
    expect(localizedPath('vi', 'vi/x')).toBe('/vi/x/');
  });
});

describe('base path', () => {
  test('withBase prefixes once and keeps trailing slashes', () => {
    expect(withBase('/en/', '/')).toBe('/en/');
    expect(withBase('/en/', '/some/sub/path/')).toBe('/some/sub/path/en/');
    expect(withBase('/', '/some/sub/path')).toBe('/some/sub/path/');
    expect(withBase('logo.svg', 'sub')).toBe('/sub/logo.svg');
    expect(withBase('logo.svg', '/')).toBe('/logo.svg');
  });
  test('stripBase undoes withBase', () => {
    expect(stripBase('/some/sub/path/en/x/', '/some/sub/path/')).toBe('/en/x/');
    expect(stripBase('/some/sub/path', '/some/sub/path/')).toBe('/');
    expect(stripBase('/en/x/', '/')).toBe('/en/x/');
  });
  test('ensureSlashes normalises', () => {
    expect(ensureSlashes('')).toBe('/');
    expect(ensureSlashes('//a//')).toBe('/a/');
  });
});

describe('splitLocale', () => {
  test('reads the locale from the first whole segment only', () => {
    expect(splitLocale('/ja/festivals/x/')).toEqual({ locale: 'ja', path: '/festivals/x/' });
    expect(splitLocale('/festivals/x/')).toEqual({ locale: 'vi', path: '/festivals/x/' });
    expect(splitLocale('/')).toEqual({ locale: 'vi', path: '/' });
    expect(splitLocale('/en')).toEqual({ locale: 'en', path: '/' });
  });
  test('slugs that start with a locale code stay in the default locale', () => {
    expect(splitLocale('/video/')).toEqual({ locale: 'vi', path: '/video/' });
    expect(splitLocale('/visit-sa-dec/')).toEqual({ locale: 'vi', path: '/visit-sa-dec/' });
    expect(splitLocale('/english-guide/')).toEqual({ locale: 'vi', path: '/english-guide/' });
    expect(splitLocale('/ko-tour/')).toEqual({ locale: 'vi', path: '/ko-tour/' });
    expect(splitLocale('/en/visit-sa-dec/')).toEqual({ locale: 'en', path: '/visit-sa-dec/' });
  });
  test('an explicit /vi/ prefix is not a locale (vi has no prefix)', () => {
    expect(splitLocale('/vi/').locale).toBe('vi');
    expect(splitLocale('/vi/').path).toBe('/vi/');
  });
  test('works under a base path', () => {
    expect(splitLocale('/some/sub/path/ko/products/', '/some/sub/path/')).toEqual({ locale: 'ko', path: '/products/' });
  });
});

describe('switchLocalePath', () => {
  test('keeps the page when switching language', () => {
    expect(switchLocalePath('/festivals/le-hoi-sen/', 'ja')).toBe('/ja/festivals/le-hoi-sen/');
    expect(switchLocalePath('/ja/festivals/le-hoi-sen/', 'vi')).toBe('/festivals/le-hoi-sen/');
    expect(switchLocalePath('/en/video/', 'ru')).toBe('/ru/video/');
    expect(switchLocalePath('/sub/zh/', 'en', '/sub/')).toBe('/sub/en/');
  });
});

test('absoluteUrl joins the site origin and a root-relative path', () => {
  expect(absoluteUrl('/en/x/', 'https://example.org')).toBe('https://example.org/en/x/');
  expect(absoluteUrl('/sub/en/', 'https://example.org/')).toBe('https://example.org/sub/en/');
  expect(absoluteUrl('https://cdn.example/x.jpg', 'https://example.org/')).toBe('https://cdn.example/x.jpg');
});

test('absoluteUrl refuses a relative path that would leave the site', () => {
  for (const p of ['//evil.example/x', '/\\evil.example/', '/\t/evil.example']) {
    expect(() => absoluteUrl(p, 'https://example.org')).toThrow(/is not a path on https:\/\/example\.org/);
  }
});
