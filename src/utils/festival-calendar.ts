/**
 * Turns festival date rules into Gregorian dates. Lunar dates use the Vietnamese lunar
 * calendar (computed for UTC+7, which differs from the Chinese calendar in some years) from
 * @dqcai/vn-lunar, an implementation of Hồ Ngọc Đức's well-known algorithm.
 * All dates are calendar days as `YYYY-MM-DD` strings, so no time zone can shift them.
 */
import { getLunarDate, getSolarDate } from '@dqcai/vn-lunar';
import type { FestivalData } from '../model/schemas/index.ts';

export type DateRule = FestivalData['dateRule'];

export interface LunarDay {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

export interface Occurrence {
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day (inclusive), `YYYY-MM-DD`. */
  end: string;
  /** The Vietnamese lunar date of the first day, shown beside the Gregorian one. */
  lunar: LunarDay;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function parts(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** The Vietnamese lunar date of a Gregorian day. */
export function toLunar(iso: string): LunarDay {
  const [y, m, d] = parts(iso);
  const lunar = getLunarDate(d, m, y);
  return { day: lunar.day, month: lunar.month, year: lunar.year, leap: Boolean(lunar.leap) };
}

/**
 * The Gregorian day of a Vietnamese lunar date, or undefined when that date does not exist
 * that year (a leap month the year lacks, or day 30 of a 29-day month).
 */
export function fromLunar(day: number, month: number, lunarYear: number, leap = false): string | undefined {
  const solar = getSolarDate(day, month, lunarYear, leap);
  if (!solar || !solar.year) return undefined;
  const iso = isoDay(solar.year, solar.month, solar.day);
  const back = toLunar(iso);
  return back.day === day && back.month === month && back.year === lunarYear && back.leap === leap ? iso : undefined;
}

/** Every occurrence of a rule whose first day falls in Gregorian years `fromYear`–`toYear`. */
export function occurrences(rule: DateRule, fromYear: number, toYear: number): Occurrence[] {
  const found: Occurrence[] = [];
  if (rule.calendar === 'lunar') {
    // Lunar months 11 and 12 fall in the next Gregorian year, so look one lunar year back.
    for (let year = fromYear - 1; year <= toYear; year++) {
      // Day 30 does not exist in a short month; the festival then falls on the 29th.
      const start = fromLunar(rule.day, rule.month, year, rule.leapMonth) ?? (rule.day === 30 ? fromLunar(29, rule.month, year, rule.leapMonth) : undefined);
      if (!start) continue;
      const startYear = parts(start)[0];
      if (startYear < fromYear || startYear > toYear) continue;
      found.push({ start, end: addDays(start, rule.durationDays - 1), lunar: toLunar(start) });
    }
    return found;
  }
  const span = rule.end ? daysBetween(rule.start, rule.end) : 0;
  if (!rule.yearly) {
    const year = parts(rule.start)[0];
    return year >= fromYear && year <= toYear ? [{ start: rule.start, end: addDays(rule.start, span), lunar: toLunar(rule.start) }] : [];
  }
  const [, month, day] = parts(rule.start);
  for (let year = fromYear; year <= toYear; year++) {
    const start = isoDay(year, month, day);
    // 29 February only exists in leap years.
    if (parts(addDays(start, 0))[1] !== month) continue;
    found.push({ start, end: addDays(start, span), lunar: toLunar(start) });
  }
  return found;
}

/** Occurrences that overlap the window `from`–`to` (inclusive), in date order. */
export function occurrencesBetween(rule: DateRule, from: string, to: string): Occurrence[] {
  return occurrences(rule, parts(from)[0] - 1, parts(to)[0])
    .filter((o) => o.end >= from && o.start <= to)
    .sort((a, b) => a.start.localeCompare(b.start));
}

/** The occurrence that is under way on `today` or comes next. */
export function nextOccurrence(rule: DateRule, today: string): Occurrence | undefined {
  return occurrencesBetween(rule, today, addDays(today, 800))[0];
}

export type OccurrenceState = 'past' | 'ongoing' | 'upcoming';

export function occurrenceState(o: Occurrence, today: string): OccurrenceState {
  if (o.end < today) return 'past';
  return o.start <= today ? 'ongoing' : 'upcoming';
}

/**
 * The day the site is built for, `YYYY-MM-DD` in the province's time zone. `BUILD_DATE`
 * overrides it, so a build can be reproduced.
 */
export function buildDay(env: Record<string, string | undefined> = process.env, timeZone = 'Asia/Ho_Chi_Minh'): string {
  const fixed = env.BUILD_DATE;
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`BUILD_DATE must be YYYY-MM-DD, got "${fixed}"`);
    return fixed;
  }
  return new Date().toLocaleDateString('en-CA', { timeZone });
}

/** The build day: the "today" of every page, feed and calendar. */
export const today = buildDay();

/** The festival calendar's window: from the first day of `day`'s month, twelve months. */
export function calendarWindow(day: string): { from: string; to: string } {
  const from = `${day.slice(0, 7)}-01`;
  const [y, m] = parts(from);
  const to = addDays(isoDay(y + 1, m, 1), -1);
  return { from, to };
}
