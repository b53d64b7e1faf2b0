import { describe, expect, test } from 'vitest';
import { defaultLocale, fallbackChain, getLocale, isLocale, localeCodes, locales } from '../../src/config/locales.ts';
import { fallbackPairs, resolveLocale } from '../../src/model/translations.ts';
import { uiStrings } from '../../src/i18n/createTranslator.ts';

describe('locale declaration', () => {
  test('declares each language once, the default first, each with its UI strings', () => {
    // The list itself lives in config/locales.ts only; adding a language needs no test edit.
    expect(localeCodes[0]).toBe(defaultLocale);
    expect(new Set(localeCodes).size).toBe(localeCodes.length);
    for (const code of localeCodes) expect(Object.keys(uiStrings[code]).length, code).toBeGreaterThan(0);
  });
  test('every tag is a valid BCP 47 tag that Intl understands', () => {
    for (const l of locales) {
      expect(Intl.getCanonicalLocales(l.tag)).toEqual([l.tag]);
      expect(new Intl.NumberFormat(l.tag).resolvedOptions().locale.split('-')[0]).toBe(l.code);
    }
  });
  test('isLocale accepts only declared codes', () => {
    expect(isLocale('ja')).toBe(true);
    expect(isLocale('jp')).toBe(false);
    expect(isLocale('vi-VN')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
  test('getLocale throws on unknown codes', () => {
    expect(() => getLocale('xx' as never)).toThrow(/Unknown locale/);
  });
});

describe('fallback chains', () => {
  test('start with the locale itself and end with the default', () => {
    for (const code of localeCodes) {
      const chain = fallbackChain(code);
      expect(chain[0]).toBe(code);
      expect(chain.at(-1)).toBe(defaultLocale);
      expect(new Set(chain).size).toBe(chain.length);
    }
    expect(fallbackChain('ja')).toEqual(['ja', 'en', 'vi']);
    expect(fallbackChain('vi')).toEqual(['vi']);
  });
});

describe('resolveLocale', () => {
  test('uses the locale itself when it exists', () => {
    expect(resolveLocale(['vi', 'en', 'ja'], 'ja')).toEqual({ source: 'ja', isFallback: false });
  });
  test('follows the chain ja → en → vi', () => {
    expect(resolveLocale(['vi', 'en'], 'ja')).toEqual({ source: 'en', isFallback: true });
    expect(resolveLocale(['vi'], 'ja')).toEqual({ source: 'vi', isFallback: true });
    expect(resolveLocale(['vi', 'zh'], 'ru')).toEqual({ source: 'vi', isFallback: true });
  });
  test('returns nothing when no locale in the chain has the entry', () => {
    expect(resolveLocale(['zh'], 'ja')).toBeUndefined();
    expect(resolveLocale([], 'vi')).toBeUndefined();
  });
  test('fallbackPairs lists exactly the missing (slug, locale) pairs', () => {
    const pairs = fallbackPairs(
      new Map([
        ['a', new Set(['vi', 'en', 'zh', 'ru'] as const)],
        ['b', new Set(['vi', 'en', 'zh', 'ja', 'ko', 'ru'] as const)],
      ]),
    );
    expect(pairs).toEqual([
      { slug: 'a', locale: 'ja', source: 'en' },
      { slug: 'a', locale: 'ko', source: 'en' },
    ]);
  });
});
