/** An OCOP-certified product, its producer and where to buy it. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { baseEntry, phone, shared, text, webAddress } from './fields.ts';
import { areaIds, ocopCategories, outletKinds, producerTypes } from './vocabularies.ts';

export function productSchema({ image }: SchemaContext) {
  return baseEntry(image).extend({
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
      /** Commune or ward the producer is in. */
      area: z.enum(areaIds),
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
          kind: z.enum(outletKinds),
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
    /** Puts the product in the monthly bulletin and on the press page among the featured products. */
    featured: z.boolean().default(false),
  });
}

export type ProductData = z.output<ReturnType<typeof productSchema>>;
