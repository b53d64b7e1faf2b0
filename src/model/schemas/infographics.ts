/** An infographic: the picture, and the same facts as text so that every reader gets them. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { baseEntry, imageWithAlt, isoDate, text } from './fields.ts';

export function infographicSchema({ image }: SchemaContext) {
  return baseEntry(image).extend({
    /** Day the figures were published; the media library lists the newest first. */
    date: isoDate,
    /** The infographic itself, offered for download at full size; then any other pictures. */
    images: z.array(imageWithAlt(image)).min(1, { error: 'needs the infographic picture' }),
    /** Every figure the picture shows, in this locale: its label, its value and an optional note. */
    figures: z
      .array(
        z.object({
          /** What is counted, e.g. "Visitors in 2024". */
          label: text,
          /** The figure as written, with its unit, e.g. "4.2 million". */
          value: text,
          /** Anything a reader needs to read the figure right (period, comparison). */
          note: text.optional(),
        }),
      )
      .min(1, { error: 'must list the figures the picture shows, as text' }),
    /** Where the figures come from, in this locale (a report, a statistics office). */
    source: text,
  });
}

export type InfographicData = z.output<ReturnType<typeof infographicSchema>>;
