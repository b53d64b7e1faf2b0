/** Human-readable descriptions of festival date rules, in the reader's locale. */
import type { TFunction } from 'i18next';
import type { Locale } from '../config/locales.ts';
import type { FestivalData } from '../content/schemas.ts';
import { formatDate, formatDayMonth } from '../i18n/format.ts';

export type DateRule = FestivalData['dateRule'];

export function describeDateRule(rule: DateRule, locale: Locale, t: TFunction): string {
  if (rule.calendar === 'lunar') {
    const day = t(rule.leapMonth ? 'festival.lunarLeapDate' : 'festival.lunarDate', { day: rule.day, month: rule.month });
    return `${day} (${t('festival.duration', { count: rule.durationDays })}, ${t('festival.yearly')})`;
  }
  const format = rule.yearly ? formatDayMonth : formatDate;
  const start = format(locale, rule.start);
  const range = rule.end && rule.end !== rule.start ? t('festival.dateRange', { start, end: format(locale, rule.end) }) : start;
  return rule.yearly ? `${range} (${t('festival.yearly')})` : range;
}

/** A sort key: month and day of the festival's (first) date in its own calendar. */
export function dateRuleSortKey(rule: DateRule): number {
  if (rule.calendar === 'lunar') return rule.month * 100 + rule.day;
  const [, m, d] = rule.start.split('-').map(Number) as [number, number, number];
  return m * 100 + d;
}

/** Orders festivals through the year by the month and day of their date rule. */
export function byFestivalDate(a: { entry: { data: { dateRule: DateRule } } }, b: { entry: { data: { dateRule: DateRule } } }): number {
  return dateRuleSortKey(a.entry.data.dateRule) - dateRuleSortKey(b.entry.data.dateRule);
}
