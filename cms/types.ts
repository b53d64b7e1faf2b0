import type { CollectionName } from '../src/model/collections.ts';

/** Languages of the CMS's own interface: Vietnamese for staff, English as the alternative. */
export const uiLocales = ['vi', 'en'] as const;
export type UiLocale = (typeof uiLocales)[number];

/** A label or hint in each interface language: `[Vietnamese, English]`. */
export type Label = readonly [vi: string, en: string];

/** Where a select's option labels come from: a prefix of the site's UI strings, or labels given here. */
export type OptionLabels = string | Readonly<Record<string, Label>>;

/**
 * How one collection appears in the CMS. Fields, types, required flags, options and what is
 * shared between languages all come from the collection's zod schema; a module adds only what
 * a schema cannot know: the words staff read, and the collection a field's file names point into.
 */
export interface CollectionDefinition {
  name: CollectionName;
  label: Label;
  labelSingular: Label;
  description: Label;
  /** Labels of this collection's own fields, by dotted path (`place.coordinates.lat`; list items have no index). */
  fields: Readonly<Record<string, Label>>;
  /** Help shown under a field, by dotted path. */
  hints?: Readonly<Record<string, Label>>;
  /** Option labels of select fields, by dotted path. */
  options?: Readonly<Record<string, OptionLabels>>;
  /**
   * Fields that hold the file name of another entry, by dotted path, and the collection that
   * entry belongs to: staff pick it by its title from a list (Decap's relation widget), and its
   * file name is stored. Must match `src/model/references.ts`, which the build checks them with.
   */
  relations?: Readonly<Record<string, CollectionName>>;
  /** Text fields edited in a multi-line box, by dotted path. */
  multiline?: readonly string[];
  /** Decap summary template for the entry list. */
  summary?: string;
  /** Fields the entry list can be sorted by. */
  sortable?: readonly string[];
}
