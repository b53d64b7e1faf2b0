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
import { checkImageReference } from './media-files.ts';
import { collections, type CollectionName } from './collections.ts';
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
