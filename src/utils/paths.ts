/** URL helpers bound to this build's base path (`BASE_PATH`). Use these in components. */
import type { Locale } from '../config/locales.ts';
import { site } from '../config/site.ts';
import { absoluteUrl, localizedFile, localizedPath, withBase } from './urls.ts';

export const base = import.meta.env.BASE_URL ?? '/';

/** Link to a page of the site in `locale`, base path included. */
export function pageUrl(locale: Locale, path = ''): string {
  return withBase(localizedPath(locale, path), base);
}

/** Link to a file in `public/`, base path included. */
export function assetUrl(file: string): string {
  return withBase(`/${file.replace(/^\/+/, '')}`, base);
}

/** Absolute URL of a page, for canonical, hreflang and Open Graph. */
export function pageAbsoluteUrl(locale: Locale, path = ''): string {
  return absoluteUrl(pageUrl(locale, path), site.url);
}

/** Link to a generated file of a locale (`festivals.ics`, `places.geojson`), base path included. */
export function fileUrl(locale: Locale, file: string): string {
  return withBase(localizedFile(locale, file), base);
}

/** Absolute URL of a generated file of a locale (`invest/handbook.pdf`), for QR codes on paper. */
export function fileAbsoluteUrl(locale: Locale, file: string): string {
  return absoluteUrl(fileUrl(locale, file), site.url);
}

/** Absolute URL of a page's Open Graph card, drawn after the build by `scripts/lib/og-cards.ts`. */
export function ogCardUrl(locale: Locale, path = ''): string {
  const name = path.replace(/^\/+|\/+$/g, '') || 'index';
  return absoluteUrl(withBase(`/og/${locale}/${name}.jpg`, base), site.url);
}
