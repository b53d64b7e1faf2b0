/**
 * Checks the whole `content/` tree before Astro sees it, so that a bad file fails the build
 * with one clear line naming the file, the locale and the field, and nothing is half-built.
 * Each entry is read and checked by the same functions Astro's content loader runs
 * (`entry.ts`, `render-body.ts`), so the build refuses what this reports; this pass adds the
 * whole-tree checks Astro cannot make (folder layout, slugs, duplicates, NFC text) and reports
 * every problem at once instead of stopping at the first.
 */
import { readdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { collections, collectionNames, type CollectionName } from './collections.ts';
import { isLocale, localeCodes } from '../config/locales.ts';
import { isNFC, isValidSlug, toNFC } from '../utils/text.ts';
import { checkEntryImages, checkEntryMeaning, fieldPath, readEntry, type ContentProblem } from './entry.ts';
import { renderBody, UnpublishableBodyError } from './render-body.ts';

export { formatProblem, type ContentProblem } from './entry.ts';

/** Folders in `content/` that hold media rather than entries. */
const mediaFolders = new Set(['_media']);

/** Every string in the frontmatter that is not NFC, with its path. */
function nonNfcFields(value: unknown, at: PropertyKey[] = []): string[] {
  if (typeof value === 'string') return isNFC(value) ? [] : [fieldPath(at)];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonNfcFields(v, [...at, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => nonNfcFields(v, [...at, k]));
  }
  return [];
}

function describeValue(data: unknown, parts: readonly PropertyKey[]): string {
  let current: unknown = data;
  for (const part of parts) {
    if (current && typeof current === 'object') current = (current as Record<PropertyKey, unknown>)[part];
    else return '';
  }
  if (current === undefined) return ' (missing)';
  const shown = JSON.stringify(current);
  return shown && shown.length < 80 ? ` (got ${shown})` : '';
}

/** Stands in for Astro's `image()`: the pictures themselves are checked by `checkEntryImages`. */
const imagePath = () => z.string();

export async function validateEntryFile(root: string, collection: CollectionName, locale: string, fileName: string): Promise<ContentProblem[]> {
  const absolute = path.join(root, collection, locale, fileName);
  const file = path.relative(process.cwd(), absolute);
  const problems: ContentProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file, locale, field, message });

  const slug = fileName.replace(/\.mdx?$/, '');
  if (!isNFC(fileName)) add('file', 'the file name is not NFC-normalized Unicode; rename it');
  if (!isValidSlug(slug)) {
    add('file', `the slug "${slug}" must be lowercase ASCII words joined by hyphens (for example "le-hoi-sen")`);
  }
  if (collection === 'pages' && isLocale(slug)) add('file', `the page slug "${slug}" is a locale code and would hide that locale`);
  if (collection === 'handbook' && slug === 'book') add('file', 'the handbook slug "book" is reserved for the one-page handbook');

  const source = await readEntry(root, collection, locale, fileName, add);
  if (!source) return problems;
  const { data, body, bodyLine, ownData } = source;
  for (const field of nonNfcFields(ownData)) add(field, 'text is NFD-decomposed; save it as NFC (composed) Unicode');
  if (!isNFC(body)) add('body', 'text is NFD-decomposed; save it as NFC (composed) Unicode');

  const result = collections[collection].schema({ image: imagePath as never }).safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      add(fieldPath(issue.path), `${issue.message}${describeValue(data, issue.path)}`);
    }
  } else if (collection === 'incentives') {
    // A document shipped with the site must really be there, or investors get a 404.
    const url = (result.data as { documentUrl?: string }).documentUrl;
    const publicDir = path.join(root, '..', 'public');
    if (url?.startsWith('/') && !existsSync(path.join(publicDir, decodeURI(url.split(/[?#]/)[0]!)))) {
      add('documentUrl', `"${url}" is not a file under public/`);
    }
  }
  await checkEntryImages(root, collection, absolute, data, add);
  checkEntryMeaning(root, collection, locale, slug, data, add);

  try {
    await renderBody(body, locale);
  } catch (error) {
    if (!(error instanceof UnpublishableBodyError)) throw error;
    add('body', `${error.line === undefined ? '' : `at line ${error.line + bodyLine - 1}: `}${error.message}`);
  }
  return problems;
}

/** Validates every entry under `root` (normally `<project>/content`). */
export async function validateContent(root: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const rel = (p: string) => path.relative(process.cwd(), p);
  for (const dir of await readdir(root)) {
    const dirPath = path.join(root, dir);
    if (!(await stat(dirPath)).isDirectory() || mediaFolders.has(dir)) continue;
    if (!(collectionNames as string[]).includes(dir)) {
      problems.push({ file: rel(dirPath), field: 'file', message: `unknown collection "${dir}"; expected one of ${collectionNames.join(', ')}` });
      continue;
    }
    const collection = dir as CollectionName;
    for (const locale of await readdir(dirPath)) {
      const localePath = path.join(dirPath, locale);
      if (!(await stat(localePath)).isDirectory()) {
        problems.push({ file: rel(localePath), field: 'file', message: `entries belong in a locale folder: content/${collection}/<locale>/<slug>.mdx` });
        continue;
      }
      if (!isLocale(locale)) {
        problems.push({
          file: rel(localePath),
          locale,
          field: 'file',
          message: `unknown locale folder "${locale}"; expected one of ${localeCodes.join(', ')}`,
        });
        continue;
      }
      const seen = new Map<string, string>();
      for (const fileName of (await readdir(localePath)).sort()) {
        if (fileName.startsWith('.')) continue;
        if (!/\.mdx?$/.test(fileName)) {
          problems.push({ file: rel(path.join(localePath, fileName)), locale, field: 'file', message: 'only .md and .mdx files belong here' });
          continue;
        }
        const key = toNFC(fileName.replace(/\.mdx?$/, '')).toLowerCase();
        const previous = seen.get(key);
        if (previous) {
          problems.push({
            file: rel(path.join(localePath, fileName)),
            locale,
            field: 'file',
            message: `duplicate slug "${key}": ${previous} already uses it in this locale`,
          });
        } else seen.set(key, fileName);
        problems.push(...(await validateEntryFile(root, collection, locale, fileName)));
      }
    }
  }
  return problems;
}
