/**
 * Turns a collection's JSON Schema (from its zod schema) into Decap CMS fields. Names, types,
 * required flags, limits, options and the shared-or-translated choice all come from the
 * schema; the collection module only supplies labels, and which fields are picked from another
 * collection (`relations`). A schema field without a label, a label for a field the schema does
 * not have, or a relation the build does not check the same way, is an error, so they cannot
 * drift apart.
 */
import type { CmsField } from 'decap-cms-core';
import { isShared, type SchemaNode } from '../src/model/field-policy.ts';
import { uiStrings } from '../src/i18n/createTranslator.ts';
import type { CollectionName } from '../src/model/collections.ts';
import { referenceFields } from '../src/model/references.ts';
import { commonFields, commonHints, commonOptions } from './collections/common.ts';
import { cmsCollections } from './collections/index.ts';
import type { CollectionDefinition, Label, UiLocale } from './types.ts';

/**
 * Text is translated (`true`). A shared value is `duplicate`: copied from Vietnamese and shown
 * read-only in the other languages. Decap allows only true or false on objects and lists, so a
 * wholly shared object or list is `false`: hidden in the other languages and left out of their
 * files, where the build fills it in from the Vietnamese file (`src/model/shared-fields.ts`).
 */
type I18nSetting = boolean | 'duplicate';

const isContainer = (node: SchemaNode) => Boolean(node.oneOf) || node.type === 'object' || (node.type === 'array' && !node.items?.enum);

interface Context {
  def: CollectionDefinition;
  ui: UiLocale;
  /** Paths that got a label, to find labels for fields that no longer exist. */
  used: Set<string>;
  /** Paths of `def.relations` that were made relation widgets. */
  related: Set<string>;
}

const pick = (label: Label, ui: UiLocale) => (ui === 'vi' ? label[0] : label[1]);

function labelFor(ctx: Context, path: string): string {
  const label = ctx.def.fields[path] ?? commonFields[path];
  if (!label) throw new Error(`cms/collections/${ctx.def.name}.ts has no label for the field "${path}"`);
  ctx.used.add(path);
  return pick(label, ctx.ui);
}

function hintFor(ctx: Context, path: string): string | undefined {
  const hint = ctx.def.hints?.[path] ?? commonHints[path];
  return hint && pick(hint, ctx.ui);
}

function optionLabel(ctx: Context, path: string, value: string | number): string {
  const source = ctx.def.options?.[path] ?? commonOptions[path];
  if (typeof source === 'string') {
    const key = `${source}.${value}`;
    const text = uiStrings[ctx.ui][key] ?? uiStrings.vi[key];
    if (!text) throw new Error(`The UI strings have no "${key}" for the options of ${ctx.def.name}.${path}`);
    return text;
  }
  const label = source?.[String(value)];
  if (!label) throw new Error(`cms/collections/${ctx.def.name}.ts has no label for the option "${value}" of "${path}"`);
  return pick(label, ctx.ui);
}

const messages = {
  maxLength: (n: number): Label => [`Tối đa ${n} ký tự.`, `At most ${n} characters.`],
  email: ['Phải là một địa chỉ email.', 'Must be an email address.'] as Label,
  uri: ['Phải là một đường dẫn bắt đầu bằng https://', 'Must be a link starting with https://'] as Label,
  pattern: ['Giá trị chưa đúng định dạng.', 'This value is not in the expected form.'] as Label,
  phone: ['Phải là số điện thoại, ví dụ +84 277 385 1234.', 'Must be a phone number, for example +84 277 385 1234.'] as Label,
};

function patternFor(node: SchemaNode, ui: UiLocale): [string, string] | undefined {
  if (node.format === 'email') return ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', pick(messages.email, ui)];
  if (node.format === 'uri') return ['^https?://\\S+$', pick(messages.uri, ui)];
  if (node.pattern) {
    const isPhone = node.pattern.includes('0-9 ()');
    return [node.pattern, pick(isPhone ? messages.phone : messages.pattern, ui)];
  }
  if (node.maxLength !== undefined) return [`^[\\s\\S]{0,${node.maxLength}}$`, pick(messages.maxLength(node.maxLength), ui)];
  return undefined;
}

/** The property every variant of a union fixes to a constant: the variant's name. */
export function discriminatorOf(node: SchemaNode): string | undefined {
  const [first, ...rest] = node.oneOf ?? [];
  if (!first?.properties) return undefined;
  return Object.keys(first.properties).find(
    (key) => first.properties![key]!.const !== undefined && rest.every((v) => v.properties?.[key]?.const !== undefined),
  );
}

function toField(name: string, node: SchemaNode, path: string, required: boolean, parentI18n: I18nSetting | undefined, ctx: Context): CmsField {
  const shared = parentI18n === false || parentI18n === 'duplicate' || isShared(node);
  const i18n: I18nSetting = shared ? (isContainer(node) ? false : 'duplicate') : true;
  const common = {
    name,
    label: labelFor(ctx, path),
    required,
    i18n,
    ...(hintFor(ctx, path) ? { hint: hintFor(ctx, path) } : {}),
  };
  const childrenOf = (object: SchemaNode, childRequired: boolean, skip?: string) =>
    Object.entries(object.properties ?? {})
      .filter(([key]) => key !== skip)
      .map(([key, child]) =>
        toField(key, child, `${path}.${key}`, childRequired && (object.required ?? []).includes(key) && child.default === undefined, i18n, ctx),
      );

  const target = ctx.def.relations?.[path];
  if (target) {
    ctx.related.add(path);
    return relationField(common, node, target, ctx, path);
  }

  if (node.oneOf) {
    const typeKey = discriminatorOf(node);
    if (!typeKey) throw new Error(`${ctx.def.name}.${path}: a union needs a field that names each variant`);
    labelFor(ctx, `${path}.${typeKey}`);
    return {
      ...common,
      widget: 'list',
      // One item of one type: Decap's way to edit a choice between shapes (see cms/format.ts).
      min: 1,
      max: 1,
      allow_reorder: false,
      typeKey,
      types: node.oneOf.map((variant) => {
        const value = variant.properties![typeKey]!.const as string;
        return {
          name: value,
          label: optionLabel(ctx, `${path}.${typeKey}`, value),
          widget: 'object' as const,
          i18n,
          fields: childrenOf(variant, true, typeKey),
        };
      }),
    } as CmsField;
  }
  const literals = node.anyOf?.map((v) => v.const);
  if (literals?.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return { ...common, widget: 'select', options: literals.map((value) => ({ label: optionLabel(ctx, path, value), value })) } as CmsField;
  }
  if (node.enum) {
    return {
      ...common,
      widget: 'select',
      options: node.enum.map((value) => ({ label: optionLabel(ctx, path, value), value: String(value) })),
      ...(node.default !== undefined ? { default: node.default } : {}),
    } as CmsField;
  }
  switch (node.type) {
    case 'string': {
      if (node.widget === 'image') return { ...common, widget: 'image', choose_url: false };
      // Uploaded files come out as `../../_media/<file>` like images (media_folder and public_folder in config.ts);
      // "Insert from URL" is offered only where the schema accepts a web address instead.
      if (node.widget === 'file') return { ...common, widget: 'file', choose_url: node.acceptsUrl === true } as CmsField;
      if (node.widget === 'date') {
        return { ...common, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, picker_utc: true };
      }
      const multiline = ctx.def.multiline?.includes(path) || (node.maxLength ?? 0) >= 200;
      const pattern = patternFor(node, ctx.ui);
      return { ...common, widget: multiline ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
    }
    case 'number':
    case 'integer': {
      const integer = node.type === 'integer';
      const min = node.minimum ?? (node as { exclusiveMinimum?: number }).exclusiveMinimum;
      const max = node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER ? node.maximum : undefined;
      return {
        ...common,
        widget: 'number',
        value_type: integer ? 'int' : 'float',
        ...(min !== undefined ? { min: integer && min === (node as { exclusiveMinimum?: number }).exclusiveMinimum ? min + 1 : min } : {}),
        ...(max !== undefined ? { max } : {}),
        step: integer ? 1 : 0.0001,
      } as CmsField;
    }
    case 'boolean':
      return { ...common, required: false, widget: 'boolean', default: (node.default as boolean | undefined) ?? false };
    case 'object': {
      const keys = node.propertyNames?.enum;
      const value = node.additionalProperties;
      if (keys && value && typeof value === 'object') {
        // A record keyed by a fixed list (captions by language): one optional field per key.
        const fields = keys.map((key) => toField(String(key), value, `${path}.${key}`, false, i18n, ctx));
        return { ...common, widget: 'object', collapsed: false, fields };
      }
      return { ...common, widget: 'object', collapsed: false, fields: childrenOf(node, required) };
    }
    case 'array': {
      const items = node.items ?? {};
      const min = node.minItems ? { min: node.minItems } : {};
      if (items.enum) {
        return {
          ...common,
          widget: 'select',
          multiple: true,
          ...min,
          options: items.enum.map((value) => ({ label: optionLabel(ctx, path, value), value: String(value) })),
        } as CmsField;
      }
      if (items.type === 'object') {
        return { ...common, widget: 'list', collapsed: false, ...min, fields: childrenOf(items, true) } as CmsField;
      }
      const multiline = ctx.def.multiline?.includes(path);
      return {
        ...common,
        widget: 'list',
        ...min,
        field: { name: 'item', label: common.label, widget: multiline ? 'text' : 'string', i18n } as CmsField,
      } as CmsField;
    }
    default:
      throw new Error(`${ctx.def.name}.${path}: no CMS widget for JSON Schema type "${node.type}"`);
  }
}

/**
 * A field holding the file name of an entry of `target` (a list of them, or one): staff search
 * the entries by title and pick one, and Decap stores its file name (`{{slug}}`). With the
 * `multiple_folders` i18n structure Decap lists each entry once, by its Vietnamese file, so the
 * slug is the same in every language; a translation's pane shows the title in that language
 * when the entry has one.
 */
function relationField(common: Record<string, unknown>, node: SchemaNode, target: CollectionName, ctx: Context, path: string): CmsField {
  const list = node.type === 'array';
  if ((list ? node.items?.type : node.type) !== 'string') {
    throw new Error(`${ctx.def.name}.${path}: a relation must be a text field or a list of text fields in the schema`);
  }
  return {
    ...common,
    widget: 'relation',
    collection: target,
    value_field: '{{slug}}',
    search_fields: ['title'],
    // The line staff know each entry by in its own list (date and title for news).
    display_fields: [cmsCollections[target].summary ?? '{{title}}'],
    multiple: list,
    ...(list && node.minItems ? { min: node.minItems } : {}),
  } as CmsField;
}

/** `def.relations` must name exactly the fields the build checks as references, with the same collections. */
function checkRelations(def: CollectionDefinition, related: ReadonlySet<string>): void {
  const model: Readonly<Record<string, CollectionName>> = referenceFields[def.name] ?? {};
  const declared = def.relations ?? {};
  for (const [path, target] of Object.entries(model)) {
    if (declared[path] !== target) {
      throw new Error(
        `cms/collections/${def.name}.ts: "${path}" holds file names of ${target} entries (src/model/references.ts); declare it in relations as '${target}'`,
      );
    }
  }
  for (const [path, target] of Object.entries(declared)) {
    if (model[path] !== target) {
      throw new Error(
        `cms/collections/${def.name}.ts: relations has "${path}" → ${target}, which src/model/references.ts does not (the build would not check it)`,
      );
    }
    if (!related.has(path)) throw new Error(`cms/collections/${def.name}.ts: relations names a field the schema does not have: ${path}`);
  }
}

/** The Markdown body every entry has after its frontmatter. */
function bodyField(ctx: Context): CmsField {
  return {
    name: 'body',
    label: labelFor(ctx, 'body'),
    hint: hintFor(ctx, 'body'),
    widget: 'markdown',
    required: false,
    i18n: true,
    modes: ['rich_text', 'raw'],
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    // Bodies stay plain Markdown: images, maps and fact boxes are frontmatter fields the templates render.
    editor_components: [],
  };
}

export function fieldsFor(def: CollectionDefinition, schema: SchemaNode, ui: UiLocale): CmsField[] {
  const ctx: Context = { def, ui, used: new Set(), related: new Set() };
  const fields = Object.entries(schema.properties ?? {}).map(([key, node]) =>
    toField(key, node, key, (schema.required ?? []).includes(key) && node.default === undefined, undefined, ctx),
  );
  fields.push(bodyField(ctx));
  const stale = Object.keys(def.fields).filter((path) => !ctx.used.has(path));
  if (stale.length) throw new Error(`cms/collections/${def.name}.ts labels fields the schema does not have: ${stale.join(', ')}`);
  checkRelations(def, ctx.related);
  return fields;
}
