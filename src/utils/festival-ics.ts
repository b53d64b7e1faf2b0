/**
 * iCalendar files for festivals. Events are all-day (VALUE=DATE), so every calendar app
 * shows them on the right days whatever its time zone; UIDs are derived from the festival
 * and its first day, so re-importing or re-subscribing updates events instead of duplicating them.
 */
import { createEvents, type EventAttributes } from 'ics';
import type { Occurrence } from './festival-calendar.ts';
import { addDays } from './festival-calendar.ts';

export interface CalendarFestival {
  slug: string;
  title: string;
  description: string;
  location: string;
  url: string;
  lat: number;
  lng: number;
  status: 'scheduled' | 'postponed' | 'cancelled' | 'rescheduled';
  occurrences: readonly Occurrence[];
}

const dateArray = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];

export function festivalUid(slug: string, start: string, host: string): string {
  return `${slug}-${start}@${host}`;
}

export function festivalEvents(festival: CalendarFestival, host: string): EventAttributes[] {
  return festival.occurrences.map((o) => ({
    uid: festivalUid(festival.slug, o.start, host),
    start: dateArray(o.start),
    // DTEND of an all-day event is exclusive: the day after the last day.
    end: dateArray(addDays(o.end, 1)),
    title: festival.title,
    description: `${festival.description}\n\n${festival.url}`,
    location: festival.location,
    geo: { lat: festival.lat, lon: festival.lng },
    url: festival.url,
    status: festival.status === 'cancelled' ? 'CANCELLED' : festival.status === 'scheduled' ? 'CONFIRMED' : 'TENTATIVE',
    transp: 'TRANSPARENT',
    categories: ['Festival'],
  }));
}

export function calendarFile(events: EventAttributes[], calName: string): string {
  const { error, value } = createEvents(events, { productId: '-//province-showcase//festivals//EN', method: 'PUBLISH', calName });
  if (error || value === null) throw error ?? new Error('Could not create the calendar file');
  return value;
}
