/** The one-line summary under an entry's title (declared per collection in the registry), and the data a list filters on. */
import type { Translate } from '../i18n/createTranslator.ts';
import { collections, type CollectionName, type SummaryContext } from '../model/collections.ts';
import { today } from './festivals.ts';
import type { LocalizedEntry } from './content.ts';
import { foldForSearch } from './text.ts';

/** The line under an entry's title in lists and cards: its collection's `summary`, if it declares one. */
export function entrySummary(item: LocalizedEntry<CollectionName>, t: Translate): string | undefined {
  const { entry, locale } = item;
  // The registry types each summary by its own collection's data; `entry` pairs them at run time.
  const summary = collections[entry.collection].summary as ((data: unknown, context: SummaryContext) => string) | undefined;
  return summary?.(entry.data, { locale, t, today });
}

/** `data-*` attributes that let a list filter its cards in the browser. */
export function entryFilterData(item: LocalizedEntry<CollectionName>): Record<string, string> {
  const { entry } = item;
  if (entry.collection !== 'products') return {};
  const { data } = entry;
  return {
    'data-category': data.category,
    'data-stars': String(data.stars),
    'data-area': data.producer.area,
    'data-search': foldForSearch([data.title, data.description, data.producer.name, item.slug.replace(/-/g, ' ')].join(' ')),
  };
}
