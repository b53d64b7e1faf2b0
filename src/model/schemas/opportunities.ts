/** An investment project the province calls investors for. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { baseEntry, coordinates, investmentContact, place } from './fields.ts';
import { investmentSectors, investmentForms, projectStatuses } from './vocabularies.ts';

export function opportunitySchema({ image }: SchemaContext) {
  return baseEntry(image).extend({
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

export type OpportunityData = z.output<ReturnType<typeof opportunitySchema>>;
