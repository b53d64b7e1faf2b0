/**
 * The static JSON files the provincial portal reads (`/<locale>/data/<name>.json`), built for one
 * locale and parsed with their format (`data-formats.ts`) before they are written.
 */
import { areaLabel, formerDistrictName } from './areas.ts';
import { z } from 'astro/zod';
import type { Locale } from '../config/locales.ts';
import { useTranslations } from '../i18n/createTranslator.ts';
import { entryPath, localizedEntries, sortedEntries, type LocalizedEntry } from './content.ts';
import { correctionsOf } from './news.ts';
import { dataEnvelope } from './feeds.ts';
import { datedFestivals } from './festivals.ts';
import { shareImageUrl } from './images.ts';
import { opportunitiesJson, opportunityRows } from './investment.ts';
import { pageAbsoluteUrl } from './paths.ts';
import { placesFor } from './places.ts';

import { dataFormats, type DataName } from './data-formats.ts';

export { dataFormats, dataNames, type DataName } from './data-formats.ts';

/** The fields every festival and product item starts with (`common` in the formats above). */
async function commonItem(collection: 'festivals' | 'products' | 'news', item: LocalizedEntry<'festivals' | 'products' | 'news'>) {
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
              area: d.place.area,
              areaLabel: areaLabel(d.place.area, locale, t),
              formerDistrict: formerDistrictName(d.place.area, locale),
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
              area: d.producer.area,
              areaLabel: areaLabel(d.producer.area, locale, t),
              formerDistrict: formerDistrictName(d.producer.area, locale),
              phone: d.producer.phone,
              email: d.producer.email ?? null,
              website: d.producer.website ?? null,
            },
          };
        }),
      );
    case 'news': {
      const all = await sortedEntries('news', locale);
      return Promise.all(
        all.map(async (item) => {
          const d = item.entry.data;
          return {
            ...(await commonItem('news', item)),
            date: d.date,
            category: d.category,
            categoryLabel: t(`newsCategory.${d.category}`),
            tags: d.tags,
            related: d.related,
            corrects: d.corrects ?? null,
            correctedBy: correctionsOf(item.slug, all).map((c) => c.slug),
            spokesperson: d.spokesperson,
          };
        }),
      );
    }
    case 'opportunities':
      return opportunitiesJson(locale, await opportunityRows(locale)).projects.map(({ absoluteUrl: url, ...row }) => ({ url, ...row }));
    case 'places':
      return (await placesFor(locale)).map((p) => ({
        id: p.id,
        kind: p.kind,
        title: p.title,
        venue: p.venue,
        areaLabel: p.areaLabel,
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
