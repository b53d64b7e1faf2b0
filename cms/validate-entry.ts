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
import { referenceProblems, type ReferenceProblem } from '../src/model/references.ts';
import { cmsCollections } from './collections/index.ts';
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

function fieldAt(fields: readonly CmsField[], path: readonly PropertyKey[]): { labels: string[]; field?: CmsField } {
  const labels: string[] = [];
  let current: readonly CmsField[] | undefined = fields;
  let field: CmsField | undefined;
  for (const part of path) {
    if (typeof part === 'number') {
      labels.push(String(part + 1));
      continue;
    }
    field = current?.find((f) => f.name === part);
    labels.push(field?.label ?? String(part));
    const f = field as { fields?: CmsField[]; field?: CmsField; types?: { fields: CmsField[] }[] } | undefined;
    current = f?.fields ?? (f?.field ? [f.field] : f?.types?.flatMap((t) => t.fields));
  }
  return { labels, field };
}

const labelPath = (fields: readonly CmsField[], path: readonly PropertyKey[]) => fieldAt(fields, path).labels.join(' › ');

/** The label staff see for a select's value, e.g. "Đính chính" for the category `correction`. */
function optionLabel(fields: readonly CmsField[], path: readonly PropertyKey[], value: string): string {
  const options = (fieldAt(fields, path).field as { options?: { label: string; value: unknown }[] } | undefined)?.options;
  return options?.find((o) => o.value === value)?.label ?? value;
}

/** A broken reference or correction rule (`src/model/references.ts`) in the words of the form. */
function explainReference(problem: ReferenceProblem, fields: readonly CmsField[], ui: UiLocale): string {
  const vi = ui === 'vi';
  switch (problem.kind) {
    case 'missing': {
      const { collection, slug } = problem.reference;
      const [singularVi, singularEn] = cmsCollections[collection].labelSingular;
      return vi
        ? `không có ${singularVi} "${slug}" (có thể đã bị xoá hoặc đổi tên); hãy chọn lại trong danh sách`
        : `there is no ${singularEn} "${slug}" (it may have been deleted or renamed); pick one again from the list`;
    }
    case 'self':
      return vi ? 'một tin không thể đính chính cho chính nó' : 'an item cannot correct itself';
    case 'not-a-correction': {
      const corrects = labelPath(fields, ['corrects']);
      const correction = optionLabel(fields, ['category'], 'correction');
      return vi ? `tin có "${corrects}" phải thuộc chuyên mục "${correction}"` : `an item with "${corrects}" must be in the category "${correction}"`;
    }
    case 'correction-without-target': {
      const correction = optionLabel(fields, ['category'], 'correction');
      return vi ? `tin chuyên mục "${correction}" phải chọn tin được đính chính` : `a "${correction}" item must name the item it corrects`;
    }
  }
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

/** What the pre-save check knows about other entries, for the fields that name one (`src/model/references.ts`). */
export interface ReferenceLookup {
  /** The entry's own file name; a new entry has none until it is first saved. */
  slug?: string;
  /** Whether the Vietnamese file of an entry exists (the admin app asks its backend, see `admin.ts`). */
  exists: (collection: CollectionName, slug: string) => boolean;
}

/**
 * Problems with the files the CMS is about to write. `byLocale` holds each language's form
 * data; languages whose file will not be written (no title yet) are skipped. Without
 * `references`, every entry named is taken to exist and only the correction rules are checked.
 */
export function entryProblems(
  collection: CollectionName,
  byLocale: Partial<Record<Locale, Data>>,
  format: EntryFormat,
  fields: readonly CmsField[],
  ui: UiLocale,
  references: ReferenceLookup = { exists: () => true },
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
  // Entries are named in the Vietnamese file only (translations share its values), so once.
  if (source) {
    for (const problem of referenceProblems(collection, references.slug, source, references.exists)) {
      problems.push({ locale: defaultLocale, field: labelPath(fields, problem.path), message: explainReference(problem, fields, ui) });
    }
  }
  return problems;
}

export function describeProblems(problems: readonly EntryProblem[], ui: UiLocale): string {
  const intro = ui === 'vi' ? 'Chưa lưu được. Hãy sửa:' : 'Not saved. Please fix:';
  return [intro, ...problems.map((p) => `• ${getLocale(p.locale).nativeName} – ${p.field}: ${p.message}`)].join('\n');
}
