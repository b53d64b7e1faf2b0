/** An investment incentive and the legal document that creates it. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { baseEntry, documentLink, isoDate, shared, text } from './fields.ts';
import { supportTypes, investmentSectors } from './vocabularies.ts';

export function incentiveSchema({ image }: SchemaContext) {
  return baseEntry(image).extend({
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
    /** The sectors and areas covered, in words (for example "industrial clusters in every commune"). */
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

export type IncentiveData = z.output<ReturnType<typeof incentiveSchema>>;
