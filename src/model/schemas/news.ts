/** A news item: a press release, an announcement, a report on an event, or a correction. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { baseEntry, imageWithAlt, isoDate, phone, shared, text } from './fields.ts';
import { newsCategories } from './vocabularies.ts';

/** The file name (without `.mdx`) of another entry, as the CMS's relation widget stores it. */
const entrySlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be the file name of an entry (lower case, digits and hyphens)' })
  .meta(shared);

export function newsSchema({ image }: SchemaContext) {
  return baseEntry(image).extend({
    /** Day of publication; the list groups items by its month. */
    date: isoDate.meta(shared),
    /** Kind of item. */
    category: z.enum(newsCategories),
    /** Keywords in this locale, shown under the item and used by search. */
    tags: z.array(text).max(12, { error: 'must have at most 12 tags' }).default([]),
    /** The hero picture and any others; a news item needs at least one. */
    images: z.array(imageWithAlt(image)).min(1, { error: 'needs at least one picture (the hero)' }),
    /** Festivals, products and investment opportunities the item is about, by file name. */
    related: z
      .object({
        /** Festivals the item is about. */
        festivals: z.array(entrySlug).default([]),
        /** OCOP products the item is about. */
        products: z.array(entrySlug).default([]),
        /** Investment opportunities the item is about. */
        opportunities: z.array(entrySlug).default([]),
      })
      .default({ festivals: [], products: [], opportunities: [] }),
    /** For a correction: the file name of the news item it corrects, which then links to it. */
    corrects: entrySlug.optional(),
    /** Who answers journalists' questions about the item. */
    spokesperson: z.object({
      /** Full name. */
      name: text,
      /** Position and office, in this locale. */
      role: text,
      /** Phone number in international format. */
      phone,
      /** Email address. */
      email: z.email(),
    }),
  });
}

export type NewsData = z.output<ReturnType<typeof newsSchema>>;
