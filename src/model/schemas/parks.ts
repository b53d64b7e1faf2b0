/** An industrial park or cluster: land, occupancy, infrastructure, rent and logistics. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { baseEntry, coordinates, investmentContact, place, text } from './fields.ts';
import { logisticsHubIds } from '../../config/province.ts';
import { investmentSectors, parkKinds, parkStatuses } from './vocabularies.ts';

export function parkSchema({ image }: SchemaContext) {
  return baseEntry(image).extend({
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
      /** Road distance to each logistics hub of src/config/province.ts, in km, one line per hub. */
      distances: z
        .array(
          z.object({
            /** The hub. */
            to: z.enum(logisticsHubIds),
            /** Road distance in km. */
            km: z.number().positive(),
          }),
        )
        .refine((list) => logisticsHubIds.every((hub) => list.filter((d) => d.to === hub).length === 1), {
          error: `must give the distance to each hub once: ${logisticsHubIds.join(', ')}`,
        }),
    }),
    /** Company that builds and runs the park's infrastructure, if any. */
    developer: text.optional(),
    /** Who to contact about land in the park. */
    contact: investmentContact,
  });
}

export type ParkData = z.output<ReturnType<typeof parkSchema>>;
