/**
 * Walks the collection registry (`src/model/collections.ts`): for every collection it names the
 * piece a new collection still lacks, a template, CMS labels or UI strings, instead of letting a
 * page, a list or a form silently miss it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { commonOptions } from '../../cms/collections/common.ts';
import { cmsCollections } from '../../cms/collections/index.ts';
import { uiLocales } from '../../cms/types.ts';
import { localeCodes } from '../../src/config/locales.ts';
import { widgetNames } from '../../src/config/widgets.ts';
import { uiStrings } from '../../src/i18n/createTranslator.ts';
import { collectionNames, collections, type CollectionDescriptor, type CollectionName, type Hub } from '../../src/model/collections.ts';
import { jsonSchemaOf, type SchemaNode } from '../../src/model/field-policy.ts';
import { dataNames } from '../../src/utils/data-formats.ts';

const root = path.resolve(import.meta.dirname, '../..');
const pages = path.join(root, 'src/pages/[...locale]');

/** The pages that list a hub's collections. */
const hubPages: Record<Exclude<Hub, 'search'>, string> = {
  home: 'index.astro',
  tourism: 'tourism/index.astro',
  invest: 'invest/index.astro',
  media: 'media/index.astro',
};

/** Every enum-valued field of a schema, by dotted path (list items have no index), as the CMS names them. */
function enumFields(node: SchemaNode, prefix = ''): Array<{ path: string; values: readonly (string | number)[] }> {
  const found: Array<{ path: string; values: readonly (string | number)[] }> = [];
  if (node.enum && prefix) found.push({ path: prefix, values: node.enum });
  for (const [key, child] of Object.entries(node.properties ?? {})) found.push(...enumFields(child, prefix ? `${prefix}.${key}` : key));
  if (node.items) found.push(...enumFields(node.items, prefix));
  for (const variant of [...(node.oneOf ?? []), ...(node.anyOf ?? [])]) found.push(...enumFields(variant, prefix));
  return found;
}

const missingIn = (key: string) => localeCodes.filter((locale) => !(key in uiStrings[locale]));

/** What collection `name` lacks, one line per missing piece. */
function missingPieces(name: CollectionName, descriptor: CollectionDescriptor): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${name}: ${what}`);
  };
  const uiKey = (key: string, why: string) => {
    const missing = missingIn(key);
    need(missing.length === 0, `UI string "${key}" (${why}) is missing in ${missing.join(', ')} (src/i18n/locales/)`);
  };

  // Templates.
  const entryTemplate = descriptor.section ? `${descriptor.section}/[slug].astro` : '[page].astro';
  need(existsSync(path.join(pages, entryTemplate)), `no entry template src/pages/[...locale]/${entryTemplate}`);
  if (descriptor.section)
    need(existsSync(path.join(pages, descriptor.section, 'index.astro')), `no list page src/pages/[...locale]/${descriptor.section}/index.astro`);

  // CMS labels.
  const cms = cmsCollections[name as keyof typeof cmsCollections] as (typeof cmsCollections)[keyof typeof cmsCollections] | undefined;
  need(cms !== undefined, `no CMS definition in cms/collections/ (labels for staff)`);
  if (cms) {
    for (const what of ['label', 'labelSingular', 'description'] as const) {
      need(
        uiLocales.every((_, i) => Boolean(cms[what][i]?.trim())),
        `CMS ${what} is empty in a CMS language (cms/collections/${name}.ts)`,
      );
    }
    for (const field of enumFields(jsonSchemaOf(descriptor.schema))) {
      const options = cms.options?.[field.path] ?? commonOptions[field.path];
      if (field.path.endsWith('.calendar') || field.path === 'stars') continue; // a discriminator and a number: the CMS shows them as they are
      if (options === undefined) {
        need(false, `CMS option labels for "${field.path}" (cms/collections/${name}.ts, options)`);
      } else if (typeof options === 'string') {
        for (const value of field.values) uiKey(`${options}.${value}`, `label of ${field.path} = ${value}`);
      } else {
        for (const value of field.values) need(String(value) in options, `CMS option label for ${field.path} = ${value} (cms/collections/${name}.ts)`);
      }
    }
  }

  // UI strings.
  uiKey(descriptor.titleKey, 'titleKey, its heading');
  uiKey(`searchType.${descriptor.searchType}`, 'its search type’s label');

  // Where it appears.
  if (descriptor.appearsIn.widget) {
    need(existsSync(path.join(pages, 'embed', name, 'index.astro')), `no widget page src/pages/[...locale]/embed/${name}/index.astro`);
    uiKey(`embed.${name}.title`, 'its widget’s name in the builder');
    uiKey(`embed.${name}.frameTitle`, 'its widget’s frame title');
  }
  need(descriptor.appearsIn.dataApi === dataNames.includes(name as never), `appearsIn.dataApi does not match the formats in src/utils/data-formats.ts`);
  for (const hub of descriptor.appearsIn.hubs) {
    if (hub === 'search') continue; // the search page lists every collection from the registry itself
    const source = readFileSync(path.join(pages, hubPages[hub]), 'utf8');
    need(
      source.includes(`'${name}'`) || source.includes(`"${name}"`),
      `listed for the ${hub} hub, but src/pages/[...locale]/${hubPages[hub]} never uses '${name}'`,
    );
  }
  if (descriptor.appearsIn.kiosk) {
    need(
      readFileSync(path.join(root, 'src/pages/kiosk/index.astro'), 'utf8').includes(name),
      `marked for the kiosk, but src/pages/kiosk/index.astro has no ${name} slide`,
    );
  }
  // Orders and feed dates read fields that only some schemas have.
  const fields = jsonSchemaOf(descriptor.schema).properties ?? {};
  if (descriptor.sort === 'order') need('order' in fields, `sort: 'order' needs an \`order\` field in its schema`);
  if (descriptor.sort === 'next-date') need('dateRule' in fields, `sort: 'next-date' needs a \`dateRule\` field in its schema`);
  if (descriptor.sort === 'newest' || descriptor.feed === 'published')
    need('date' in fields, `sort: 'newest' and feed: 'published' need a \`date\` field in its schema`);
  if (descriptor.feed === 'next-occurrence') need('dateRule' in fields, `feed: 'next-occurrence' needs a \`dateRule\` field in its schema`);
  return problems;
}

describe('every collection in the registry has all its pieces', () => {
  test.each(collectionNames)('%s', (name) => {
    expect(missingPieces(name, collections[name] as CollectionDescriptor)).toEqual([]);
  });

  test('a new collection declared without its pieces is named, piece by piece', () => {
    const podcasts: CollectionDescriptor = {
      ...(collections.pages as CollectionDescriptor),
      section: 'podcasts',
      searchType: 'podcasts',
      titleKey: 'podcasts.title' as never,
      appearsIn: { hubs: ['home', 'search'], widget: true, kiosk: true, dataApi: true },
    };
    const problems = missingPieces('podcasts' as CollectionName, podcasts);
    expect(problems).toEqual(
      expect.arrayContaining([
        'podcasts: no entry template src/pages/[...locale]/podcasts/[slug].astro',
        'podcasts: no list page src/pages/[...locale]/podcasts/index.astro',
        'podcasts: no CMS definition in cms/collections/ (labels for staff)',
        `podcasts: UI string "podcasts.title" (titleKey, its heading) is missing in ${localeCodes.join(', ')} (src/i18n/locales/)`,
        `podcasts: UI string "searchType.podcasts" (its search type’s label) is missing in ${localeCodes.join(', ')} (src/i18n/locales/)`,
        'podcasts: no widget page src/pages/[...locale]/embed/podcasts/index.astro',
        'podcasts: appearsIn.dataApi does not match the formats in src/utils/data-formats.ts',
        "podcasts: listed for the home hub, but src/pages/[...locale]/index.astro never uses 'podcasts'",
        'podcasts: marked for the kiosk, but src/pages/kiosk/index.astro has no podcasts slide',
      ]),
    );
    expect(missingPieces('pages', { ...(collections.pages as CollectionDescriptor), sort: 'order', feed: 'next-occurrence' })).toEqual([
      "pages: sort: 'order' needs an `order` field in its schema",
      "pages: feed: 'next-occurrence' needs a `dateRule` field in its schema",
    ]);
  });

  test('an enum field without option labels, or a value without its UI string, is named', () => {
    // Products with a category the UI strings do not know.
    const original = cmsCollections.products.options;
    const withoutCategory = { ...original };
    delete (withoutCategory as Record<string, unknown>).category;
    (cmsCollections.products as { options?: unknown }).options = withoutCategory;
    try {
      expect(missingPieces('products', collections.products as CollectionDescriptor)).toEqual([
        'products: CMS option labels for "category" (cms/collections/products.ts, options)',
      ]);
    } finally {
      (cmsCollections.products as { options?: unknown }).options = original;
    }
  });

  test('sections and search types are unique, and widgets follow the registry', () => {
    const sections = collectionNames.map((name) => collections[name].section);
    expect(new Set(sections).size).toBe(sections.length);
    const types = collectionNames.map((name) => collections[name].searchType);
    expect(new Set(types).size).toBe(types.length);
    expect(widgetNames).toEqual([...collectionNames.filter((name) => collections[name].appearsIn.widget), 'search']);
  });
});
