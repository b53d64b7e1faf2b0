/** A standalone page (about, contact, legal). */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { baseEntry } from './fields.ts';

export function pageSchema({ image }: SchemaContext) {
  return baseEntry(image).extend({
    /** Whether the page is linked from the footer. */
    inFooter: z.boolean().default(true),
    /** Shows the publisher's contact details (address, phone, email) under the text. */
    showContact: z.boolean().default(false),
  });
}

export type PageData = z.output<ReturnType<typeof pageSchema>>;
