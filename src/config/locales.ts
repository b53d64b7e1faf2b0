/**
 * The one declaration of the site's languages. Astro, i18next, the CMS, scripts and tests
 * all import from here, so adding a locale is a change to this file plus its UI strings.
 */

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

/** The order in which to look for content for `locale`: itself first, then its fallbacks. */
export function fallbackChain(locale: Locale): Locale[] {
  const chain: Locale[] = [locale];
  for (const code of getLocale(locale).fallback) {
    if (isLocale(code) && !chain.includes(code)) chain.push(code);
  }
  if (!chain.includes(defaultLocale)) chain.push(defaultLocale);
  return chain;
}
