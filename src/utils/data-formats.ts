/**
 * The formats of the static JSON files the provincial portal reads (`/<locale>/data/<name>.json`):
 * one per collection the registry marks with `appearsIn.dataApi`, and the places. Each is a zod
 * schema: the builders in `data-api.ts` parse their output with it, the same schema is published
 * as JSON Schema at `/data/schema/<name>.json`, and the tests validate against it. Kept apart from
 * the builders so that Node (tests, scripts) can read the formats without Astro.
 * Raise `dataFormatVersion` when a field changes meaning or disappears; adding fields is allowed.
 */
import { z } from 'astro/zod';

/** Version of the data files' format; raised when a field changes meaning or disappears. 2: `district` became `area` (communes and wards since July 2025). */
export const dataFormatVersion = 2;

const areaId = z.string().describe('The commune or ward (since July 2025), an id of the site configuration (src/config/areas.ts)');
const areaLabel = z.string().describe('The commune or ward, in this locale');
const formerDistrict = z.string().describe('The district it belonged to until June 2025, in this locale, as older documents name it');

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
  place: z.object({ name: z.string(), area: areaId, areaLabel: areaLabel, formerDistrict: formerDistrict, lat: z.number(), lng: z.number() }),
});

const product = z.object({
  ...common,
  category: z.string(),
  categoryLabel: z.string(),
  stars: z.union([z.literal(3), z.literal(4), z.literal(5)]).describe('OCOP rating'),
  producer: z.object({
    name: z.string(),
    area: areaId,
    areaLabel: areaLabel,
    formerDistrict: formerDistrict,
    phone: z.string(),
    email: z.string().nullable(),
    website: z.string().nullable(),
  }),
});

const news = z.object({
  ...common,
  date: day.describe('The day the item was published'),
  category: z.enum(['press-release', 'announcement', 'event-report', 'correction']),
  categoryLabel: z.string(),
  tags: z.array(z.string()).describe('Keywords, in the language of the text'),
  related: z
    .object({ festivals: z.array(z.string()), products: z.array(z.string()), opportunities: z.array(z.string()) })
    .describe('Slugs of the festivals, products and opportunities the item is about (their data files carry the same slugs)'),
  corrects: z.string().nullable().describe('For a correction: the slug of the item it corrects'),
  correctedBy: z.array(z.string()).describe('Slugs of the corrections of this item, newest first'),
  spokesperson: z.object({ name: z.string(), role: z.string(), phone: z.string(), email: z.string() }),
});

const place = z.object({
  id: z.string().describe('<collection>/<slug>'),
  kind: z.string(),
  title: z.string(),
  venue: z.string(),
  areaLabel: areaLabel,
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
    version: z.literal(dataFormatVersion).describe('Format version; raised only for incompatible changes (2: districts became communes and wards, July 2025)'),
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
  news: envelope(news),
  places: envelope(place),
} as const;
export type DataName = keyof typeof dataFormats;
export const dataNames = Object.keys(dataFormats) as DataName[];
