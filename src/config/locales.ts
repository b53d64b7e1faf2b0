/**
 * The one declaration of the site's languages. Astro, i18next, the CMS, scripts and tests
 * all import from here, so adding a locale is a change to this file plus its UI strings
 * (`src/i18n/locales/<code>.json`, imported below) and, optionally, its province texts in
 * `src/config/`, which otherwise fall back along the locale's `fallback` list.
 */
import vi from '../i18n/locales/vi.json' with { type: 'json' };
import en from '../i18n/locales/en.json' with { type: 'json' };
import zh from '../i18n/locales/zh.json' with { type: 'json' };
import ja from '../i18n/locales/ja.json' with { type: 'json' };
import ko from '../i18n/locales/ko.json' with { type: 'json' };
import ru from '../i18n/locales/ru.json' with { type: 'json' };

export interface LocaleDefinition {
  /** Short code used in URLs and content folders (`content/<collection>/<code>/`). */
  readonly code: string;
  /** BCP 47 tag for `<html lang>`, `hreflang` and `Intl`. */
  readonly tag: string;
  /** The language's name in that language, shown in the language switcher. */
  readonly nativeName: string;
  /** Open Graph locale (language_TERRITORY). */
  readonly ogLocale: string;
  /** Locales tried in order when an entry has no file in this locale; always ends with the default. */
  readonly fallback: readonly string[];
}

export const locales = [
  { code: 'vi', tag: 'vi-VN', nativeName: 'Tiếng Việt', ogLocale: 'vi_VN', fallback: [] },
  { code: 'en', tag: 'en', nativeName: 'English', ogLocale: 'en_US', fallback: ['vi'] },
  { code: 'zh', tag: 'zh-Hans', nativeName: '简体中文', ogLocale: 'zh_CN', fallback: ['en', 'vi'] },
  { code: 'ja', tag: 'ja', nativeName: '日本語', ogLocale: 'ja_JP', fallback: ['en', 'vi'] },
  { code: 'ko', tag: 'ko', nativeName: '한국어', ogLocale: 'ko_KR', fallback: ['en', 'vi'] },
  { code: 'ru', tag: 'ru', nativeName: 'Русский', ogLocale: 'ru_RU', fallback: ['en', 'vi'] },
] as const satisfies readonly LocaleDefinition[];

export type Locale = (typeof locales)[number]['code'];

/**
 * Each locale's UI strings. Browser code that imports this module does not bundle them: nothing
 * it uses refers to this export, so the bundler leaves the files out.
 */
export const uiStringFiles = { vi, en, zh, ja, ko, ru } satisfies Record<Locale, Record<string, string>>;

/** The locale served at the site root, without a URL prefix. */
export const defaultLocale: Locale = 'vi';

export const localeCodes: readonly Locale[] = locales.map((l) => l.code);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as readonly string[]).includes(value);
}

export function getLocale(code: Locale): (typeof locales)[number] {
  const found = locales.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale "${code}"`);
  return found;
}

/**
 * Text written per locale in the configuration (province name, slogans, contacts). Vietnamese and
 * English are required; a locale without its own text shows the first of its fallbacks that has one,
 * so a new locale builds before its configuration is translated.
 */
export type LocalizedText = { readonly vi: string; readonly en: string } & { readonly [L in Locale]?: string };

/** `text` in `locale`, or in the first fallback locale that has it. */
export function inLocale(text: LocalizedText, locale: Locale): string {
  for (const code of fallbackChain(locale)) {
    const value = text[code];
    if (value !== undefined) return value;
  }
  return text.vi;
}

/** The order in which to look for content for `locale`: itself first, then its fallbacks. */
export function fallbackChain(locale: Locale): Locale[] {
  const chain: Locale[] = [locale];
  for (const code of getLocale(locale).fallback) {
    if (isLocale(code) && !chain.includes(code)) chain.push(code);
  }
  if (!chain.includes(defaultLocale)) chain.push(defaultLocale);
  return chain;
}
