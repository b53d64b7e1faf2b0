/**
 * The media library of the press page: every picture and every video that published entries
 * use, each once (a picture by its file, a video by its file or its address on the video host),
 * with the text of the reader's locale, its credit and licence (the site's defaults when it names
 * none), the entries it appears in, and the original the press can download.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { ImageMetadata } from 'astro';
import { getLocale, inLocale, localeCodes, type Locale } from '../config/locales.ts';
import { site } from '../config/site.ts';
import { collectionNames, type CollectionName } from '../model/collections.ts';
import type { Licence, VideoHost } from '../model/schemas/vocabularies.ts';
import { sortedEntries, type LocalizedEntry } from './content.ts';
import { entryMediaPath, originalImageUrl, publishedFileUrl } from './published-files.ts';
import { isClipFile, parseVideoAddress } from './video.ts';

/** An entry a picture or video appears in, as shown in the reader's locale. */
export interface Usage {
  collection: CollectionName;
  item: LocalizedEntry<CollectionName>;
}

/** Who to credit and under which terms, with the language of the credit line. */
export interface Terms {
  credit: string;
  /** BCP 47 tag of the credit line when it is not in the reader's language (a fallback entry's own credit). */
  creditLang: string | undefined;
  /** Whether the credit is the site's default (`site.press.defaultCredit`), the picture naming none. */
  defaultCredit: boolean;
  licence: Licence;
}

/** A file offered for download as it was uploaded. */
export interface Original {
  url: string;
  /** The file's own name, which the `download` attribute offers to save it under. */
  name: string;
  bytes: number;
  /** Its format as people name it: JPEG, PNG, WebP, AVIF, MP4, WebM. */
  format: string;
  /** Its media type, e.g. `image/jpeg`. */
  mediaType: string;
}

export interface LibraryPicture extends Terms {
  src: ImageMetadata;
  alt: string;
  /** BCP 47 tag of the alt text when it comes from a fallback entry. */
  altLang: string | undefined;
  original: PictureFile;
  /** The collection of the first entry that uses it: the library groups pictures by it. */
  collection: CollectionName;
  usedIn: Usage[];
}

export interface LibraryVideo extends Terms {
  title: string;
  titleLang: string | undefined;
  poster: ImageMetadata;
  durationSeconds: number;
  uploaded: string;
  /** The clip file the site serves, for a clip file. */
  clip?: Original | undefined;
  /** The video's page on its host, for a hosted video. */
  hosted?: { host: VideoHost; url: string } | undefined;
  /** Caption files of a clip, by locale. */
  captions: Array<{ locale: Locale; url: string }>;
  usedIn: Usage[];
}

/** A picture's original with its size in pixels. */
export type PictureFile = Original & { width: number; height: number };

const formats: Record<string, { name: string; mediaType: string }> = {
  jpg: { name: 'JPEG', mediaType: 'image/jpeg' },
  jpeg: { name: 'JPEG', mediaType: 'image/jpeg' },
  png: { name: 'PNG', mediaType: 'image/png' },
  webp: { name: 'WebP', mediaType: 'image/webp' },
  avif: { name: 'AVIF', mediaType: 'image/avif' },
  mp4: { name: 'MP4', mediaType: 'video/mp4' },
  webm: { name: 'WebM', mediaType: 'video/webm' },
};

/** An uploaded file as offered for download: its served address, name, size and format. */
function originalOf(file: string, url: string): Original {
  const extension = path.extname(file).slice(1).toLowerCase();
  const format = formats[extension] ?? { name: extension.toUpperCase(), mediaType: 'application/octet-stream' };
  return { url, name: path.basename(file), bytes: statSync(file).size, format: format.name, mediaType: format.mediaType };
}

/** The original of a picture, as uploaded to `content/_media/`. */
export function pictureFile(image: ImageMetadata): PictureFile {
  const file = sourcePath(image);
  const url = originalImageUrl(image);
  if (!file || !url) throw new Error(`The original of a picture is unknown (${image.src})`);
  return { ...originalOf(file, url), width: image.width, height: image.height };
}

interface MediaData {
  images: Array<{ src: ImageMetadata; alt: string; credit?: string | undefined; licence?: Licence | undefined }>;
  videos: Array<{
    title: string;
    src: string;
    poster: ImageMetadata;
    captions: Partial<Record<string, string>>;
    durationSeconds: number;
    uploaded: string;
    credit?: string | undefined;
    licence?: Licence | undefined;
  }>;
}

/** The credit and licence of a picture or video, the site's defaults where it names none. */
export function termsOf(
  own: { credit?: string | undefined; licence?: Licence | undefined },
  item: { isFallback: boolean; sourceTag: string },
  locale: Locale,
): Terms {
  const credit = own.credit?.trim();
  return {
    credit: credit || inLocale(site.press.defaultCredit, locale),
    creditLang: credit && item.isFallback ? item.sourceTag : undefined,
    defaultCredit: !credit,
    licence: own.licence ?? site.press.defaultLicence,
  };
}

function sourcePath(image: ImageMetadata): string | undefined {
  return (image as ImageMetadata & { fsPath?: string }).fsPath;
}

/** Every published entry of every collection in the reader's locale, in the registry's and each list's order. */
async function everyEntry(locale: Locale): Promise<Usage[]> {
  const all = await Promise.all(collectionNames.map(async (collection) => (await sortedEntries(collection, locale)).map((item) => ({ collection, item }))));
  return all.flat();
}

const libraries = new Map<Locale, Promise<{ pictures: LibraryPicture[]; videos: LibraryVideo[] }>>();

/** The pictures and videos of the library in `locale`, computed once per locale. */
export function mediaLibrary(locale: Locale): Promise<{ pictures: LibraryPicture[]; videos: LibraryVideo[] }> {
  if (!libraries.has(locale)) libraries.set(locale, buildLibrary(locale));
  return libraries.get(locale)!;
}

async function buildLibrary(locale: Locale): Promise<{ pictures: LibraryPicture[]; videos: LibraryVideo[] }> {
  const pictures = new Map<string, LibraryPicture>();
  const videos = new Map<string, LibraryVideo>();
  for (const usage of await everyEntry(locale)) {
    const { item } = usage;
    const data = item.entry.data as unknown as MediaData;
    const textLang = item.isFallback ? item.sourceTag : undefined;
    for (const image of data.images) {
      const file = sourcePath(image.src);
      if (!file) continue;
      const known = pictures.get(file);
      if (known) {
        if (!known.usedIn.some((u) => u.collection === usage.collection && u.item.slug === item.slug)) known.usedIn.push(usage);
        // Text in the reader's own language wins over a fallback's.
        if (known.altLang && !textLang) Object.assign(known, { alt: image.alt, altLang: undefined, ...termsOf(image, item, locale) });
        continue;
      }
      pictures.set(file, {
        src: image.src,
        alt: image.alt,
        altLang: textLang,
        ...termsOf(image, item, locale),
        original: pictureFile(image.src),
        collection: usage.collection,
        usedIn: [usage],
      });
    }
    for (const video of data.videos ?? []) {
      const clipFile = isClipFile(video.src) && item.entry.filePath ? entryMediaPath(item.entry.filePath, video.src) : undefined;
      const address = clipFile ? undefined : parseVideoAddress(video.src);
      const key = clipFile ?? address?.watchUrl;
      if (!key) continue;
      const known = videos.get(key);
      if (known) {
        if (!known.usedIn.some((u) => u.collection === usage.collection && u.item.slug === item.slug)) known.usedIn.push(usage);
        continue;
      }
      const filePath = item.entry.filePath;
      videos.set(key, {
        title: video.title,
        titleLang: textLang,
        poster: video.poster,
        durationSeconds: video.durationSeconds,
        uploaded: video.uploaded,
        ...termsOf(video, item, locale),
        clip: clipFile ? originalOf(clipFile, publishedFileUrl(clipFile)) : undefined,
        hosted: address ? { host: address.host, url: address.watchUrl } : undefined,
        captions: filePath
          ? localeCodes.flatMap((code) => {
              const caption = video.captions[code];
              return caption ? [{ locale: code, url: publishedFileUrl(entryMediaPath(filePath, caption)) }] : [];
            })
          : [],
        usedIn: [usage],
      });
    }
  }
  return { pictures: [...pictures.values()], videos: [...videos.values()] };
}

/** The language of a locale's text named in the reader's language ("Japanese", "tiếng Nhật", "日本語"). */
export function languageName(tag: string, readerLocale: Locale): string {
  return new Intl.DisplayNames([getLocale(readerLocale).tag], { type: 'language' }).of(tag) ?? tag;
}
