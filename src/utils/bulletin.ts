/**
 * The monthly digital bulletin: for one month and one locale, that month's news, the festivals
 * coming from the first of the month to the end of the next one, and the featured OCOP
 * products. One gathering serves its three forms: the page, the PDF printed from the page, and
 * the e-mail file (`bulletin-email.ts`).
 */
import type { Locale } from '../config/locales.ts';
import type { Translate } from '../i18n/createTranslator.ts';
import { formatDate } from '../i18n/format.ts';
import type { CollectionName } from '../model/collections.ts';
import { addDays, occurrencesBetween, today, type Occurrence } from './festival-calendar.ts';
import { formatLunarDay, formatOccurrence } from './festival-dates.ts';
import { byStarsThenTitle, entriesBySlug, entryPath, localizedEntries, sortedEntries, type LocalizedEntry } from './content.ts';
import { pageAbsoluteUrl, pageUrl } from './paths.ts';

export interface Bulletin {
  /** `YYYY-MM`. */
  month: string;
  locale: Locale;
  /** The month's news written in this locale, newest first. */
  news: Array<LocalizedEntry<'news'>>;
  /** How many of the month's items exist only in another language (linked, not reprinted). */
  untranslatedNews: number;
  /** Festivals in the window, by date, each with the occurrence that falls in it. */
  festivals: Array<{ item: LocalizedEntry<'festivals'>; occurrence: Occurrence }>;
  /** Featured products written in this locale (else the five-star ones), best rated first. */
  products: Array<LocalizedEntry<'products'>>;
  /** The festival window, `YYYY-MM-DD`. */
  window: { from: string; to: string };
}

/** The last day of the month after `month`. */
function endOfNextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const afterNext = m + 2 > 12 ? `${year + 1}-${String(m + 2 - 12).padStart(2, '0')}` : `${year}-${String(m + 2).padStart(2, '0')}`;
  return addDays(`${afterNext}-01`, -1);
}

/** Months that have a bulletin, newest first: every month with news, and the build day's month. */
export async function bulletinMonths(): Promise<string[]> {
  const months = new Set([today.slice(0, 7)]);
  for (const files of (await entriesBySlug('news')).values()) for (const entry of files.values()) months.add(entry.data.date.slice(0, 7));
  return [...months].filter((month) => month <= today.slice(0, 7)).sort((a, b) => b.localeCompare(a));
}

export async function bulletinFor(locale: Locale, month: string): Promise<Bulletin> {
  const inMonth = (await sortedEntries('news', locale)).filter((item) => item.entry.data.date.startsWith(month));
  const window = { from: `${month}-01`, to: endOfNextMonth(month) };
  const festivals = (await localizedEntries('festivals', locale))
    .filter((item) => !item.isFallback && item.entry.data.status !== 'cancelled')
    .flatMap((item) => occurrencesBetween(item.entry.data.dateRule, window.from, window.to).map((occurrence) => ({ item, occurrence })))
    .sort((a, b) => a.occurrence.start.localeCompare(b.occurrence.start));
  const products = (await localizedEntries('products', locale)).filter((item) => !item.isFallback).sort(byStarsThenTitle(locale));
  const featured = products.filter((item) => item.entry.data.featured);
  return {
    month,
    locale,
    news: inMonth.filter((item) => !item.isFallback),
    untranslatedNews: inMonth.filter((item) => item.isFallback).length,
    festivals,
    products: (featured.length ? featured : products.filter((item) => item.entry.data.stars === 5)).slice(0, 6),
    window,
  };
}

/** Locale-independent paths of a month's bulletin page and files. */
export const bulletinPath = (month: string) => `bulletin/${month}`;
export const bulletinEmailFile = (month: string) => `bulletin/${month}.email.html`;

/** One line of the bulletin, as the page and the e-mail both show it. */
export interface BulletinItem {
  title: string;
  /** The page's path on this site (base path included). */
  href: string;
  /** Its absolute address, for the e-mail and the PDF. */
  url: string;
  meta: string;
  text?: string | undefined;
}

export interface BulletinSection {
  id: 'news' | 'festivals' | 'products';
  heading: string;
  items: BulletinItem[];
  empty: string;
}

/** The bulletin's three sections in the reader's language. */
export function bulletinSections(bulletin: Bulletin, t: Translate): BulletinSection[] {
  const { locale } = bulletin;
  const link = (collection: CollectionName, slug: string) => ({
    href: pageUrl(locale, entryPath(collection, slug)),
    url: pageAbsoluteUrl(locale, entryPath(collection, slug)),
  });
  return [
    {
      id: 'news',
      heading: t('bulletin.news'),
      empty: t('bulletin.noNews'),
      items: bulletin.news.map(({ slug, entry: { data } }) => ({
        ...link('news', slug),
        title: data.title,
        meta: `${formatDate(locale, data.date)} · ${t(`newsCategory.${data.category}`)}`,
        text: data.description,
      })),
    },
    {
      id: 'festivals',
      heading: t('bulletin.festivals'),
      empty: t('bulletin.noFestivals'),
      items: bulletin.festivals.map(({ item: { slug, entry }, occurrence }) => ({
        ...link('festivals', slug),
        title: entry.data.title,
        meta: [
          formatOccurrence(locale, occurrence, t),
          entry.data.dateRule.calendar === 'lunar' ? formatLunarDay(occurrence.lunar, t) : undefined,
          entry.data.place.name,
        ]
          .filter(Boolean)
          .join(' · '),
        text: entry.data.description,
      })),
    },
    {
      id: 'products',
      heading: t('bulletin.products'),
      empty: t('bulletin.noProducts'),
      items: bulletin.products.map(({ slug, entry: { data } }) => ({
        ...link('products', slug),
        title: data.title,
        meta: `OCOP ${t('product.stars', { count: data.stars })} · ${t(`category.${data.category}`)}`,
        text: data.description,
      })),
    },
  ];
}
