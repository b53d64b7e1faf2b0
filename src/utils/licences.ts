/**
 * The terms a picture or clip may be reused under (`licences` in the schemas): which ones are
 * Creative Commons licences, the address of each one's legal code (for JSON-LD `license` and
 * `rel="license"`) and of its human-readable deed in the reader's language.
 */
import { getLocale, type Locale } from '../config/locales.ts';
import type { Licence } from '../model/schemas/vocabularies.ts';

/** Where each Creative Commons licence lives on creativecommons.org; the others are the site's own terms. */
const creativeCommonsPaths: Partial<Record<Licence, string>> = {
  'cc-by-4.0': 'licenses/by/4.0/',
  'cc-by-sa-4.0': 'licenses/by-sa/4.0/',
  'cc0-1.0': 'publicdomain/zero/1.0/',
};

/** Whether the licence is one of Creative Commons' (anyone may reuse under its terms without asking). */
export function isCreativeCommons(licence: Licence): boolean {
  return licence in creativeCommonsPaths;
}

/** The licence's canonical address, for JSON-LD; undefined for the site's own terms. */
export function licenceUrl(licence: Licence): string | undefined {
  const path = creativeCommonsPaths[licence];
  return path ? `https://creativecommons.org/${path}` : undefined;
}

/**
 * The licence's deed (its plain-language summary) in the reader's language. Creative Commons
 * names its deed translations by language, with the script for Chinese (`deed.zh-hans`).
 */
export function licenceDeedUrl(licence: Licence, locale: Locale): string | undefined {
  const url = licenceUrl(licence);
  if (!url) return undefined;
  const [language, script] = getLocale(locale).tag.toLowerCase().split('-');
  const deed = language === 'zh' ? `zh-${script === 'hant' ? 'hant' : 'hans'}` : language;
  return `${url}deed.${deed}`;
}
