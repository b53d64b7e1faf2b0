/** Human-readable descriptions of festival date rules, in the reader's locale. */
import type { Translate } from '../i18n/createTranslator.ts';
import type { Locale } from '../config/locales.ts';
import { formatDate, formatDayMonth } from '../i18n/format.ts';

import type { DateRule, LunarDay, Occurrence } from './festival-calendar.ts';

export function describeDateRule(rule: DateRule, locale: Locale, t: Translate): string {
  if (rule.calendar === 'lunar') {
    const day = t(rule.leapMonth ? 'festival.lunarLeapDate' : 'festival.lunarDate', { day: rule.day, month: rule.month });
    return `${day} (${t('festival.duration', { count: rule.durationDays })}, ${t('festival.yearly')})`;
  }
  const format = rule.yearly ? formatDayMonth : formatDate;
  const start = format(locale, rule.start);
  const range = rule.end && rule.end !== rule.start ? t('festival.dateRange', { start, end: format(locale, rule.end) }) : start;
  return rule.yearly ? `${range} (${t('festival.yearly')})` : range;
}

/** A Vietnamese lunar date in words, e.g. "Day 10 of lunar month 3". */
export function formatLunarDay(lunar: LunarDay, t: Translate): string {
  return t(lunar.leap ? 'festival.lunarLeapDate' : 'festival.lunarDate', { day: lunar.day, month: lunar.month });
}

/** The days of one occurrence: a single date, or "start – end". */
export function formatOccurrence(locale: Locale, o: Pick<Occurrence, 'start' | 'end'>, t: Translate): string {
  return o.start === o.end ? formatDate(locale, o.start) : t('festival.dateRange', { start: formatDate(locale, o.start), end: formatDate(locale, o.end) });
}
