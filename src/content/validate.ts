/**
 * Checks the whole `content/` tree before Astro sees it, so that a bad file fails the build
 * with one clear line naming the file, the locale and the field, and nothing is half-built.
 * Astro's own schema check runs again during the build; this pass adds what Astro does not
 * check: folder layout, slugs, duplicates, NFC text, MDX syntax, and script or code in content
 * (see `unsafe-content.ts`).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { mdxToMdast } from 'satteri';
import { z } from 'astro/zod';
import { collections, collectionNames, type CollectionName } from './schemas.ts';
import { isLocale, localeCodes } from '../config/locales.ts';
import { isNFC, isValidSlug, toNFC } from '../utils/text.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { withSharedFields } from './shared-fields.ts';
import { findUnsafeBody, findUnsafeFrontmatter } from './unsafe-content.ts';

export interface ContentProblem {
  /** File path relative to the project root. */
  file: string;
  /** Locale folder of the file, when known. */
  locale?: string;
  /** Dotted path of the offending field, `body` for the Markdown body, `file` for the file itself. */
  field: string;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file} [locale: ${p.locale ?? '?'}] field "${p.field}": ${p.message}`;
}

/** Folders in `content/` that hold media rather than entries. */
const mediaFolders = new Set(['_media']);

function fieldPath(parts: readonly PropertyKey[]): string {
  return parts.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[') || '(frontmatter)';
}

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
  if (current instanceof Date) return ` (got an unquoted date; write it as "YYYY-MM-DD" in quotes)`;
  const shown = JSON.stringify(current);
  return shown && shown.length < 80 ? ` (got ${shown})` : '';
}

/** A stand-in for Astro's `image()` that checks the file exists next to the entry. */
function imageChecker(entryFile: string) {
  return () =>
    z.string().superRefine((src, ctx) => {
      if (/^https?:\/\//.test(src)) {
        ctx.addIssue({ code: 'custom', message: 'must be a local image file, not a URL' });
        return;
      }
      const resolved = path.resolve(path.dirname(entryFile), src);
      if (!existsSync(resolved)) ctx.addIssue({ code: 'custom', message: `image file not found: ${src}` });
    });
}

export async function validateEntryFile(
  root: string,
  collection: CollectionName,
  locale: string,
  fileName: string,
): Promise<ContentProblem[]> {
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

  const source = await readFile(absolute, 'utf8');
  const parts = splitFrontmatter(source);
  if (!parts) {
    add('frontmatter', 'the file must start with a "---" frontmatter block');
    return problems;
  }
  let data: unknown;
  try {
    data = yaml.load(parts.frontmatter) ?? {};
  } catch (error) {
    add('frontmatter', `invalid YAML: ${(error as Error).message.split('\n')[0]}`);
    return problems;
  }
  for (const field of nonNfcFields(data)) add(field, 'text is NFD-decomposed; save it as NFC (composed) Unicode');
  if (!isNFC(parts.body)) add('body', 'text is NFD-decomposed; save it as NFC (composed) Unicode');

  const schema = collections[collection].schema({ image: imageChecker(absolute) as never });
  const merged = data && typeof data === 'object' && !Array.isArray(data)
    ? withSharedFields(root, collection, locale, slug, data as Record<string, unknown>)
    : data;
  const result = schema.safeParse(merged);
  if (!result.success) {
    for (const issue of result.error.issues) {
      add(fieldPath(issue.path), `${issue.message}${describeValue(merged, issue.path)}`);
    }
  } else if (collection === 'incentives') {
    // A document shipped with the site must really be there, or investors get a 404.
    const url = (result.data as { documentUrl?: string }).documentUrl;
    const publicDir = path.join(root, '..', 'public');
    if (url?.startsWith('/') && !existsSync(path.join(publicDir, decodeURI(url.split(/[?#]/)[0]!)))) {
      add('documentUrl', `"${url}" is not a file under public/`);
    }
  }

  if (fileName.endsWith('.mdx')) {
    try {
      mdxToMdast(parts.body);
    } catch (error) {
      const message = (error as Error).message;
      const at = /^(\d+):(\d+):\s*/.exec(message);
      const where = at ? ` at line ${Number(at[1]) + parts.bodyLine - 1}, column ${at[2]}` : '';
      add('body', `broken MDX${where}: ${at ? message.slice(at[0].length) : message}`);
    }
  }

  // A stolen CMS account must not be able to put script on the site or code in the build.
  for (const { path: at, finding } of findUnsafeFrontmatter(data)) add(fieldPath(at), `unsafe content: ${finding.message}`);
  for (const finding of findUnsafeBody(parts.body, fileName.endsWith('.mdx') ? 'mdx' : 'md')) {
    const where = finding.line === undefined ? '' : ` at line ${finding.line + parts.bodyLine - 1}`;
    add('body', `unsafe content${where}: ${finding.message}`);
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
        problems.push({ file: rel(localePath), locale, field: 'file', message: `unknown locale folder "${locale}"; expected one of ${localeCodes.join(', ')}` });
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
