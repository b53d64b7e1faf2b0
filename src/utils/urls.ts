/**
 * Pure URL helpers. They take the base path as an argument so that they can be unit-tested
 * and used from scripts; `src/utils/paths.ts` binds them to the build's base path.
 */
import { defaultLocale, isLocale, type Locale } from '../config/locales.ts';

/** Makes sure a path starts and ends with exactly one slash (`a/b` → `/a/b/`). */
export function ensureSlashes(path: string): string {
  const inner = path.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/** The locale-independent path of a page in `locale`: `('en', 'festivals/x')` → `/en/festivals/x/`. */
export function localizedPath(locale: Locale, path = ''): string {
  const inner = path.replace(/^\/+|\/+$/g, '');
  const prefix = locale === defaultLocale ? '' : locale;
  return ensureSlashes([prefix, inner].filter(Boolean).join('/'));
}

/** Prefixes a root-relative path with the base path (`/sub/` + `/en/` → `/sub/en/`). */
export function withBase(path: string, base: string): string {
  const cleanBase = ensureSlashes(base);
  return cleanBase === '/' ? path : `${cleanBase.slice(0, -1)}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Removes the base path from a pathname; returns a path starting with `/`. */
export function stripBase(pathname: string, base: string): string {
  const cleanBase = ensureSlashes(base);
  if (cleanBase === '/') return pathname || '/';
  const bare = cleanBase.slice(0, -1);
  if (pathname === bare) return '/';
  return pathname.startsWith(cleanBase) ? pathname.slice(bare.length) : pathname;
}

/**
 * Splits a pathname into its locale and the locale-independent rest. Only a whole first
 * segment counts as a locale, so `/video/` and `/visit-sa-dec/` stay Vietnamese pages.
 */
export function splitLocale(pathname: string, base = '/'): { locale: Locale; path: string } {
  const path = stripBase(pathname, base);
  const [first, ...rest] = path.replace(/^\/+/, '').split('/');
  if (first && first !== defaultLocale && isLocale(first)) {
    return { locale: first, path: ensureSlashes(rest.join('/')) };
  }
  return { locale: defaultLocale, path: ensureSlashes(path) };
}

/** The same page in another locale. */
export function switchLocalePath(pathname: string, target: Locale, base = '/'): string {
  const { path } = splitLocale(pathname, base);
  return withBase(localizedPath(target, path), base);
}

/** An absolute URL for a root-relative path that already includes the base. */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

/** A file in a locale's folder: `('ja', 'festivals.ics')` → `/ja/festivals.ics`. */
export function localizedFile(locale: Locale, file: string): string {
  return `${localizedPath(locale)}${file.replace(/^\/+/, '')}`;
}

/** `tel:` link for a phone number written with spaces, dashes or brackets. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+0-9]/g, '')}`;
}
