/**
 * Checks that an image a content entry points at may be published: it resolves inside
 * `content/_media` after symlinks are followed, it is a regular file of at most `maxImageBytes`,
 * its bytes (not its name) are a JPEG, PNG, WebP or AVIF picture, and it has at most
 * `maxImagePixels` pixels. SVG is refused rather than sanitised: an SVG can carry script and
 * outside references, photos never need it, and a logo belongs in `public/`.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { isPathInside as isInside } from './content-paths.ts';

/** Folder under `content/` that holds every picture content may use. */
export const mediaFolder = '_media';
/** A phone photo is 3–12 MB; this leaves room for a large original without letting a file fill the disk. */
export const maxImageBytes = 25 * 1024 * 1024;
/** 50 megapixels: a 8660×5774 photo. Decoding larger pictures for every width takes gigabytes. */
export const maxImagePixels = 50_000_000;
/** Formats the image pipeline (sharp through astro:assets) turns into AVIF and WebP. */
export const imageFormats = ['jpeg', 'png', 'webp', 'avif'] as const;
const extensions = /\.(jpe?g|png|webp|avif)$/i;

/** Why an image reference may not be published, or undefined when it may. */
export async function checkImageReference(contentRoot: string, entryFile: string, src: string): Promise<string | undefined> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return `"${src}" must be a picture file in content/${mediaFolder}/, not a URL`;
  if (path.isAbsolute(src) || src.includes('\\') || src.includes('\0')) return `"${src}" must be a relative path to a picture in content/${mediaFolder}/`;
  const mediaRoot = path.join(contentRoot, mediaFolder);
  const resolved = path.resolve(path.dirname(entryFile), src);
  if (!isInside(resolved, mediaRoot)) return `"${src}" is outside content/${mediaFolder}/; pictures must be uploaded there`;
  if (!extensions.test(src)) return `"${src}" must be a .jpg, .png, .webp or .avif picture`;
  let real: string;
  try {
    real = realpathSync(resolved);
  } catch {
    return `image file not found: ${src}`;
  }
  // A symlink inside _media must not lead elsewhere (for example to /etc or to the build's secrets).
  // The real _media folder of the real content/ folder: a linked _media folder leads elsewhere too.
  if (!isInside(real, path.join(realpathSync(contentRoot), mediaFolder)))
    return `"${src}" leads outside content/${mediaFolder}/ (a symbolic link); upload the picture itself`;
  const stats = statSync(real);
  if (!stats.isFile()) return `"${src}" is not a file`;
  if (stats.size > maxImageBytes) return `"${src}" is ${(stats.size / 1024 / 1024).toFixed(0)} MB; pictures may be at most ${maxImageBytes / 1024 / 1024} MB`;
  let metadata: Metadata;
  try {
    metadata = await sharp(real, { limitInputPixels: false }).metadata();
  } catch {
    return `"${src}" is not a picture (its contents are not JPEG, PNG, WebP or AVIF)`;
  }
  if (metadata.format === 'svg') return `"${src}" is an SVG drawing; SVG is not accepted in content (it can carry script); export it as PNG`;
  if (!(imageFormats as readonly string[]).includes(metadata.format ?? '') && !(metadata.format === 'heif' && metadata.compression === 'av1')) {
    return `"${src}" is a ${metadata.format ?? 'unknown'} file; pictures must be JPEG, PNG, WebP or AVIF`;
  }
  const pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
  if (pixels > maxImagePixels) {
    return `"${src}" is ${metadata.width}×${metadata.height} pixels; pictures may have at most ${maxImagePixels / 1_000_000} megapixels (resize it first)`;
  }
  return undefined;
}
