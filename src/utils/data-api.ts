/**
 * The static JSON files the provincial portal reads (`/<locale>/data/<name>.json`). Each format
 * is a zod schema: the builders' output is parsed with it at build time, the same schema is
 * published as JSON Schema at `/data/schema/<name>.json`, and the tests validate against it.
 * Raise `dataFormatVersion` when a field changes meaning or disappears; adding fields is allowed.
 */
import { z } from 'astro/zod';
import type { Locale } from '../config/locales.ts';
import { useTranslations } from '../i18n/createTranslator.ts';
import { entryPath, localizedEntries, type LocalizedEntry } from './content.ts';
import { dataEnvelope } from './feeds.ts';
import { datedFestivals } from './festivals.ts';
import { shareImageUrl } from './images.ts';
import { opportunitiesJson, opportunityRows } from './investment.ts';
import { pageAbsoluteUrl } from './paths.ts';
import { placesFor } from './places.ts';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('A calendar day, YYYY-MM-DD, in Vietnam (UTC+7)');
const common = {
  slug: z.string().describe('Identifier, the same in every language'),
  url: z.url().describe('The page on the site, in this locale'),
  title: z.string(),
  summary: z.string(),
  lang: z.string().describe('BCP 47 language of title and summary; differs from the file locale when no translation exists yet'),
  isFallback: z.boolean().describe('True when the text is another language because this locale has no translation yet'),
  image: z.url().nullable().describe('A 1200 px wide picture, or null'),
  sampleData: z.boolean().describe('True when figures or dates are sample values, not official ones'),
};

const festival = z.object({
  ...common,
  status: z.enum(['scheduled', 'postponed', 'cancelled', 'rescheduled']),
  calendar: z.enum(['gregorian', 'lunar']).describe('Whether the festival follows the Gregorian or the Vietnamese lunar calendar'),
  next: z.object({ start: day, end: day }).nullable().describe('The occurrence under way or the next one'),
  dates: z.array(z.object({ start: day, end: day })).describe('Occurrences this year and next year'),
  place: z.object({ name: z.string(), district: z.string(), districtLabel: z.string(), lat: z.number(), lng: z.number() }),
});

const product = z.object({
  ...common,
  category: z.string(),
  categoryLabel: z.string(),
  stars: z.union([z.literal(3), z.literal(4), z.literal(5)]).describe('OCOP rating'),
  producer: z.object({
    name: z.string(),
    district: z.string(),
    districtLabel: z.string(),
    phone: z.string(),
    email: z.string().nullable(),
    website: z.string().nullable(),
  }),
});

const place = z.object({
  id: z.string().describe('<collection>/<slug>'),
  kind: z.string(),
  title: z.string(),
  venue: z.string(),
  district: z.string().describe('District label in this locale'),
  lat: z.number(),
  lng: z.number(),
  url: z.url(),
  lang: z.string(),
});

const opportunity = z
  .object({ slug: z.string(), url: z.url(), title: z.string(), lang: z.string(), capitalVnd: z.number(), capitalUsd: z.number() })
  .catchall(z.unknown())
  .describe('One project; the other fields are the columns of the opportunities CSV');

const envelope = <T extends z.ZodType>(item: T) =>
  z.object({
    version: z.literal(1).describe('Format version; raised only for incompatible changes'),
    locale: z.string(),
    generated: day.describe('The day the site was built'),
    schema: z.url(),
    count: z.number().int(),
    items: z.array(item),
  });

export const dataFormats = {
  festivals: envelope(festival),
  products: envelope(product),
  opportunities: envelope(opportunity),
  places: envelope(place),
} as const;
export type DataName = keyof typeof dataFormats;
export const dataNames = Object.keys(dataFormats) as DataName[];

/** The fields every festival and product item starts with (`common` in the formats above). */
async function commonItem(collection: 'festivals' | 'products', item: LocalizedEntry<'festivals' | 'products'>) {
  const d = item.entry.data;
  return {
    slug: item.slug,
    url: pageAbsoluteUrl(item.locale, entryPath(collection, item.slug)),
    title: d.title,
    summary: d.description,
    lang: item.sourceTag,
    isFallback: item.isFallback,
    image: d.images[0] ? await shareImageUrl(d.images[0].src) : null,
    sampleData: d.sampleData,
  };
}

async function items(name: DataName, locale: Locale): Promise<unknown[]> {
  const t = useTranslations(locale);
  switch (name) {
    case 'festivals':
      return Promise.all(
        (await datedFestivals(locale)).map(async ({ item, next, thisAndNextYear }) => {
          const d = item.entry.data;
          return {
            ...(await commonItem('festivals', item)),
            status: d.status,
            calendar: d.dateRule.calendar,
            next: next ? { start: next.start, end: next.end } : null,
            dates: thisAndNextYear.map((o) => ({ start: o.start, end: o.end })),
            place: {
              name: d.place.name,
              district: d.place.district,
              districtLabel: t(`district.${d.place.district}`),
              lat: d.place.coordinates.lat,
              lng: d.place.coordinates.lng,
            },
          };
        }),
      );
    case 'products':
      return Promise.all(
        (await localizedEntries('products', locale)).map(async (item) => {
          const d = item.entry.data;
          return {
            ...(await commonItem('products', item)),
            category: d.category,
            categoryLabel: t(`category.${d.category}`),
            stars: d.stars,
            producer: {
              name: d.producer.name,
              district: d.producer.district,
              districtLabel: t(`district.${d.producer.district}`),
              phone: d.producer.phone,
              email: d.producer.email ?? null,
              website: d.producer.website ?? null,
            },
          };
        }),
      );
    case 'opportunities':
      return opportunitiesJson(locale, await opportunityRows(locale)).projects.map(({ absoluteUrl: url, ...row }) => ({ url, ...row }));
    case 'places':
      return (await placesFor(locale)).map((p) => ({
        id: p.id,
        kind: p.kind,
        title: p.title,
        venue: p.venue,
        district: p.district,
        lat: p.lat,
        lng: p.lng,
        url: p.absoluteUrl,
        lang: p.lang,
      }));
  }
}

/** One data file, checked against its published format before it is written. */
export async function dataFile(name: DataName, locale: Locale) {
  return dataFormats[name].parse(dataEnvelope(locale, name, await items(name, locale)));
}

export function dataSchema(name: DataName) {
  return z.toJSONSchema(dataFormats[name], { target: 'draft-2020-12' });
}
