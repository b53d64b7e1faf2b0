/**
 * The collection registry: every kind of content is declared here once, and everything that
 * lists collections derives from it: Astro's collections (`src/content.config.ts`), search types
 * and headings, feeds, summary lines, budget templates, the sitemap filter, translation status,
 * the CMS configuration and the data API. `tests/unit/collections.test.ts` walks it and names any
 * piece a new collection still lacks (a template, CMS labels, UI strings).
 *
 * Node runs this file directly (validator, CMS config, scripts), so it imports nothing that only
 * Astro can resolve.
 */
import { areaLabel } from '../utils/areas.ts';
import type { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import type { Locale } from '../config/locales.ts';
import type { Translate, UiKey } from '../i18n/createTranslator.ts';
import { formatCompactCurrency, formatDate, formatNumber } from '../i18n/format.ts';
import { nextOccurrence } from '../utils/festival-calendar.ts';
import { describeDateRule, formatLunarDay } from '../utils/festival-dates.ts';
import { occupancyText } from '../utils/parks.ts';
import { destinationSchema } from './schemas/destinations.ts';
import { festivalSchema } from './schemas/festivals.ts';
import { handbookSchema } from './schemas/handbook.ts';
import { infographicSchema } from './schemas/infographics.ts';
import { incentiveSchema } from './schemas/incentives.ts';
import { newsSchema } from './schemas/news.ts';
import { opportunitySchema } from './schemas/opportunities.ts';
import { pageSchema } from './schemas/pages.ts';
import { parkSchema } from './schemas/parks.ts';
import { productSchema } from './schemas/products.ts';

/** What a summary line may use besides the entry's data. */
export interface SummaryContext {
  locale: Locale;
  t: Translate;
  /** The build day, `YYYY-MM-DD`, for "next date" summaries. */
  today: string;
}

/** A hub page that lists entries of the collection. */
export type Hub = 'home' | 'tourism' | 'invest' | 'media' | 'search';

/** One collection, declared once. */
export interface CollectionDescriptor<Schema extends SchemaFactory = SchemaFactory, Type extends string = string> {
  /** URL section its entry pages live under (`invest/parks`), or '' for top-level pages. */
  section: string;
  /** The zod schema of an entry, a factory over Astro's `image()` helper. */
  schema: Schema;
  /** Value of the search index's `type` filter for its pages; its label is the UI string `searchType.<type>`. */
  searchType: Type;
  /** UI string naming the collection, as a heading in the search page's index and in lists. */
  titleKey: UiKey;
  /** Order of its lists: by title, by chapter number, by the next date, or newest `date` first. */
  sort: 'title' | 'order' | 'next-date' | 'newest';
  /** The one-line summary under an entry's title in lists and cards; none for plain pages. */
  summary?: (data: z.output<ReturnType<Schema>>, context: SummaryContext) => string;
  /** Whether the feeds list its entries, and by which date: the next occurrence, the day it was reviewed, or its `date` of publication. */
  feed: 'next-occurrence' | 'updated' | 'published' | false;
  /** schema.org type of the JSON-LD on its entry pages, if it has one. */
  jsonLdType?: string;
  /** Where its entries appear besides their own pages. */
  appearsIn: {
    /** Hub pages that list or highlight them. */
    hubs: readonly Hub[];
    /** An embeddable widget at `/<locale>/embed/<collection>/`, offered in the widget builder. */
    widget: boolean;
    /** A slide on the kiosk screen. */
    kiosk: boolean;
    /** A data file at `/<locale>/data/<collection>.json`, with a JSON Schema. */
    dataApi: boolean;
  };
}

/** A collection's schema: a factory over Astro's `image()` helper. */
type SchemaFactory = (context: SchemaContext) => z.ZodType;

/** Declares a collection, its summary typed by its own schema and its search type kept as a literal. */
function collection<Schema extends SchemaFactory, Type extends string>(descriptor: CollectionDescriptor<Schema, Type>): CollectionDescriptor<Schema, Type> {
  return descriptor;
}

export const collections = {
  festivals: collection({
    section: 'festivals',
    schema: festivalSchema,
    searchType: 'festival',
    titleKey: 'festivals.title',
    sort: 'next-date',
    summary: (data, { locale, t, today }) => {
      const next = nextOccurrence(data.dateRule, today);
      const when = next ? formatDate(locale, next.start) : describeDateRule(data.dateRule, locale, t);
      const lunar = next && formatLunarDay(next.lunar, t);
      return [when, lunar, areaLabel(data.place.area, locale, t)].filter(Boolean).join(' · ');
    },
    feed: 'next-occurrence',
    jsonLdType: 'Festival',
    appearsIn: { hubs: ['home', 'tourism', 'search'], widget: true, kiosk: true, dataApi: true },
  }),
  destinations: collection({
    section: 'destinations',
    schema: destinationSchema,
    searchType: 'destination',
    titleKey: 'destinations.title',
    sort: 'title',
    summary: (data, { locale, t }) => areaLabel(data.place.area, locale, t),
    feed: 'updated',
    jsonLdType: 'TouristAttraction',
    appearsIn: { hubs: ['home', 'tourism', 'search'], widget: false, kiosk: false, dataApi: false },
  }),
  products: collection({
    section: 'products',
    schema: productSchema,
    searchType: 'product',
    titleKey: 'products.title',
    sort: 'title',
    summary: (data, { locale, t }) =>
      [t(`category.${data.category}`), t('product.stars', { count: data.stars }), areaLabel(data.producer.area, locale, t)].join(' · '),
    feed: 'updated',
    jsonLdType: 'Product',
    appearsIn: { hubs: ['home', 'search'], widget: true, kiosk: true, dataApi: true },
  }),
  incentives: collection({
    section: 'invest/incentives',
    schema: incentiveSchema,
    searchType: 'incentive',
    titleKey: 'incentives.title',
    sort: 'title',
    summary: (data, { t }) => `${data.legalReference.number} · ${[...new Set(data.support.map((s) => t(`support.${s.type}`)))].join(', ')}`,
    feed: 'updated',
    appearsIn: { hubs: ['invest', 'search'], widget: false, kiosk: false, dataApi: false },
  }),
  opportunities: collection({
    section: 'invest/opportunities',
    schema: opportunitySchema,
    searchType: 'opportunity',
    titleKey: 'opportunities.title',
    sort: 'title',
    summary: (data, { locale, t }) =>
      [
        t(`sector.${data.sector}`),
        areaLabel(data.location.area, locale, t),
        t('opportunity.areaValue', { value: formatNumber(locale, data.areaHa) }),
        formatCompactCurrency(locale, data.capitalVnd, 'VND'),
        t(`status.${data.status}`),
      ].join(' · '),
    feed: 'updated',
    jsonLdType: 'Place',
    appearsIn: { hubs: ['home', 'invest', 'search'], widget: true, kiosk: false, dataApi: true },
  }),
  parks: collection({
    section: 'invest/parks',
    schema: parkSchema,
    searchType: 'park',
    titleKey: 'parks.title',
    sort: 'title',
    summary: (data, { locale, t }) =>
      [
        t(`parkKind.${data.kind}`),
        areaLabel(data.location.area, locale, t),
        t('opportunity.areaValue', { value: formatNumber(locale, data.areaHa) }),
        occupancyText(locale, t, data.occupancyPercent),
      ].join(' · '),
    feed: 'updated',
    jsonLdType: 'Place',
    appearsIn: { hubs: ['invest', 'search'], widget: false, kiosk: false, dataApi: false },
  }),
  handbook: collection({
    section: 'invest/handbook',
    schema: handbookSchema,
    searchType: 'handbook',
    titleKey: 'handbook.title',
    sort: 'order',
    summary: (data, { t }) => t('handbook.chapter', { number: data.order }),
    feed: 'updated',
    appearsIn: { hubs: ['invest', 'search'], widget: false, kiosk: false, dataApi: false },
  }),
  news: collection({
    section: 'news',
    schema: newsSchema,
    searchType: 'news',
    titleKey: 'news.title',
    sort: 'newest',
    summary: (data, { locale, t }) => [formatDate(locale, data.date), t(`newsCategory.${data.category}`)].join(' · '),
    feed: 'published',
    jsonLdType: 'NewsArticle',
    appearsIn: { hubs: ['home', 'media', 'search'], widget: true, kiosk: true, dataApi: true },
  }),
  infographics: collection({
    section: 'media/infographics',
    schema: infographicSchema,
    searchType: 'infographic',
    titleKey: 'infographics.title',
    sort: 'newest',
    summary: (data, { locale, t }) => [formatDate(locale, data.date), t('infographic.figureCount', { count: data.figures.length })].join(' · '),
    feed: 'published',
    jsonLdType: 'ImageObject',
    appearsIn: { hubs: ['media', 'search'], widget: false, kiosk: true, dataApi: false },
  }),
  pages: collection({
    section: '',
    schema: pageSchema,
    searchType: 'page',
    titleKey: 'pages.title',
    sort: 'title',
    feed: false,
    appearsIn: { hubs: ['search'], widget: false, kiosk: false, dataApi: false },
  }),
};

export type CollectionName = keyof typeof collections;
/** The collections in the order they are declared, which is the order staff and readers see them in. */
export const collectionNames = Object.keys(collections) as CollectionName[];

/** A collection's pages carry the investment contact card when the investment hub lists it. */
export const investmentCollections: readonly CollectionName[] = collectionNames.filter((name) => collections[name].appearsIn.hubs.includes('invest'));

/** The search index's `type` values, one per collection. */
export type SearchType = (typeof collections)[CollectionName]['searchType'];
export const searchTypes = collectionNames.map((name) => collections[name].searchType) as SearchType[];
