/** A festival: when (Gregorian or lunar), where, who organises it, its programme and tips. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { baseEntry, coordinates, isoDate, place, text } from './fields.ts';
import { eventStatuses } from './vocabularies.ts';

/** A festival date fixed in the Gregorian calendar. */
const gregorianRule = z.object({
  /** Gregorian calendar. */
  calendar: z.literal('gregorian'),
  /** First day. */
  start: isoDate,
  /** Last day, if the festival lasts more than one day. */
  end: isoDate.optional(),
  /** Whether the festival recurs on the same day and month every year. */
  yearly: z.boolean().default(true),
});

/** A festival date in the Vietnamese lunar calendar. */
const lunarRule = z.object({
  /** Vietnamese lunar calendar (computed for UTC+7). */
  calendar: z.literal('lunar'),
  /** Lunar month, 1–12. */
  month: z.number().int().min(1).max(12),
  /** Lunar day, 1–30. */
  day: z.number().int().min(1).max(30),
  /** Whether the day is in the intercalary (leap) month. */
  leapMonth: z.boolean().default(false),
  /** Number of days the festival lasts. */
  durationDays: z.number().int().min(1).max(60).default(1),
});

export function festivalSchema({ image }: SchemaContext) {
  return baseEntry(image).extend({
    /** When the festival happens: a Gregorian date or range, or a lunar month and day. */
    dateRule: z.discriminatedUnion('calendar', [gregorianRule, lunarRule]),
    /** Where the festival takes place. */
    place: place.extend({ coordinates }),
    /** Who organises the festival. */
    organizer: text,
    /** Main events of the programme, in order. */
    highlights: z.array(text).default([]),
    /** The programme, item by item: when (a day or time, as text) and what happens. */
    programme: z.array(z.object({ when: text, what: text })).default([]),
    /** Practical tips for visitors: transport, clothing, tickets, crowds. */
    tips: z.array(text).default([]),
    /** Whether the festival goes ahead as planned (schema.org eventStatus). */
    status: z.enum(eventStatuses).default('scheduled'),
  });
}

export type FestivalData = z.output<ReturnType<typeof festivalSchema>>;
