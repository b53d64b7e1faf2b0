/** Festivals with their dates resolved for the build day: what pages, feeds and the calendar share. */
import type { Locale } from '../config/locales.ts';
import { site } from '../config/site.ts';
import { entryPath, localizedEntries, type LocalizedEntry } from './content.ts';
import { nextOccurrence, occurrences, today, type Occurrence } from './festival-calendar.ts';
import type { CalendarFestival } from './festival-ics.ts';
import { pageAbsoluteUrl } from './paths.ts';

export interface DatedFestival {
  item: LocalizedEntry<'festivals'>;
  /** The occurrence under way on the build day, or the next one. */
  next: Occurrence | undefined;
  /** Occurrences in the build day's year and the following year. */
  thisAndNextYear: Occurrence[];
}

export { today } from './festival-calendar.ts';

export function dateFestival(item: LocalizedEntry<'festivals'>, day = today): DatedFestival {
  const year = Number(day.slice(0, 4));
  const rule = item.entry.data.dateRule;
  return { item, next: nextOccurrence(rule, day), thisAndNextYear: occurrences(rule, year, year + 1) };
}

/** All festivals in `locale`, ordered by their next date. */
export async function datedFestivals(locale: Locale, day = today): Promise<DatedFestival[]> {
  return (await localizedEntries('festivals', locale))
    .map((item) => dateFestival(item, day))
    .sort((a, b) => (a.next?.start ?? '9999').localeCompare(b.next?.start ?? '9999'));
}

export function calendarFestival({ item, thisAndNextYear }: DatedFestival): CalendarFestival {
  const { data } = item.entry;
  return {
    slug: item.slug,
    title: data.title,
    description: data.description,
    location: [data.place.name, data.place.address].filter(Boolean).join(', '),
    url: pageAbsoluteUrl(item.locale, entryPath('festivals', item.slug)),
    lat: data.place.coordinates.lat,
    lng: data.place.coordinates.lng,
    status: data.status,
    occurrences: thisAndNextYear,
  };
}

export const calendarHost = new URL(site.url).host;
