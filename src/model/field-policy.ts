/**
 * What the collection schemas say about each field beyond validation: whether its value is
 * shared by every language (coordinates, dates, stars, prices, image files) or translated, and
 * which widget edits it. The build fills a translation's missing shared fields from the
 * Vietnamese file with this, and the CMS config is generated from the same JSON Schema, so the
 * two can never disagree about a field.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { collections, type CollectionName } from './collections.ts';

/** A JSON Schema node as produced by `z.toJSONSchema`, with the `.meta()` keys the schemas use. */
export interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  /** A record's keys (`z.record` over an enum gives their `enum`) and the schema of each value. */
  propertyNames?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
  required?: string[];
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  enum?: (string | number)[];
  const?: string | number | boolean;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
  format?: string;
  /** `shared`: one value for every language; `translate`: written per language. */
  i18n?: 'shared' | 'translate';
  /** Widget hint: `image` for pictures, `file` for other media files, `date` for "YYYY-MM-DD" dates. */
  widget?: 'image' | 'file' | 'date';
  /** With the `file` widget: a web address may stand instead of a file (a video on YouTube, Facebook or TikTok). */
  acceptsUrl?: boolean;
}

/** Stands in for Astro's `image()` when only the shape of a schema is needed. */
const imageShape = () => z.string().meta({ widget: 'image' });

/** The JSON Schema of a collection's frontmatter, as an editor fills it in (defaults optional). */
export function collectionJsonSchema(name: CollectionName): SchemaNode {
  return jsonSchemaOf(collections[name].schema);
}

/** The JSON Schema of a schema factory's frontmatter (`image()` stands in as a string). */
export function jsonSchemaOf(factory: (context: SchemaContext) => z.ZodType): SchemaNode {
  return z.toJSONSchema(factory({ image: imageShape } as never), { io: 'input', unrepresentable: 'any' }) as SchemaNode;
}

/** Whether a field's value is the same in every language. */
export function isShared(node: SchemaNode): boolean {
  if (node.i18n) return node.i18n === 'shared';
  const variants = node.oneOf ?? node.anyOf;
  if (variants) return variants.every(isShared);
  if (node.enum || node.const !== undefined) return true;
  if (node.widget) return true;
  if (node.format === 'email' || node.format === 'uri') return true;
  switch (node.type) {
    case 'number':
    case 'integer':
    case 'boolean':
      return true;
    case 'object':
      return Object.values(node.properties ?? {}).every(isShared);
    case 'array':
      return node.items ? isShared(node.items) : false;
    default:
      return false;
  }
}

/**
 * Where shared values sit inside a field that is translated as a whole: `true` means the
 * whole value is shared; an object names the parts that are; `undefined` means nothing is.
 */
export type SharedPlan = true | { fields: Record<string, SharedPlan> } | { items: SharedPlan };

export function sharedPlan(node: SchemaNode): SharedPlan | undefined {
  if (isShared(node)) return true;
  if (node.type === 'object' && node.properties) {
    const fields: Record<string, SharedPlan> = {};
    for (const [key, child] of Object.entries(node.properties)) {
      const plan = sharedPlan(child);
      if (plan) fields[key] = plan;
    }
    return Object.keys(fields).length ? { fields } : undefined;
  }
  if (node.type === 'array' && node.items) {
    const items = sharedPlan(node.items);
    return items ? { items } : undefined;
  }
  return undefined;
}

const plans = new Map<CollectionName, SharedPlan | undefined>();
export function collectionSharedPlan(name: CollectionName): SharedPlan | undefined {
  if (!plans.has(name)) plans.set(name, sharedPlan(collectionJsonSchema(name)));
  return plans.get(name);
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Fills the shared values a translation leaves out with the default locale's values, so a
 * translator writes only text. Values the translation does give are kept. List items are
 * matched by position, so the third photo's file comes from the third Vietnamese photo.
 */
export function fillShared(translation: unknown, source: unknown, plan: SharedPlan | undefined): unknown {
  if (!plan) return translation;
  if (translation === undefined || translation === null) return plan === true ? structuredClone(source) : translation;
  if (plan === true) return translation;
  if ('fields' in plan) {
    if (!isRecord(translation) || !isRecord(source)) return translation;
    const out: Record<string, unknown> = { ...translation };
    for (const [key, childPlan] of Object.entries(plan.fields)) {
      const filled = fillShared(translation[key], source[key], childPlan);
      if (filled !== undefined) out[key] = filled;
    }
    return out;
  }
  if (!Array.isArray(translation) || !Array.isArray(source)) return translation;
  return translation.map((item, i) => fillShared(item, source[i], plan.items));
}
