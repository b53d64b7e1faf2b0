/** Locale-aware formatting of dates, numbers and money through `Intl`, in the province's time zone. */
import { getLocale, type Locale } from '../config/locales.ts';
import { site } from '../config/site.ts';
import type { Translate, UiKey } from './createTranslator.ts';

const tag = (locale: Locale) => getLocale(locale).tag;

/** Parses a `YYYY-MM-DD` string as a calendar day (noon UTC, so no time zone shifts the day). */
export function parseDay(value: string): Date {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 12));
}

export function formatDate(locale: Locale, date: Date | string, style: 'long' | 'medium' = 'long'): string {
  const value = typeof date === 'string' ? parseDay(date) : date;
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: style, timeZone: site.timeZone }).format(value);
}

/** A day and month without a year, for yearly events. */
export function formatDayMonth(locale: Locale, date: Date | string): string {
  const value = typeof date === 'string' ? parseDay(date) : date;
  return new Intl.DateTimeFormat(tag(locale), { day: 'numeric', month: 'long', timeZone: site.timeZone }).format(value);
}

export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(tag(locale), options).format(value);
}

export function formatCurrency(locale: Locale, value: number, currency: 'VND' | 'USD'): string {
  return new Intl.NumberFormat(tag(locale), {
    style: 'currency',
    currency,
    maximumFractionDigits: currency === 'VND' ? 0 : 2,
  }).format(value);
}

/** Large money amounts in compact form ("500 billion ₫", "5000亿₫"), for tables and cards. */
export function formatCompactCurrency(locale: Locale, value: number, currency: 'VND' | 'USD'): string {
  return new Intl.NumberFormat(tag(locale), {
    style: 'currency',
    currency,
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(value);
}

/** A month and year, e.g. "December 2026", "2026年12月", "декабрь 2026 г.". */
export function formatMonth(locale: Locale, yearMonth: string): string {
  return new Intl.DateTimeFormat(tag(locale), { month: 'long', year: 'numeric', timeZone: site.timeZone }).format(parseDay(`${yearMonth}-15`));
}

/**
 * A count string for every plural category of the locale, with `{n}` where the number goes,
 * so client-side code can say "3 products" correctly without shipping i18next.
 */
export function pluralTemplates(locale: Locale, t: Translate, key: UiKey, values: Record<string, string> = {}): Record<string, string> {
  const categories = new Intl.PluralRules(tag(locale)).resolvedOptions().pluralCategories;
  return Object.fromEntries(categories.map((c) => [c, t(`${key}_${c}` as UiKey, { ...values, count: 999999 }).replace('999999', '{n}')]));
}

/** An approximate dollar amount, whole dollars ("$18,975,332", "18 975 332 $"). */
export function formatUsdApprox(locale: Locale, value: number): string {
  return new Intl.NumberFormat(tag(locale), { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);
}

/** A file size in the locale's units ("1.2 MB", "1,2 МБ"). */
export function formatFileSize(locale: Locale, bytes: number): string {
  const [unit, size] = bytes >= 1_000_000 ? (['megabyte', bytes / 1_000_000] as const) : (['kilobyte', Math.max(1, Math.round(bytes / 1000))] as const);
  return new Intl.NumberFormat(tag(locale), { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(size);
}

/** A percentage from 0–100 ("85%", "85 %"). */
export function formatPercent(locale: Locale, value: number): string {
  return new Intl.NumberFormat(tag(locale), { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}

/** A clip's length in the locale's words ("1 min, 5 sec", "1 分 5 秒"). */
export function formatDuration(locale: Locale, totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return new Intl.DurationFormat(tag(locale), { style: 'short' }).format({ hours, minutes, seconds });
}

/**
 * The name of `language` in the reader's language, as a label ("English", "Tiếng Anh", "英語",
 * "Английский"): without the region, so Vietnamese is not "Vietnamese (Vietnam)", and starting
 * with a capital where the language has them.
 */
export function languageName(reader: Locale, language: Locale): string {
  const { language: code, script } = new Intl.Locale(tag(language));
  const name = new Intl.DisplayNames([tag(reader)], { type: 'language' }).of(script ? `${code}-${script}` : code) ?? code;
  return name.charAt(0).toLocaleUpperCase(tag(reader)) + name.slice(1);
}

/** A list in the locale's words and punctuation ("A, B, and C", "A、B和C", "A, B и C"). */
export function formatList(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(tag(locale), { type: 'conjunction' }).format(items);
}
