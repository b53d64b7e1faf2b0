/**
 * Reading collections for pages: groups the locale files of each entry, applies the locale
 * fallback chain, and produces the static paths of list and detail pages.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getLocale, localeCodes, defaultLocale, type Locale } from '../config/locales.ts';
import { collections, type CollectionName } from '../model/collections.ts';
import { resolveLocale } from '../model/translations.ts';
import { nextOccurrence, today, type DateRule } from './festival-calendar.ts';

export interface LocalizedEntry<C extends CollectionName> {
  slug: string;
  /** The locale the page is served in. */
  locale: Locale;
  /** The file whose text is shown (the locale's own, or a fallback). */
  entry: CollectionEntry<C>;
  /** Locale of `entry`. */
  source: Locale;
  /** BCP 47 tag of `source`, for `lang` attributes. */
  sourceTag: string;
  isFallback: boolean;
  /** Locales that have a real file for this slug. */
  translations: Locale[];
}

const cache = new Map<CollectionName, Promise<Map<string, Map<Locale, CollectionEntry<CollectionName>>>>>();

/** slug → locale → entry, drafts excluded. */
export function entriesBySlug<C extends CollectionName>(collection: C): Promise<Map<string, Map<Locale, CollectionEntry<C>>>> {
  if (!cache.has(collection)) {
    cache.set(
      collection,
      getCollection(collection, (e) => !e.data.draft).then((entries) => {
        const map = new Map<string, Map<Locale, CollectionEntry<CollectionName>>>();
        for (const entry of entries) {
          const [locale, slug] = entry.id.split('/') as [Locale, string];
          if (!map.has(slug)) map.set(slug, new Map());
          map.get(slug)!.set(locale, entry);
        }
        return map;
      }),
    );
  }
  return cache.get(collection)! as Promise<Map<string, Map<Locale, CollectionEntry<C>>>>;
}

function localize<C extends CollectionName>(slug: string, files: Map<Locale, CollectionEntry<C>>, locale: Locale): LocalizedEntry<C> | undefined {
  const translations = localeCodes.filter((l) => files.has(l));
  const resolved = resolveLocale(translations, locale);
  if (!resolved) return undefined;
  return {
    slug,
    locale,
    entry: files.get(resolved.source)!,
    source: resolved.source,
    sourceTag: getLocale(resolved.source).tag,
    isFallback: resolved.isFallback,
    translations,
  };
}

/** Every entry of a collection as shown in `locale`, fallbacks included. */
export async function localizedEntries<C extends CollectionName>(collection: C, locale: Locale): Promise<LocalizedEntry<C>[]> {
  const bySlug = await entriesBySlug(collection);
  return [...bySlug].map(([slug, files]) => localize(slug, files, locale)).filter((e): e is LocalizedEntry<C> => Boolean(e));
}

/** The `[...locale]` route parameter: empty for the default locale, which lives at the root. */
export function localeParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/** Static paths for a page that exists once per locale. */
export function localeStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
}

/** Static paths for detail pages: every slug in every locale, fallbacks included. */
export async function entryStaticPaths<C extends CollectionName>(collection: C) {
  const bySlug = await entriesBySlug(collection);
  return [...bySlug].flatMap(([slug, files]) =>
    localeCodes.flatMap((locale) => {
      const item = localize(slug, files, locale);
      return item ? [{ params: { locale: localeParam(locale), slug }, props: { item } }] : [];
    }),
  );
}

/** Locale-independent path of an entry's page, e.g. `festivals/le-hoi-sen`. */
export function entryPath(collection: CollectionName, slug: string): string {
  return [collections[collection].section, slug].filter(Boolean).join('/');
}

/** Sorts entries by title in the reader's language. */
export function byTitle<C extends CollectionName>(locale: Locale) {
  const collator = new Intl.Collator(getLocale(locale).tag);
  return (a: LocalizedEntry<C>, b: LocalizedEntry<C>) => collator.compare(a.entry.data.title, b.entry.data.title);
}

/** OCOP products with the most stars first, then by title in the reader's language. */
export function byStarsThenTitle(locale: Locale) {
  const title = byTitle<'products'>(locale);
  return (a: LocalizedEntry<'products'>, b: LocalizedEntry<'products'>) => b.entry.data.stars - a.entry.data.stars || title(a, b);
}

/**
 * On a fallback page the content region carries the source language, so UI text inside it
 * (labels, formatted dates) needs the reader's language back: this is the `lang` to set.
 */
export function uiLangFor(item: { isFallback: boolean; locale: Locale }): string | undefined {
  return item.isFallback ? getLocale(item.locale).tag : undefined;
}

/** The entries of `collection` in `locale`, in the order its registry entry declares (`sort`). */
export async function sortedEntries<C extends CollectionName>(collection: C, locale: Locale): Promise<LocalizedEntry<C>[]> {
  const items = await localizedEntries(collection, locale);
  const title = byTitle<C>(locale);
  const order = collections[collection].sort;
  // Each key exists only in the collections that declare that order; the registry test ties them.
  const field = (item: LocalizedEntry<C>, key: string) => (item.entry.data as Record<string, unknown>)[key];
  if (order === 'order') return items.sort((a, b) => (field(a, 'order') as number) - (field(b, 'order') as number) || title(a, b));
  if (order === 'next-date') {
    // One lunar-calendar computation per entry, not one per comparison.
    const nextDay = new Map(items.map((item) => [item, nextOccurrence(field(item, 'dateRule') as DateRule, today)?.start ?? '9999']));
    return items.sort((a, b) => nextDay.get(a)!.localeCompare(nextDay.get(b)!) || title(a, b));
  }
  if (order === 'newest') return items.sort((a, b) => (field(b, 'date') as string).localeCompare(field(a, 'date') as string) || title(a, b));
  return items.sort(title);
}
