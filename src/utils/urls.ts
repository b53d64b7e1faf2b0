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

/**
 * The locale-independent path of a page in `locale`: `('en', 'festivals/x')` → `/en/festivals/x/`.
 * Throws for a path a browser would not keep under the locale's folder (backslashes, control
 * characters, `.` or `..` segments) and for a default-locale path whose first segment is
 * another locale's code, which would be read back as that locale's page.
 */
export function localizedPath(locale: Locale, path = ''): string {
  const inner = path.replace(/^\/+|\/+$/g, '');
  if (/[\\\u0000-\u001F\u007F]/.test(inner)) {
    throw new Error(`Invalid page path ${JSON.stringify(path)}: backslashes and control characters are not allowed`);
  }
  if (inner.split('/').some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment))) {
    throw new Error(`Invalid page path ${JSON.stringify(path)}: "." and ".." segments are not allowed`);
  }
  const first = inner.split('/')[0];
  if (locale === defaultLocale && first !== defaultLocale && isLocale(first)) {
    throw new Error(`Invalid page path ${JSON.stringify(path)}: in the default locale it would be read as a page of "${first}"`);
  }
  const prefix = locale === defaultLocale ? '' : locale;
  return ensureSlashes([prefix, inner].filter(Boolean).join('/'));
}

/** Prefixes a root-relative path with the base path (`/sub/` + `/en/` → `/sub/en/`). */
export function withBase(path: string, base: string): string {
  const cleanBase = ensureSlashes(base);
  const rooted = path.startsWith('/') ? path : `/${path}`;
  return cleanBase === '/' ? rooted : `${cleanBase.slice(0, -1)}${rooted}`;
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

/**
 * An absolute URL for a root-relative path that already includes the base. An absolute URL is
 * returned as it is; a relative one that would leave the site (`//host/`, `/\\host/`) throws.
 */
export function absoluteUrl(path: string, site: string): string {
  const origin = new URL(site.endsWith('/') ? site : `${site}/`);
  const url = new URL(path, origin);
  if (url.origin !== origin.origin && !URL.canParse(path)) {
    throw new Error(`absoluteUrl: ${JSON.stringify(path)} is not a path on ${origin.origin}`);
  }
  return url.href;
}

/** A file in a locale's folder: `('ja', 'festivals.ics')` → `/ja/festivals.ics`. */
export function localizedFile(locale: Locale, file: string): string {
  return `${localizedPath(locale)}${file.replace(/^\/+/, '')}`;
}

/** `tel:` link for a phone number written with spaces, dashes or brackets. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+0-9]/g, '')}`;
}
