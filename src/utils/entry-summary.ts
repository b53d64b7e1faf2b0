/** The one-line summary under an entry's title in lists and cards, per collection. */
import type { Translate } from '../i18n/createTranslator.ts';
import type { CollectionName } from '../model/schemas.ts';
import { formatCompactCurrency, formatDate, formatNumber } from '../i18n/format.ts';
import { nextOccurrence } from './festival-calendar.ts';
import { today } from './festivals.ts';
import type { LocalizedEntry } from './content.ts';
import { describeDateRule, formatLunarDay } from './festival-dates.ts';
import { occupancyText } from './parks.ts';
import { foldForSearch } from './text.ts';

export function entrySummary(item: LocalizedEntry<CollectionName>, t: Translate): string | undefined {
  const { entry, locale } = item;
  switch (entry.collection) {
    case 'festivals': {
      const next = nextOccurrence(entry.data.dateRule, today);
      const when = next ? formatDate(locale, next.start) : describeDateRule(entry.data.dateRule, locale, t);
      const lunar = next && formatLunarDay(next.lunar, t);
      return [when, lunar, t(`district.${entry.data.place.district}`)].filter(Boolean).join(' · ');
    }
    case 'destinations':
      return t(`district.${entry.data.place.district}`);
    case 'products':
      return [t(`category.${entry.data.category}`), t('product.stars', { count: entry.data.stars }), t(`district.${entry.data.producer.district}`)].join(' · ');
    case 'incentives':
      return `${entry.data.legalReference.number} · ${[...new Set(entry.data.support.map((s) => t(`support.${s.type}`)))].join(', ')}`;
    case 'opportunities':
      return [
        t(`sector.${entry.data.sector}`),
        t(`district.${entry.data.location.district}`),
        t('opportunity.areaValue', { value: formatNumber(locale, entry.data.areaHa) }),
        formatCompactCurrency(locale, entry.data.capitalVnd, 'VND'),
        t(`status.${entry.data.status}`),
      ].join(' · ');
    case 'parks':
      return [
        t(`parkKind.${entry.data.kind}`),
        t(`district.${entry.data.location.district}`),
        t('opportunity.areaValue', { value: formatNumber(locale, entry.data.areaHa) }),
        occupancyText(locale, t, entry.data.occupancyPercent),
      ].join(' · ');
    case 'handbook':
      return t('handbook.chapter', { number: entry.data.order });
    default:
      return undefined;
  }
}

/** `data-*` attributes that let a list filter its cards in the browser. */
export function entryFilterData(item: LocalizedEntry<CollectionName>): Record<string, string> {
  const { entry } = item;
  if (entry.collection !== 'products') return {};
  const { data } = entry;
  return {
    'data-category': data.category,
    'data-stars': String(data.stars),
    'data-district': data.producer.district,
    'data-search': foldForSearch([data.title, data.description, data.producer.name, item.slug.replace(/-/g, ' ')].join(' ')),
  };
}
