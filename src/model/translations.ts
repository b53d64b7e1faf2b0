/**
 * Which locales truly have each entry, and which locale's text a page falls back to.
 * Pure functions here; the file-system scan is used by astro.config.mjs (sitemap) and scripts.
 */
import { readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fallbackChain, isLocale, localeCodes, type Locale } from '../config/locales.ts';

export interface Resolution {
  /** The locale whose file provides the text. */
  source: Locale;
  /** True when `source` differs from the requested locale. */
  isFallback: boolean;
}

/** Picks the file to show for `locale`, following its fallback chain. */
export function resolveLocale(available: Iterable<Locale>, locale: Locale): Resolution | undefined {
  const have = new Set(available);
  const source = fallbackChain(locale).find((l) => have.has(l));
  return source ? { source, isFallback: source !== locale } : undefined;
}

/** slug → locales with a file, for one collection folder (`content/<collection>`). */
export function scanTranslations(collectionDir: string): Map<string, Set<Locale>> {
  const map = new Map<string, Set<Locale>>();
  if (!existsSync(collectionDir)) return map;
  for (const locale of readdirSync(collectionDir)) {
    const dir = path.join(collectionDir, locale);
    if (!isLocale(locale) || !statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir)) {
      if (!/\.mdx?$/.test(file)) continue;
      const slug = file.replace(/\.mdx?$/, '');
      if (!map.has(slug)) map.set(slug, new Set());
      map.get(slug)!.add(locale);
    }
  }
  return map;
}

/** Every (slug, locale) pair served as a fallback page, for one collection. */
export function fallbackPairs(translations: Map<string, Set<Locale>>): Array<{ slug: string; locale: Locale; source: Locale }> {
  const pairs: Array<{ slug: string; locale: Locale; source: Locale }> = [];
  for (const [slug, have] of translations) {
    for (const locale of localeCodes) {
      const resolved = resolveLocale(have, locale);
      if (resolved?.isFallback) pairs.push({ slug, locale, source: resolved.source });
    }
  }
  return pairs;
}
