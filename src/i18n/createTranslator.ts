/**
 * One i18next instance for the whole build, created by a factory so tests can make their
 * own. UI strings are flat-key JSON files, one per locale, in `src/i18n/locales/`.
 */
import i18next, { type i18n as I18n, type TOptions } from 'i18next';
import { defaultLocale, fallbackChain, localeCodes, uiStringFiles, type Locale } from '../config/locales.ts';

export type UiStrings = Record<string, string>;

/**
 * Every UI string key, taken from the source locale's file: a missing or misspelled key is a
 * type error, and a key built from a vocabulary (`category.${OcopCategory}`) is checked for every
 * member of it.
 */
export type UiKey = keyof typeof uiStringFiles.vi | PluralBase<keyof typeof uiStringFiles.vi>;
/** i18next's plural forms (`festivals.count_other`) are asked for by their base key (`festivals.count`). */
type PluralBase<K> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : never;
/** Prefixes `p` of the keys `p.<suffix>`, e.g. `KeyPrefix<'title'>` gives 'festivals' for 'festivals.title'. */
export type KeyPrefix<Suffix extends string> = UiKey extends infer K ? (K extends `${infer Prefix}.${Suffix}` ? Prefix : never) : never;

/** A translate function fixed to one locale, over the known keys only. */
export type Translate = (key: UiKey, options?: TOptions) => string;

/** The UI strings of every locale, keyed by locale code. */
export const uiStrings: Record<Locale, UiStrings> = uiStringFiles;

export function createI18n(resources: Record<Locale, UiStrings> = uiStrings): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    // Resources are bundled, so initialisation is synchronous.
    initAsync: false,
    resources: Object.fromEntries(localeCodes.map((l) => [l, { translation: resources[l] }])),
    lng: defaultLocale,
    supportedLngs: [...localeCodes],
    fallbackLng: Object.fromEntries(localeCodes.map((l) => [l, fallbackChain(l).slice(1)])),
    // Keys are flat ("nav.home"), so dots are part of the key, not a path.
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  });
  return instance;
}

const shared = createI18n();

/** A translate function fixed to `locale`. */
export function useTranslations(locale: Locale): Translate {
  const t = shared.getFixedT(locale);
  return (key, options) => (options ? t(key, options) : t(key)) as string;
}
