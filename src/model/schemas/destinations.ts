/** A place to visit, with what a visitor needs to know before going. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { baseEntry, coordinates, place, text } from './fields.ts';

export function destinationSchema({ image }: SchemaContext) {
  return baseEntry(image).extend({
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

export type DestinationData = z.output<ReturnType<typeof destinationSchema>>;
