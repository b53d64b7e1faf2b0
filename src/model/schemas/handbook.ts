/** A chapter of the investment handbook. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { baseEntry } from './fields.ts';
import { handbookIncludes } from './vocabularies.ts';

export function handbookSchema({ image }: SchemaContext) {
  return baseEntry(image).extend({
    /** Position of the chapter in the handbook, from 1. */
    order: z.number().int().min(1),
    /** Data shown after the chapter text, taken from the other collections so no figure is written twice. */
    includes: z.array(z.enum(handbookIncludes)).default([]),
  });
}

export type HandbookData = z.output<ReturnType<typeof handbookSchema>>;
