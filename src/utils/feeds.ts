/**
 * What the feeds and the data endpoints publish for one locale. Only real translations are
 * listed: a reader subscribed to the Japanese feed gets Japanese items, not fallbacks.
 */
import type { Locale } from '../config/locales.ts';
import { site } from '../config/site.ts';
import { collectionNames, collections, type CollectionName } from '../model/collections.ts';
import { entryPath, localizedEntries, type LocalizedEntry } from './content.ts';
import { datedFestivals, today } from './festivals.ts';
import { shareImageUrl } from './images.ts';
import { fileUrl, pageAbsoluteUrl } from './paths.ts';
import { absoluteUrl } from './urls.ts';
import { dataFormatVersion } from './data-formats.ts';

export interface FeedItem {
  /** Stable id: the page's absolute URL. */
  id: string;
  url: string;
  title: string;
  summary: string;
  /** `YYYY-MM-DD`: a festival's next day, the day an entry was last reviewed, or the day news was published. */
  date: string;
  kind: CollectionName;
  image?: string | undefined;
  /** For festivals: the next occurrence. */
  event?: { start: string; end: string } | undefined;
}

/** Collections whose entries appear in the feed as updates (by their review day) or as publications (by their `date`). */
const datedCollections = collectionNames.filter((name) => collections[name].feed === 'updated' || collections[name].feed === 'published');

/** The day an entry appears under in the feeds, per the registry's `feed`. */
function feedDate(collection: CollectionName, data: { updated?: string | undefined; date?: string }): string | undefined {
  return collections[collection].feed === 'published' ? data.date : data.updated;
}

async function image(item: LocalizedEntry<CollectionName>): Promise<string | undefined> {
  const hero = item.entry.data.images[0];
  return hero ? shareImageUrl(hero.src) : undefined;
}

/** Upcoming festivals (by their next day) and recently reviewed entries, newest date first. */
export async function feedItems(locale: Locale): Promise<FeedItem[]> {
  const items: FeedItem[] = [];
  for (const { item, next } of await datedFestivals(locale)) {
    if (item.isFallback || !next) continue;
    const url = pageAbsoluteUrl(locale, entryPath('festivals', item.slug));
    items.push({
      id: url,
      url,
      title: item.entry.data.title,
      summary: item.entry.data.description,
      date: next.start,
      kind: 'festivals',
      image: await image(item),
      event: { start: next.start, end: next.end },
    });
  }
  for (const collection of datedCollections) {
    for (const item of await localizedEntries(collection, locale)) {
      const updated = feedDate(collection, item.entry.data);
      if (item.isFallback || !updated) continue;
      const url = pageAbsoluteUrl(locale, entryPath(collection, item.slug));
      items.push({
        id: url,
        url,
        title: item.entry.data.title,
        summary: item.entry.data.description,
        date: updated,
        kind: collection,
        image: await image(item),
      });
    }
  }
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}

/** The envelope every data file shares, so the portal can check what it reads. */
export function dataEnvelope<T>(locale: Locale, name: string, items: T[]) {
  return {
    version: dataFormatVersion,
    locale,
    generated: today,
    schema: absoluteUrl(fileUrl('vi', `data/schema/${name}.json`), site.url),
    count: items.length,
    items,
  };
}
