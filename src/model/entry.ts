/**
 * Reads and checks one content entry, for Astro's content loader (`loader.ts`) and the pre-build
 * validator (`validate.ts`) alike: the bytes are decoded and split by `frontmatter.ts`, the
 * translation gets its shared values from the Vietnamese file, and the checks the schema cannot
 * make (pictures, dates that must make sense, a source to translate from) run here, so the
 * build refuses exactly what the validator reports.
 */
import { lstat, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { defaultLocale } from '../config/locales.ts';
import { buildDay, occurrences, type DateRule } from '../utils/festival-calendar.ts';
import { ContentFileError, readContentBytes } from './frontmatter.ts';
import { entryFileOf, isRealPathInside } from './content-paths.ts';
import { checkCaptionReference, checkClipReference, checkImageReference } from './media-files.ts';
import { isClipFile } from '../utils/video.ts';
import { collections, type CollectionName } from './collections.ts';
import { referenceProblems, type ReferenceProblem } from './references.ts';
import { withSharedFields } from './shared-fields.ts';

export interface ContentProblem {
  /** File path relative to the project root. */
  file: string;
  /** Locale folder of the file, when known. */
  locale?: string;
  /** Dotted path of the offending field, `body` for the Markdown body, `file` for the file itself. */
  field: string;
  message: string;
}

/** The one line an editor sees for a problem: file, locale, field and what is wrong. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file} [locale: ${p.locale ?? '?'}] field "${p.field}": ${p.message}`;
}

export function fieldPath(parts: readonly PropertyKey[]): string {
  return (
    parts
      .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
      .join('.')
      .replace(/\.\[/g, '[') || '(frontmatter)'
  );
}

export interface EntrySource {
  /** Frontmatter data, with a translation's shared values filled in from the Vietnamese file. */
  data: Record<string, unknown>;
  /** Frontmatter data as written in this file. */
  ownData: Record<string, unknown>;
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
}

/**
 * Reads `content/<collection>/<locale>/<fileName>`. Problems that stop the reading (not a
 * file, not UTF-8, no frontmatter, bad YAML) go to `report`, and the result is undefined.
 */
export async function readEntry(
  contentRoot: string,
  collection: CollectionName,
  locale: string,
  fileName: string,
  report: (field: string, message: string) => void,
): Promise<EntrySource | undefined> {
  const absolute = path.join(contentRoot, collection, locale, fileName);
  // A linked entry file or locale folder could make the build read anything on the machine.
  if ((await lstat(absolute)).isSymbolicLink() || !isRealPathInside(absolute, contentRoot)) {
    report('file', 'this is a symbolic link, or lies in a linked folder; entries must be real files inside content/');
    return undefined;
  }
  const stats = await stat(absolute);
  if (!stats.isFile()) {
    report(
      'file',
      stats.isDirectory() ? 'this is a folder named like an entry; entries are files (remove or rename the folder)' : 'this is not a regular file',
    );
    return undefined;
  }
  try {
    const { data, body, bodyLine } = readContentBytes(await readFile(absolute));
    const slug = fileName.replace(/\.mdx?$/, '');
    return { data: withSharedFields(contentRoot, collection, locale, slug, data), ownData: data, body, bodyLine };
  } catch (error) {
    if (!(error instanceof ContentFileError)) throw error;
    report(error.field, error.message);
    return undefined;
  }
}

/** Every image path in an entry's data, found by running its schema with a recording `image()`. */
function imageReferences(collection: CollectionName, data: unknown): Array<{ field: string; src: string }> {
  const found: Array<{ field: string; src: string }> = [];
  const recording = () => z.string().superRefine((src) => void found.push({ field: '', src }));
  collections[collection].schema({ image: recording as never }).safeParse(data);
  // Name each by where it sits in the data (the first unclaimed place holding that path).
  const claimed = new Set<string>();
  const locate = (value: unknown, at: PropertyKey[], src: string): string | undefined => {
    if (value === src && !claimed.has(fieldPath(at))) return fieldPath(at);
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const hit = locate(child, [...at, Array.isArray(value) ? Number(key) : key], src);
        if (hit) return hit;
      }
    }
    return undefined;
  };
  for (const ref of found) {
    ref.field = locate(data, [], ref.src) ?? 'images';
    claimed.add(ref.field);
  }
  return found;
}

/** Checks every picture the entry points at (see `media-files.ts`). */
export async function checkEntryImages(
  contentRoot: string,
  collection: CollectionName,
  entryFile: string,
  data: unknown,
  report: (field: string, message: string) => void,
): Promise<void> {
  for (const { field, src } of imageReferences(collection, data)) {
    const problem = await checkImageReference(contentRoot, entryFile, src);
    if (problem) report(field, problem);
  }
  checkEntryClips(contentRoot, entryFile, data, report);
}

/** Checks each video's clip file and caption files (see `media-files.ts`); a clip file needs Vietnamese captions. */
function checkEntryClips(contentRoot: string, entryFile: string, data: unknown, report: (field: string, message: string) => void): void {
  const videos = (data as { videos?: unknown } | undefined)?.videos;
  if (!Array.isArray(videos)) return;
  videos.forEach((video: unknown, index) => {
    if (!video || typeof video !== 'object') return;
    const { src, captions } = video as { src?: unknown; captions?: unknown };
    const at = `videos[${index}]`;
    const clip = typeof src === 'string' && isClipFile(src);
    if (clip) {
      const problem = checkClipReference(contentRoot, entryFile, src);
      if (problem) report(`${at}.src`, problem);
    }
    if (!captions || typeof captions !== 'object') {
      if (clip) report(`${at}.captions`, `a clip file needs captions, at least "${defaultLocale}" (a WebVTT file in content/_media/)`);
      return;
    }
    for (const [language, file] of Object.entries(captions)) {
      if (typeof file !== 'string') continue;
      if (!clip) {
        report(`${at}.captions.${language}`, 'captions are for clip files; a YouTube, Facebook or TikTok player shows the captions uploaded there');
        continue;
      }
      const problem = checkCaptionReference(contentRoot, entryFile, file);
      if (problem) report(`${at}.captions.${language}`, problem);
    }
    if (clip && !(defaultLocale in captions)) report(`${at}.captions`, `a clip file needs captions in "${defaultLocale}" at least`);
  });
}

/**
 * Checks that need more than one field or more than the entry: an event must end after it
 * starts, a lunar rule must give a day this year or next, and a translation needs the
 * Vietnamese entry it translates.
 */
export function checkEntryMeaning(
  contentRoot: string,
  collection: CollectionName,
  locale: string,
  slug: string,
  data: Record<string, unknown>,
  report: (field: string, message: string) => void,
  today = buildDay(),
): void {
  if (locale !== defaultLocale && !entryFileOf(contentRoot, collection, defaultLocale, slug)) {
    report(
      'file',
      `there is no Vietnamese entry content/${collection}/${defaultLocale}/${slug}.mdx for this translation; a translation must have the same file name as its Vietnamese original`,
    );
  }
  checkReferences(contentRoot, collection, slug, data, report);
  const rule = data.dateRule as DateRule | undefined;
  if (!rule || typeof rule !== 'object') return;
  if (rule.calendar === 'gregorian' && typeof rule.start === 'string' && typeof rule.end === 'string' && rule.end < rule.start) {
    report('dateRule.end', `the event ends (${rule.end}) before it starts (${rule.start})`);
  }
  if (rule.calendar === 'lunar' && Number.isInteger(rule.month) && Number.isInteger(rule.day)) {
    const year = Number(today.slice(0, 4));
    // Raw frontmatter may leave out the schema's defaults.
    const lunarRule: DateRule = { ...rule, leapMonth: rule.leapMonth ?? false, durationDays: rule.durationDays ?? 1 };
    if (occurrences(lunarRule, year, year + 1).length === 0) {
      const which = rule.leapMonth ? `day ${rule.day} of leap lunar month ${rule.month}` : `day ${rule.day} of lunar month ${rule.month}`;
      report('dateRule', `${which} does not occur in ${year} or ${year + 1}, so the event would have no date; check the month, the day and "leapMonth"`);
    }
  }
}

/** What the build says about a broken reference (see `references.ts`). */
function describeReferenceProblem(problem: ReferenceProblem): string {
  switch (problem.kind) {
    case 'missing': {
      const { collection, slug } = problem.reference;
      return collection === 'news' && problem.path[0] === 'corrects'
        ? `there is no news item content/news/${defaultLocale}/${slug}.mdx to correct`
        : `there is no entry content/${collection}/${defaultLocale}/${slug}.mdx`;
    }
    case 'self':
      return 'a correction cannot correct itself';
    case 'not-a-correction':
      return 'an item that corrects another must have the category "correction"';
    case 'correction-without-target':
      return 'a correction must name the news item it corrects (its file name)';
  }
}

/** Entries named by file name must exist (in Vietnamese); a correction names the item it corrects, and only a correction does. */
function checkReferences(
  contentRoot: string,
  collection: CollectionName,
  slug: string,
  data: Record<string, unknown>,
  report: (field: string, message: string) => void,
): void {
  const exists = (target: CollectionName, name: string) => entryFileOf(contentRoot, target, defaultLocale, name) !== undefined;
  for (const problem of referenceProblems(collection, slug, data, exists)) report(fieldPath(problem.path), describeReferenceProblem(problem));
}
