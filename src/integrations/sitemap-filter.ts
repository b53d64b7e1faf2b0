/**
 * Keeps fallback pages out of the sitemap: they repeat another locale's text and point their
 * canonical link there, so search engines should only be told about real translations. The
 * CMS at /admin/ is left out too: it is for staff, and robots.txt disallows it. So are the
 * offline pages, which only the service worker shows.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { collections, collectionNames } from '../model/collections.ts';
import { fallbackPairs, scanTranslations } from '../model/translations.ts';
import { localizedPath } from '../utils/urls.ts';

export function fallbackSitemapFilter(contentRoot: URL): (url: string) => boolean {
  const root = fileURLToPath(contentRoot);
  const excluded = new Set<string>();
  for (const name of collectionNames) {
    const section = collections[name].section;
    for (const { slug, locale } of fallbackPairs(scanTranslations(path.join(root, name)))) {
      excluded.add(localizedPath(locale, [section, slug].filter(Boolean).join('/')));
    }
  }
  return (url) => {
    const pathname = new URL(url).pathname;
    return !pathname.includes('/admin/') && !pathname.endsWith('/offline/') && ![...excluded].some((p) => pathname.endsWith(p));
  };
}
