/**
 * The Decap CMS configuration, generated when the site is built from the collection schemas
 * (`src/model/collections.ts`), the locales (`src/config/locales.ts`) and the modules in
 * `cms/collections/`. Nothing here is written by hand per field.
 */
import type { CmsCollection, CmsConfig } from 'decap-cms-core';
import { defaultLocale, localeCodes } from '../src/config/locales.ts';
import { site } from '../src/config/site.ts';
import { collectionJsonSchema } from '../src/model/field-policy.ts';
import { collections, collectionNames, type CollectionName } from '../src/model/collections.ts';
import { backendFromEnv, type CmsEnv } from './backend.ts';
import { cmsCollections } from './collections/index.ts';
import { formatName } from './config-names.ts';
import { fieldsFor } from './fields.ts';
import type { UiLocale } from './types.ts';

/** Where uploaded images go: next to the content, where astro:assets finds and optimises them. */
export const mediaFolder = 'content/_media';
/** How an entry refers to an uploaded image: relative to `content/<collection>/<locale>/<slug>.mdx`. */
export const publicFolder = '../../_media';

function collectionConfig(name: CollectionName, ui: UiLocale, basePath: string): CmsCollection {
  const def = cmsCollections[name];
  const pick = (label: readonly [string, string]) => (ui === 'vi' ? label[0] : label[1]);
  const section = collections[name].section;
  return {
    name,
    label: pick(def.label),
    label_singular: pick(def.labelSingular),
    description: pick(def.description),
    folder: `content/${name}`,
    extension: 'mdx',
    format: formatName(name) as CmsCollection['format'],
    create: true,
    slug: '{{slug}}',
    identifier_field: 'title',
    summary: def.summary,
    ...(def.sortable ? { sortable_fields: [...def.sortable] } : {}),
    preview_path: `${basePath}${section ? `${section}/` : ''}{{slug}}/`,
    i18n: true,
    fields: fieldsFor(def, collectionJsonSchema(name), ui),
  } as CmsCollection;
}

export function buildCmsConfig(env: CmsEnv, ui: UiLocale): CmsConfig {
  const { backend, publishMode } = backendFromEnv(env);
  const basePath = site.basePath.endsWith('/') ? site.basePath : `${site.basePath}/`;
  return {
    backend,
    publish_mode: publishMode,
    locale: ui,
    site_url: new URL(basePath, site.url).href,
    display_url: new URL(basePath, site.url).href,
    media_folder: mediaFolder,
    public_folder: publicFolder,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_folders', locales: [...localeCodes], default_locale: defaultLocale },
    collections: collectionNames.map((name) => collectionConfig(name, ui, basePath)),
  } as CmsConfig;
}
