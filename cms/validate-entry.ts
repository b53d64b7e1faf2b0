/**
 * Checks an entry in every language before the CMS saves it, with the same zod schemas and the
 * same shared-field rule the build uses. Decap itself checks only the language on screen, so
 * without this a half-filled translation could be saved and then fail the build.
 */
import { z } from 'astro/zod';
import type { CmsField } from 'decap-cms-core';
import { defaultLocale, getLocale, type Locale } from '../src/config/locales.ts';
import { collectionSharedPlan, fillShared } from '../src/model/field-policy.ts';
import { ContentFileError, parseFrontmatter } from '../src/model/frontmatter.ts';
import { collections, type CollectionName } from '../src/model/collections.ts';
import type { EntryFormat } from './format.ts';
import type { UiLocale } from './types.ts';

type Data = Record<string, unknown>;

export interface EntryProblem {
  locale: Locale;
  /** Field labels from the outside in, e.g. "Ảnh › 1 › Mô tả ảnh". */
  field: string;
  message: string;
}

/** In the browser an image is checked for its place in the media folder; the build checks the file. */
const imageInMedia = () => z.string().regex(/^\.\.\/\.\.\/_media\/[^/]+$/, { error: 'must be an image from the media library' });

function labelPath(fields: readonly CmsField[], path: readonly PropertyKey[]): string {
  const labels: string[] = [];
  let current: readonly CmsField[] | undefined = fields;
  for (const part of path) {
    if (typeof part === 'number') {
      labels.push(String(part + 1));
      continue;
    }
    const field: CmsField | undefined = current?.find((f) => f.name === part);
    labels.push(field?.label ?? String(part));
    const f = field as { fields?: CmsField[]; field?: CmsField; types?: { fields: CmsField[] }[] } | undefined;
    current = f?.fields ?? (f?.field ? [f.field] : f?.types?.flatMap((t) => t.fields));
  }
  return labels.join(' › ');
}

function explain(issue: z.core.$ZodIssue, value: unknown, ui: UiLocale): string {
  const vi = ui === 'vi';
  if (issue.code === 'invalid_type' && (value === undefined || value === null)) return vi ? 'chưa điền (bắt buộc)' : 'missing (required)';
  if (issue.code === 'too_small') return vi ? 'chưa điền đủ' : 'too short or too few items';
  if (issue.code === 'too_big') return vi ? 'quá dài hoặc quá lớn' : 'too long or too large';
  return vi ? `giá trị chưa hợp lệ (${issue.message})` : `not valid (${issue.message})`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const part of path) current = current && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[part] : undefined;
  return current;
}

/**
 * Problems with the files the CMS is about to write. `byLocale` holds each language's form
 * data; languages whose file will not be written (no title yet) are skipped.
 */
export function entryProblems(
  collection: CollectionName,
  byLocale: Partial<Record<Locale, Data>>,
  format: EntryFormat,
  fields: readonly CmsField[],
  ui: UiLocale,
): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const read = new Map<Locale, Record<string, unknown> | undefined>();
  // The file as the build will read it; what the reader refuses (a control character pasted
  // from Word, a reserved field name) is a problem to fix before saving, once per language.
  const written = (locale: Locale) => {
    if (read.has(locale)) return read.get(locale);
    const data = byLocale[locale];
    const raw = data ? format.toFile(data) : '';
    let file: Record<string, unknown> | undefined;
    try {
      file = raw ? parseFrontmatter(raw)?.data : undefined;
    } catch (error) {
      if (!(error instanceof ContentFileError)) throw error;
      problems.push({ locale, field: error.field, message: error.message });
    }
    read.set(locale, file);
    return file;
  };
  const source = written(defaultLocale);
  const schema = collections[collection].schema({ image: imageInMedia } as never);
  for (const locale of Object.keys(byLocale) as Locale[]) {
    const file = written(locale);
    if (!file) continue;
    const merged = locale === defaultLocale ? file : fillShared(file, source, collectionSharedPlan(collection));
    const result = schema.safeParse(merged);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      problems.push({ locale, field: labelPath(fields, issue.path), message: explain(issue, valueAt(merged, issue.path), ui) });
    }
  }
  return problems;
}

export function describeProblems(problems: readonly EntryProblem[], ui: UiLocale): string {
  const intro = ui === 'vi' ? 'Chưa lưu được. Hãy sửa:' : 'Not saved. Please fix:';
  return [intro, ...problems.map((p) => `• ${getLocale(p.locale).nativeName} – ${p.field}: ${p.message}`)].join('\n');
}
