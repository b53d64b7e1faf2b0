/**
 * Checks that a media file a content entry points at may be published. A picture:  it resolves inside
 * `content/_media` after symlinks are followed, it is a regular file of at most `maxImageBytes`,
 * its bytes (not its name) are a JPEG, PNG, WebP or AVIF picture, and it has at most
 * `maxImagePixels` pixels. SVG is refused rather than sanitised: an SVG can carry script and
 * outside references, photos never need it, and a logo belongs in `public/`. Clips (MP4, WebM)
 * and WebVTT caption files live in the same folder and are checked by their bytes too.
 */
import { closeSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
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

/** A media file an entry may point at: where it must be, which extensions it may have, and how large it may be. */
interface MediaKind {
  /** What the editor calls it, in messages: "picture", "clip", "caption file". */
  noun: string;
  extensions: RegExp;
  /** The extensions as an editor reads them. */
  extensionList: string;
  maxBytes: number;
}

const pictureKind: MediaKind = { noun: 'picture', extensions, extensionList: '.jpg, .png, .webp or .avif', maxBytes: maxImageBytes };
/** A short promotional clip is 5–60 MB; a longer film belongs on a video host. */
export const maxClipBytes = 200 * 1024 * 1024;
/** Captions for an hour of speech are about 60 KB. */
export const maxCaptionBytes = 512 * 1024;
const clipKind: MediaKind = { noun: 'clip', extensions: /\.(mp4|webm)$/i, extensionList: '.mp4 or .webm', maxBytes: maxClipBytes };
const captionKind: MediaKind = { noun: 'caption file', extensions: /\.vtt$/i, extensionList: '.vtt (WebVTT)', maxBytes: maxCaptionBytes };

/**
 * The real path of a media file an entry points at, or why it may not be used: it must be a
 * relative path to a regular file inside the real `content/_media`, after links are followed.
 */
export function resolveMediaFile(contentRoot: string, entryFile: string, src: string, kind: MediaKind = pictureKind): { real: string; size: number } | string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return `"${src}" must be a ${kind.noun} file in content/${mediaFolder}/, not a URL`;
  if (path.isAbsolute(src) || src.includes('\\') || src.includes('\0')) return `"${src}" must be a relative path to a ${kind.noun} in content/${mediaFolder}/`;
  const mediaRoot = path.join(contentRoot, mediaFolder);
  const resolved = path.resolve(path.dirname(entryFile), src);
  if (!isInside(resolved, mediaRoot)) return `"${src}" is outside content/${mediaFolder}/; ${kind.noun}s must be uploaded there`;
  if (!kind.extensions.test(src)) return `"${src}" must be a ${kind.extensionList} file`;
  let real: string;
  try {
    real = realpathSync(resolved);
  } catch {
    return `${kind.noun.endsWith('file') ? kind.noun : `${kind.noun} file`} not found: ${src}`;
  }
  // A symlink inside _media must not lead elsewhere (for example to /etc or to the build's secrets).
  // The real _media folder of the real content/ folder: a linked _media folder leads elsewhere too.
  if (!isInside(real, path.join(realpathSync(contentRoot), mediaFolder)))
    return `"${src}" leads outside content/${mediaFolder}/ (a symbolic link); upload the ${kind.noun} itself`;
  const stats = statSync(real);
  if (!stats.isFile()) return `"${src}" is not a file`;
  if (stats.size > kind.maxBytes)
    return `"${src}" is ${(stats.size / 1024 / 1024).toFixed(1)} MB; a ${kind.noun} may be at most ${kind.maxBytes / 1024 / 1024} MB`;
  return { real, size: stats.size };
}

/** Why an image reference may not be published, or undefined when it may. */
export async function checkImageReference(contentRoot: string, entryFile: string, src: string): Promise<string | undefined> {
  const file = resolveMediaFile(contentRoot, entryFile, src);
  if (typeof file === 'string') return file;
  const { real } = file;
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

/** Whether the first bytes are an MP4 (an ISO media `ftyp` box) or a WebM (an EBML header) file. */
export function clipFormatOf(head: Uint8Array): 'mp4' | 'webm' | undefined {
  if (head.length >= 8 && String.fromCharCode(...head.subarray(4, 8)) === 'ftyp') return 'mp4';
  if (head.length >= 4 && head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'webm';
  return undefined;
}

/** Why a clip file may not be published, or undefined when it may: its bytes must be MP4 or WebM, as its name says. */
export function checkClipReference(contentRoot: string, entryFile: string, src: string): string | undefined {
  const file = resolveMediaFile(contentRoot, entryFile, src, clipKind);
  if (typeof file === 'string') return file;
  // The first 16 bytes name the container; a clip may be 200 MB, so only those are read.
  const head = Buffer.alloc(16);
  const fd = openSync(file.real, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  const format = clipFormatOf(head);
  if (!format) return `"${src}" is not a video (its contents are not MP4 or WebM)`;
  if (!src.toLowerCase().endsWith(`.${format}`)) return `"${src}" is a ${format.toUpperCase()} file named .${src.split('.').pop()}; rename it .${format}`;
  return undefined;
}

/**
 * Why a caption file may not be published, or undefined when it may: UTF-8 WebVTT text without
 * control characters. Browsers show cue text as text (cue tags only style it), so it cannot run.
 */
export function checkCaptionReference(contentRoot: string, entryFile: string, src: string): string | undefined {
  const file = resolveMediaFile(contentRoot, entryFile, src, captionKind);
  if (typeof file === 'string') return file;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file.real));
  } catch {
    return `"${src}" is not UTF-8 text; save the captions as UTF-8 WebVTT`;
  }
  if (!/^\uFEFF?WEBVTT(?:[ \t][^\n]*)?\r?\n/.test(text)) return `"${src}" is not a WebVTT file (it must start with the line "WEBVTT")`;
  const line = text.split('\n').findIndex((l) => /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(l));
  if (line >= 0) return `"${src}" has a control character at line ${line + 1}; remove it`;
  if (!/-->/.test(text)) return `"${src}" has no cues (no line with "-->")`;
  return undefined;
}
