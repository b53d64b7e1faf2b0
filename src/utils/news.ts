/** The newsroom's helpers: month groups, category pages, and which items correct which. */
import type { NewsCategory } from '../model/schemas/vocabularies.ts';
import type { LocalizedEntry } from './content.ts';

/** Locale-independent path of a category's list page. */
export function newsCategoryPath(category: NewsCategory): string {
  return `news/category/${category}`;
}

/** Items grouped by the month of their date (`YYYY-MM`), in the order given (newest first). */
export function newsByMonth<T extends { entry: { data: { date: string } } }>(items: readonly T[]): Array<{ month: string; items: T[] }> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const month = item.entry.data.date.slice(0, 7);
    if (!groups.has(month)) groups.set(month, []);
    groups.get(month)!.push(item);
  }
  return [...groups].map(([month, grouped]) => ({ month, items: grouped }));
}

/** The corrections of an item: the items whose `corrects` names it, newest first. */
export function correctionsOf(slug: string, items: ReadonlyArray<LocalizedEntry<'news'>>): Array<LocalizedEntry<'news'>> {
  return items.filter((item) => item.entry.data.corrects === slug).sort((a, b) => b.entry.data.date.localeCompare(a.entry.data.date));
}

/** The publication time of an item for feeds and JSON-LD: the day at 08:00 in Viet Nam, an ISO 8601 date-time. */
export function publicationDateTime(day: string): string {
  return `${day}T08:00:00+07:00`;
}
