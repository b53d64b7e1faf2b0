/**
 * Field building blocks shared by the collection schemas (one file per collection beside this
 * one). Each is a zod schema or a factory over Astro's `image()` helper, so that Astro's loader,
 * the pre-build validator, the CMS and the tests all check entries with exactly the same rules.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { localeCodes } from '../../config/locales.ts';
import { isClipFile, parseVideoAddress } from '../../utils/video.ts';
import { areaIds, licences } from './vocabularies.ts';

export type ImageHelper = SchemaContext['image'];

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

/** Text that must say something: trimmed, at least one character. */
export const text = z.string().trim().min(1, { error: 'must not be empty' });

/**
 * `.meta({ i18n })` says whether a value is written once for every language (`shared`) or per
 * language (`translate`); without it, text is translated and everything else is shared. The
 * build and the CMS both follow it (see `field-policy.ts`).
 */
export const shared = { i18n: 'shared' } as const;
export const perLanguage = { i18n: 'translate' } as const;

/** A phone number in international format. */
export const phone = z
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
export const documentLink = z
  .string()
  .regex(/^(\/[^/]|https:\/\/)/, { error: 'must be a path under public/ starting with "/" or an https:// URL' })
  .meta(shared);

/** A web address: http or https only, so a link can never run script (`javascript:`) or carry a page (`data:`). */
export const webAddress = z.url({ protocol: /^https?$/, error: 'must be a web address starting with https:// or http://' });

/** Latitude and longitude in decimal degrees (WGS 84). */
export const coordinates = z.object({
  /** Latitude, −90 to 90. */
  lat: z.number().min(-90).max(90),
  /** Longitude, −180 to 180. */
  lng: z.number().min(-180).max(180),
});

/** A place: its name, its commune or ward and a postal address. */
export const place = z.object({
  /** Name of the venue or site. */
  name: text,
  /** Commune or ward the place is in (two-level local government since July 2025; see src/config/areas.ts). */
  area: z.enum(areaIds),
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
    /** Optional credit line shown under the image; without one, the media library credits the publisher. */
    credit: z.string().optional(),
    /** Terms under which the press may reuse it; without one, the site's default licence (src/config/site.ts). */
    licence: z.enum(licences).optional(),
  });
}

/** A file in `content/_media/` other than a picture (a clip, a caption file), written relative to the entry. */
export const mediaFile = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .meta({ ...shared, widget: 'file' });

/** A clip file or a video page on YouTube, Facebook or TikTok. */
const videoSource = z
  .string()
  .trim()
  // Any other scheme (`javascript:`, `data:`, `ftp:`) is refused, even when the value ends in .mp4.
  .refine((value) => (/^[a-z][a-z0-9+.-]*:/i.test(value) ? parseVideoAddress(value) !== undefined : isClipFile(value)), {
    error: 'must be a YouTube, Facebook or TikTok video address, or an .mp4 or .webm file in content/_media/',
  })
  .meta({ ...shared, widget: 'file', acceptsUrl: true });

/**
 * A video: a clip file the site serves itself, or a YouTube, Facebook or TikTok video whose
 * player loads only when the reader presses play (see `src/components/VideoPlayer.astro`).
 */
export function videoClip(image: ImageHelper) {
  return z.object({
    /** Title of the clip in this locale; it names the player for screen readers. */
    title: text,
    /** An .mp4 or .webm file in content/_media/ (relative to the entry), or the address of the video on YouTube, Facebook or TikTok. */
    src: videoSource,
    /** Picture shown before the clip plays, so that nothing is fetched from the video's host first. */
    poster: image(),
    /** WebVTT caption files in content/_media/, by language; a clip file needs at least the Vietnamese ones. */
    captions: z
      .partialRecord(z.enum(localeCodes as [string, ...string[]]), mediaFile)
      .default({})
      .meta(shared),
    /** Length of the clip in seconds. */
    durationSeconds: z.number().int().min(1).max(36_000),
    /** Day the clip was first published. */
    uploaded: isoDate.meta(shared),
    /** Credit line: who filmed or produced it. */
    credit: z.string().optional(),
    /** Terms under which the press may reuse it; without one, the site's default licence. */
    licence: z.enum(licences).optional(),
  });
}

/** Fields shared by every collection. */
export function baseEntry(image: ImageHelper) {
  return z.object({
    /** Page title in this locale. */
    title: text,
    /** One or two sentences used in lists, search results and the meta description. */
    description: text.max(300, { error: 'must be at most 300 characters' }),
    /** Images of the entry; the first is the hero and the share image. */
    images: z.array(imageWithAlt(image)).default([]),
    /** Video clips shown on the entry's page. */
    videos: z.array(videoClip(image)).default([]),
    /** When the text of this file was last reviewed. */
    updated: isoDate.optional().meta(perLanguage),
    /** Hides the entry from the built site while it is being written. */
    draft: z.boolean().default(false).meta(perLanguage),
    /** Marks figures, dates or places not confirmed by an official source (invented for the demo, or a commune not yet verified), so the site badges them as sample data. */
    sampleData: z.boolean().default(false),
  });
}

/** One entry of `videos`, as the pages get it. */
export type VideoClipData = z.output<ReturnType<typeof videoClip>>;
