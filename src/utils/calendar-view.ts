/** The festival calendar: occurrences of the next twelve months, grouped by month. */
import type { Locale } from '../config/locales.ts';
import { calendarWindow, occurrenceState, occurrencesBetween, type Occurrence, type OccurrenceState } from './festival-calendar.ts';
import { datedFestivals, today, type DatedFestival } from './festivals.ts';
import type { AreaId } from '../model/schemas/index.ts';

export interface CalendarItem {
  festival: DatedFestival;
  occurrence: Occurrence;
  state: OccurrenceState;
  area: AreaId;
}

export interface CalendarMonth {
  /** `YYYY-MM`. */
  month: string;
  items: CalendarItem[];
}

export async function calendarMonths(locale: Locale, day = today): Promise<CalendarMonth[]> {
  const { from, to } = calendarWindow(day);
  const items: CalendarItem[] = [];
  for (const festival of await datedFestivals(locale, day)) {
    for (const occurrence of occurrencesBetween(festival.item.entry.data.dateRule, from, to)) {
      items.push({ festival, occurrence, state: occurrenceState(occurrence, day), area: festival.item.entry.data.place.area });
    }
  }
  items.sort((a, b) => a.occurrence.start.localeCompare(b.occurrence.start));
  const months = new Map<string, CalendarItem[]>();
  for (const item of items) {
    // An event that began before the window is listed in the window's first month.
    const key = (item.occurrence.start < from ? from : item.occurrence.start).slice(0, 7);
    if (!months.has(key)) months.set(key, []);
    months.get(key)!.push(item);
  }
  return [...months].map(([month, list]) => ({ month, items: list }));
}
