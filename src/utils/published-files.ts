/**
 * Files the site serves exactly as they were uploaded: clip files and their caption files, and
 * the original of every picture (the media library's "download the original"). Only the files
 * some published entry points at are served, never the rest of `content/_media/` (a picture
 * uploaded for a draft stays private). The loader has already checked each file (inside
 * `content/_media/`, its bytes what its name says, see `src/model/media-files.ts`).
 *
 * Each is served at `/files/<hash>-<name>`, named by the first 10 hex digits of its SHA-256, so
 * the address changes when the file does and the files can be cached for a year.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImageMetadata } from 'astro';
import { getCollection } from 'astro:content';
import { collectionNames } from '../model/collections.ts';
import { isClipFile } from './video.ts';
import { base } from './paths.ts';
import { withBase } from './urls.ts';

/** The URL folder the files are served from. */
export const publishedFilesFolder = 'files';

const mediaTypes: Record<string, string> = {
  mp4: 'video/mp4',
  webm: 'video/webm',
  vtt: 'text/vtt; charset=utf-8',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
};

export interface PublishedFile {
  /** File name in the URL: `<hash>-<name>`. */
  name: string;
  /** Absolute path of the uploaded file. */
  source: string;
  /** Its media type, for the endpoint's response. */
  mediaType: string;
}

const names = new Map<string, string>();

/** The URL name of an uploaded file: a content hash and its own name, lower-cased, in safe characters. */
function publishedName(source: string): string {
  let name = names.get(source);
  if (!name) {
    const hash = createHash('sha256').update(readFileSync(source)).digest('hex').slice(0, 10);
    const own = path
      .basename(source)
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-');
    name = `${hash}-${own}`;
    names.set(source, name);
  }
  return name;
}

/** The project root: Astro builds run there (`npm run build`, `astro build`, the tests). */
function projectRoot(): string {
  return process.cwd();
}

/** Absolute path of a media file an entry names relative to itself (a clip or caption file). */
export function entryMediaPath(entryFilePath: string, src: string): string {
  return path.resolve(projectRoot(), path.dirname(entryFilePath), src);
}

/** The served URL (base path included) of an uploaded file. */
export function publishedFileUrl(source: string): string {
  return withBase(`/${publishedFilesFolder}/${publishedName(source)}`, base);
}

/** The served URL of a picture's original, as uploaded. */
export function originalImageUrl(image: ImageMetadata): string | undefined {
  const source = (image as ImageMetadata & { fsPath?: string }).fsPath;
  return source ? publishedFileUrl(source) : undefined;
}

interface MediaFields {
  images?: Array<{ src: ImageMetadata }>;
  videos?: Array<{ src: string; poster: ImageMetadata; captions: Partial<Record<string, string>> }>;
}

/** Every file published entries point at, each once. */
export async function publishedFiles(): Promise<PublishedFile[]> {
  const sources = new Set<string>();
  for (const collection of collectionNames) {
    for (const entry of await getCollection(collection, ({ data }) => !data.draft)) {
      const data = entry.data as MediaFields;
      for (const image of data.images ?? []) {
        const source = (image.src as ImageMetadata & { fsPath?: string }).fsPath;
        if (source) sources.add(source);
      }
      for (const video of data.videos ?? []) {
        if (!entry.filePath) continue;
        if (isClipFile(video.src)) sources.add(entryMediaPath(entry.filePath, video.src));
        for (const caption of Object.values(video.captions)) if (caption) sources.add(entryMediaPath(entry.filePath, caption));
      }
    }
  }
  return [...sources].sort().map((source) => ({
    name: publishedName(source),
    source,
    mediaType: mediaTypes[path.extname(source).slice(1).toLowerCase()] ?? 'application/octet-stream',
  }));
}
