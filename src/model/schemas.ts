/**
 * Zod schemas for every content collection. They are plain factories over the `image()`
 * helper so that Astro (`src/content.config.ts`), the content validator (`scripts/validate-content.ts`)
 * and the tests all check entries with exactly the same rules.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';

type ImageHelper = SchemaContext['image'];

/** OCOP product categories, as named by the national OCOP programme. */
export const ocopCategories = ['food', 'beverages', 'herbal', 'textiles', 'souvenirs', 'tourism-services'] as const;
export type OcopCategory = (typeof ocopCategories)[number];

/** Kinds of support an incentive can give. */
export const supportTypes = ['land', 'tax', 'infrastructure', 'training', 'procedures', 'finance'] as const;
export type SupportType = (typeof supportTypes)[number];

/** Districts and cities of the demo province; another province edits this list. */
export const districts = [
  'cao-lanh-city',
  'sa-dec-city',
  'hong-ngu-city',
  'cao-lanh',
  'thap-muoi',
  'tam-nong',
  'thanh-binh',
  'tan-hong',
  'hong-ngu',
  'lap-vo',
  'lai-vung',
  'chau-thanh',
] as const;
export type District = (typeof districts)[number];

/** Economic sectors, shared by incentives, opportunities and industrial parks so they filter alike. */
export const investmentSectors = [
  'agriculture',
  'food-processing',
  'manufacturing',
  'industrial-infrastructure',
  'logistics',
  'tourism',
  'energy',
  'innovation',
] as const;
export type InvestmentSector = (typeof investmentSectors)[number];

/** Industrial parks (KCN) and the smaller district-run industrial clusters (CCN). */
export const parkKinds = ['industrial-park', 'industrial-cluster'] as const;
export const parkStatuses = ['operating', 'expanding', 'planned'] as const;
/** Data from other collections that a handbook chapter shows after its text. */
export const handbookIncludes = ['incentives', 'opportunities', 'parks', 'contacts'] as const;

export const producerTypes = ['cooperative', 'company', 'household'] as const;
export const investmentForms = ['ppp', 'fdi', 'joint-venture', 'domestic', 'any'] as const;
export const projectStatuses = ['calling', 'preparing', 'negotiating', 'awarded'] as const;

/** A calendar date written as a quoted `YYYY-MM-DD` string, checked to exist. */
export const isoDate = z
  .string({ error: 'must be a quoted date in the form "YYYY-MM-DD"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date in the form "YYYY-MM-DD"' })
  .refine(
    (value) => {
      const [y, m, d] = value.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    },
    { error: 'is not a real calendar date' },
  )
  .meta({ widget: 'date' });

const text = z.string().trim().min(1, { error: 'must not be empty' });
/**
 * `.meta({ i18n })` says whether a value is written once for every language (`shared`) or per
 * language (`translate`); without it, text is translated and everything else is shared. The
 * build and the CMS both follow it (see `field-policy.ts`).
 */
const shared = { i18n: 'shared' } as const;
const perLanguage = { i18n: 'translate' } as const;
const phone = z
  .string()
  .regex(/^\+?[0-9 ()-]{8,20}$/, { error: 'must be a phone number' })
  .meta(shared);

/** Who to call or write to about an investment project or a park. */
export const investmentContact = z.object({
  /** Office or person, in this locale. */
  name: text,
  /** Phone number in international format. */
  phone,
  /** Email address. */
  email: z.email().optional(),
});

/** A link to a document: a path under `public/` (starting with `/`) or an absolute https URL. */
const documentLink = z
  .string()
  .regex(/^(\/[^/]|https:\/\/)/, { error: 'must be a path under public/ starting with "/" or an https:// URL' })
  .meta(shared);

/** A web address: http or https only, so a link can never run script (`javascript:`) or carry a page (`data:`). */
const webAddress = z.url({ protocol: /^https?$/, error: 'must be a web address starting with https:// or http://' });

/** Latitude and longitude in decimal degrees (WGS 84). */
export const coordinates = z.object({
  /** Latitude, −90 to 90. */
  lat: z.number().min(-90).max(90),
  /** Longitude, −180 to 180. */
  lng: z.number().min(-180).max(180),
});

/** A place: its name, its district and a postal address. */
export const place = z.object({
  /** Name of the venue or site. */
  name: text,
  /** District or city the place belongs to. */
  district: z.enum(districts),
  /** Street address, as a visitor would give it to a taxi driver. */
  address: text.optional(),
});

/** An image with its text alternative; alt text is required in every locale. */
export function imageWithAlt(image: ImageHelper) {
  return z.object({
    /** Path to the image file, relative to the entry (for example `../../_media/lotus.jpg`). */
    src: image(),
    /** Text alternative describing the image for people who cannot see it. */
    alt: text,
    /** Optional credit line shown under the image. */
    credit: z.string().optional(),
  });
}

/** Fields shared by every collection. */
function base(image: ImageHelper) {
  return z.object({
    /** Page title in this locale. */
    title: text,
    /** One or two sentences used in lists, search results and the meta description. */
    description: text.max(300, { error: 'must be at most 300 characters' }),
    /** Images of the entry; the first is the hero and the share image. */
    images: z.array(imageWithAlt(image)).default([]),
    /** When the text of this file was last reviewed. */
    updated: isoDate.optional().meta(perLanguage),
    /** Hides the entry from the built site while it is being written. */
    draft: z.boolean().default(false).meta(perLanguage),
    /** Marks figures or dates invented for the demo, so the site badges them as sample data. */
    sampleData: z.boolean().default(false),
  });
}

/** A festival date fixed in the Gregorian calendar. */
const gregorianRule = z.object({
  /** Gregorian calendar. */
  calendar: z.literal('gregorian'),
  /** First day. */
  start: isoDate,
  /** Last day, if the festival lasts more than one day. */
  end: isoDate.optional(),
  /** Whether the festival recurs on the same day and month every year. */
  yearly: z.boolean().default(true),
});

/** A festival date in the Vietnamese lunar calendar. */
const lunarRule = z.object({
  /** Vietnamese lunar calendar (computed for UTC+7). */
  calendar: z.literal('lunar'),
  /** Lunar month, 1–12. */
  month: z.number().int().min(1).max(12),
  /** Lunar day, 1–30. */
  day: z.number().int().min(1).max(30),
  /** Whether the day is in the intercalary (leap) month. */
  leapMonth: z.boolean().default(false),
  /** Number of days the festival lasts. */
  durationDays: z.number().int().min(1).max(60).default(1),
});

export function festivalSchema({ image }: SchemaContext) {
  return base(image).extend({
    /** When the festival happens: a Gregorian date or range, or a lunar month and day. */
    dateRule: z.discriminatedUnion('calendar', [gregorianRule, lunarRule]),
    /** Where the festival takes place. */
    place: place.extend({ coordinates }),
    /** Who organises the festival. */
    organizer: text,
    /** Main events of the programme, in order. */
    highlights: z.array(text).default([]),
    /** The programme, item by item: when (a day or time, as text) and what happens. */
    programme: z.array(z.object({ when: text, what: text })).default([]),
    /** Practical tips for visitors: transport, clothing, tickets, crowds. */
    tips: z.array(text).default([]),
    /** Whether the festival goes ahead as planned (schema.org eventStatus). */
    status: z.enum(['scheduled', 'postponed', 'cancelled', 'rescheduled']).default('scheduled'),
  });
}

export function destinationSchema({ image }: SchemaContext) {
  return base(image).extend({
    /** Where the destination is. */
    place,
    /** Map position of the destination. */
    coordinates,
    /** What a visitor needs to know before going. */
    practical: z.object({
      /** How to get there from the nearest city. */
      gettingThere: text,
      /** When to visit. */
      bestSeason: text,
      /** Opening hours. */
      openingHours: text,
      /** Ticket prices, or a note that entry is free. */
      tickets: text,
    }),
  });
}

export function productSchema({ image }: SchemaContext) {
  return base(image).extend({
    /** OCOP category. */
    category: z.enum(ocopCategories),
    /** OCOP star rating awarded by the province (3, 4) or the nation (5). */
    stars: z.union([z.literal(3), z.literal(4), z.literal(5)], { error: 'must be 3, 4 or 5' }),
    /** The decision that certified the rating. */
    certification: z.object({
      /** Number of the certification decision, e.g. "1234/QĐ-UBND". */
      decision: text.meta(shared),
      /** Year the rating was granted. */
      year: z.number().int().min(2018).max(2100),
    }),
    /** Who makes the product and how to reach them. */
    producer: z.object({
      /** Name of the cooperative, company or household business. */
      name: text,
      /** Kind of producer. */
      type: z.enum(producerTypes),
      /** District the producer is in. */
      district: z.enum(districts),
      /** Street address. */
      address: text,
      /** Phone number in international format. */
      phone,
      /** Email address. */
      email: z.email().optional(),
      /** Website or shop page. */
      website: webAddress.optional(),
      /** Zalo phone number or Zalo ID, for a "chat on Zalo" link. */
      zalo: z
        .string()
        .regex(/^[0-9A-Za-z._-]{6,40}$/, { error: 'must be a Zalo phone number or ID' })
        .meta(shared)
        .optional(),
    }),
    /** Where to buy: shops, markets and online stores. */
    whereToBuy: z
      .array(
        z.object({
          /** Name of the shop, market or online store. */
          name: text,
          /** Kind of outlet. */
          kind: z.enum(['producer', 'shop', 'market', 'online']),
          /** Link to the online store or the shop's page. */
          url: webAddress.optional(),
          /** Address or directions for a physical outlet. */
          address: z.string().optional(),
        }),
      )
      .default([]),
    /** When the product is available or at its best. */
    seasonality: text.optional(),
    /** How the product is packed and in what sizes. */
    packaging: text.optional(),
    /** How long it keeps, and how to store it. */
    shelfLife: text.optional(),
  });
}

export function incentiveSchema({ image }: SchemaContext) {
  return base(image).extend({
    /** The legal document that creates the incentive. */
    legalReference: z.object({
      /** Document number, e.g. "296/2019/NQ-HĐND". */
      number: text.meta(shared),
      /** Date the document was issued. */
      date: isoDate,
      /** Body that issued it, in this locale. */
      issuer: text,
    }),
    /** Sectors the incentive applies to, for filtering. */
    sectors: z.array(z.enum(investmentSectors)).min(1),
    /** The sectors and areas covered, in words (for example "industrial clusters in every district"). */
    coverage: z.array(text).min(1),
    /** Who can apply. */
    eligibility: z.array(text).min(1),
    /** What support is given, by type. */
    support: z
      .array(
        z.object({
          /** Kind of support. */
          type: z.enum(supportTypes),
          /** What exactly is given. */
          detail: text,
        }),
      )
      .min(1),
    /** How to apply, step by step. */
    howToApply: z.array(text).min(1),
    /** Link to the original document: a file under `public/` (e.g. `/documents/296-2019.pdf`) or an https URL. */
    documentUrl: documentLink.optional(),
  });
}

export function opportunitySchema({ image }: SchemaContext) {
  return base(image).extend({
    /** Economic sector of the project. */
    sector: z.enum(investmentSectors),
    /** Where the project is. */
    location: place.extend({ coordinates }),
    /** Land area in hectares. */
    areaHa: z.number().positive(),
    /** Estimated total investment in Vietnamese dong. */
    capitalVnd: z.number().int().positive(),
    /** Form of investment sought. */
    form: z.enum(investmentForms),
    /** Where the project stands. */
    status: z.enum(projectStatuses),
    /** Who to contact about the project. */
    contact: investmentContact,
  });
}

export function parkSchema({ image }: SchemaContext) {
  return base(image).extend({
    /** Industrial park (KCN) or industrial cluster (CCN). */
    kind: z.enum(parkKinds),
    /** Whether the park is operating, being extended or only planned. */
    status: z.enum(parkStatuses),
    /** Where the park is. */
    location: place.extend({ coordinates }),
    /** Total planned area in hectares. */
    areaHa: z.number().positive(),
    /** Share of the leasable industrial land already taken, in per cent. */
    occupancyPercent: z.number().min(0).max(100),
    /** Sectors the park is meant for. */
    sectors: z.array(z.enum(investmentSectors)).min(1),
    /** Infrastructure in place or committed: power, water, wastewater treatment, roads. */
    infrastructure: z.array(text).min(1),
    /** Land rent, where it is known. */
    landRent: z
      .object({
        /** Rent in Vietnamese dong per square metre. */
        amountVnd: z.number().int().positive(),
        /** Whether the amount is per year or for the whole lease term. */
        per: z.enum(['year', 'term']),
        /** Conditions, in this locale (what is included, until when the price holds). */
        note: text.optional(),
      })
      .optional(),
    /** How goods get in and out. */
    logistics: z.object({
      /** Roads and expressways serving the park. */
      roads: z.array(text).min(1),
      /** River ports within reach. */
      riverPorts: z.array(text).default([]),
      /** Road distance to Ho Chi Minh City, in km. */
      distanceHcmcKm: z.number().positive(),
      /** Road distance to Cần Thơ, in km. */
      distanceCanThoKm: z.number().positive(),
    }),
    /** Company that builds and runs the park's infrastructure, if any. */
    developer: text.optional(),
    /** Who to contact about land in the park. */
    contact: investmentContact,
  });
}

export function handbookSchema({ image }: SchemaContext) {
  return base(image).extend({
    /** Position of the chapter in the handbook, from 1. */
    order: z.number().int().min(1),
    /** Data shown after the chapter text, taken from the other collections so no figure is written twice. */
    includes: z.array(z.enum(handbookIncludes)).default([]),
  });
}

export function pageSchema({ image }: SchemaContext) {
  return base(image).extend({
    /** Whether the page is linked from the footer. */
    inFooter: z.boolean().default(true),
    /** Shows the publisher's contact details (address, phone, email) under the text. */
    showContact: z.boolean().default(false),
  });
}

/** Every collection, its schema and the URL section its pages live under. */
export const collections = {
  festivals: { schema: festivalSchema, section: 'festivals' },
  destinations: { schema: destinationSchema, section: 'destinations' },
  products: { schema: productSchema, section: 'products' },
  incentives: { schema: incentiveSchema, section: 'invest/incentives' },
  opportunities: { schema: opportunitySchema, section: 'invest/opportunities' },
  parks: { schema: parkSchema, section: 'invest/parks' },
  handbook: { schema: handbookSchema, section: 'invest/handbook' },
  pages: { schema: pageSchema, section: '' },
} as const;

export type CollectionName = keyof typeof collections;

/** Collections of the investment section, whose pages all carry the investment contact card. */
export const investmentCollections: readonly CollectionName[] = ['incentives', 'opportunities', 'parks', 'handbook'];
export const collectionNames = Object.keys(collections) as CollectionName[];

export type FestivalData = z.output<ReturnType<typeof festivalSchema>>;
export type DestinationData = z.output<ReturnType<typeof destinationSchema>>;
export type ProductData = z.output<ReturnType<typeof productSchema>>;
export type IncentiveData = z.output<ReturnType<typeof incentiveSchema>>;
export type OpportunityData = z.output<ReturnType<typeof opportunitySchema>>;
export type ParkData = z.output<ReturnType<typeof parkSchema>>;
export type HandbookData = z.output<ReturnType<typeof handbookSchema>>;
export type PageData = z.output<ReturnType<typeof pageSchema>>;
