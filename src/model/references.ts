/**
 * Fields that name another entry by its file name (its slug), and the rules they follow: the
 * entry must exist in Vietnamese, and a news item corrects another exactly when its category is
 * "correction". The build (`entry.ts`) checks them against `content/`, and the CMS's pre-save
 * check (`cms/validate-entry.ts`) against its backend, each with its own words for the problem.
 * The CMS edits these fields with relation widgets, and its config generator fails if one of
 * them is not a relation to the collection named here (`cms/fields.ts`).
 *
 * Node runs this file directly, so it imports nothing that only Astro can resolve.
 */
import type { CollectionName } from './collections.ts';

/** By collection: each field that holds file names (dotted path, list items without index) and the collection they name. */
export const referenceFields: { readonly [C in CollectionName]?: Readonly<Record<string, CollectionName>> } = {
  news: {
    'related.festivals': 'festivals',
    'related.products': 'products',
    'related.opportunities': 'opportunities',
    corrects: 'news',
  },
};

/** What an entry file name looks like; other values are the schema's to refuse. */
const slugPattern = /^[a-z0-9-]+$/;

/** One file name an entry gives. */
export interface EntryReference {
  /** Where it sits in the data, e.g. `['related', 'festivals', 0]`. */
  path: (string | number)[];
  /** The collection it names an entry of. */
  collection: CollectionName;
  /** The entry's file name without extension. */
  slug: string;
}

/** Every well-formed file name an entry's data gives, in the order of `referenceFields`. */
export function entryReferences(collection: CollectionName, data: Record<string, unknown>): EntryReference[] {
  const found: EntryReference[] = [];
  for (const [field, target] of Object.entries(referenceFields[collection] ?? {})) {
    const parts = field.split('.');
    let value: unknown = data;
    for (const part of parts) value = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[part] : undefined;
    const values = Array.isArray(value) ? value.map((v, i) => [v, [...parts, i]] as const) : [[value, parts] as const];
    for (const [slug, path] of values) {
      if (typeof slug === 'string' && slugPattern.test(slug)) found.push({ path: [...path], collection: target, slug });
    }
  }
  return found;
}

/**
 * A broken reference or correction rule. `missing`: the named entry does not exist; `self`: an
 * item corrects itself; `not-a-correction`: it names an item to correct but its category is not
 * "correction"; `correction-without-target`: a correction that names no item.
 */
export type ReferenceProblem =
  | { kind: 'missing'; path: (string | number)[]; reference: EntryReference }
  | { kind: 'self'; path: (string | number)[]; reference: EntryReference }
  | { kind: 'not-a-correction'; path: (string | number)[] }
  | { kind: 'correction-without-target'; path: (string | number)[] };

/**
 * The problems with an entry's references. `exists` says whether the Vietnamese file of an entry
 * exists; `slug` is the entry's own file name, when it has one yet.
 */
export function referenceProblems(
  collection: CollectionName,
  slug: string | undefined,
  data: Record<string, unknown>,
  exists: (collection: CollectionName, slug: string) => boolean,
): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  for (const reference of entryReferences(collection, data)) {
    const self = reference.collection === collection && reference.slug === slug && reference.path[0] === 'corrects';
    if (self) problems.push({ kind: 'self', path: reference.path, reference });
    else if (!exists(reference.collection, reference.slug)) problems.push({ kind: 'missing', path: reference.path, reference });
  }
  if (collection === 'news') {
    const { corrects, category } = data as { corrects?: unknown; category?: unknown };
    if (typeof corrects === 'string' && corrects !== '') {
      if (category !== 'correction') problems.push({ kind: 'not-a-correction', path: ['category'] });
    } else if (category === 'correction') {
      problems.push({ kind: 'correction-without-target', path: ['corrects'] });
    }
  }
  return problems;
}
