/** Derived images: the social-sharing crop and the tiny blurred placeholder of a hero. */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import sharp from 'sharp';
import { site } from '../config/site.ts';
import { absoluteUrl } from './urls.ts';

/** Absolute URL of a 1200×630 JPEG crop, the size social networks expect. */
export async function shareImageUrl(src: ImageMetadata): Promise<string> {
  const image = await getImage({ src, width: 1200, height: 630, fit: 'cover', format: 'jpg' });
  return absoluteUrl(image.src, site.url);
}

const placeholders = new Map<string, Promise<string | undefined>>();

/**
 * A ~24 px wide, blurred WebP as a data URI, shown behind the hero while it loads. Read from
 * the source file (Astro exposes its path as a non-enumerable `fsPath`); undefined if unknown.
 */
export function placeholderDataUri(src: ImageMetadata): Promise<string | undefined> {
  const file = (src as ImageMetadata & { fsPath?: string }).fsPath;
  if (!file) return Promise.resolve(undefined);
  if (!placeholders.has(file)) {
    placeholders.set(
      file,
      sharp(file)
        .resize(24)
        .blur(0.8)
        .webp({ quality: 40 })
        .toBuffer()
        .then((buffer) => `data:image/webp;base64,${buffer.toString('base64')}`)
        .catch(() => undefined),
    );
  }
  return placeholders.get(file)!;
}
