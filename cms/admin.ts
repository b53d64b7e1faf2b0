/**
 * The admin app: Decap CMS from npm, bundled by Astro into `/admin/` only, with the site's
 * formats, previews and pre-save check registered before it starts.
 */
import CMS from 'decap-cms-app';
import type { CmsConfig, CmsField } from 'decap-cms-core';
import { defaultLocale, localeCodes, type Locale } from '../src/config/locales.ts';
import { collectionJsonSchema } from '../src/model/field-policy.ts';
import { collectionNames, type CollectionName } from '../src/model/collections.ts';
import previewStylesheet from '../src/styles/global.css?url';
import { registerBackends } from './backends.ts';
import { formatName } from './config-names.ts';
import { entryFormat, type EntryFormat } from './format.ts';
import { previewFor } from './previews.ts';
import type { UiLocale } from './types.ts';
import { describeProblems, entryProblems } from './validate-entry.ts';

type Immutable = { toJS(): unknown; get(key: string): unknown; getIn(path: readonly string[]): unknown };

export function startCms(config: CmsConfig, ui: UiLocale): void {
  registerBackends();
  const formats = new Map<CollectionName, EntryFormat>();
  for (const name of collectionNames) {
    const format = entryFormat(collectionJsonSchema(name));
    formats.set(name, format);
    CMS.registerCustomFormat(formatName(name), 'mdx', format);
    CMS.registerPreviewTemplate(name, previewFor(name));
  }
  CMS.registerPreviewStyle(previewStylesheet);
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const e = entry as unknown as Immutable;
      const collection = e.get('collection') as CollectionName;
      const fields = (config.collections.find((c) => c.name === collection)?.fields ?? []) as CmsField[];
      const byLocale: Partial<Record<Locale, Record<string, unknown>>> = {};
      for (const locale of localeCodes) {
        const data = (locale === defaultLocale ? e.get('data') : e.getIn(['i18n', locale, 'data'])) as Immutable | undefined;
        if (data) byLocale[locale] = data.toJS() as Record<string, unknown>;
      }
      const problems = entryProblems(collection, byLocale, formats.get(collection)!, fields, ui);
      if (problems.length) throw new Error(describeProblems(problems, ui));
      return undefined;
    },
  });
  CMS.init({ config: { ...config, load_config_file: false } as CmsConfig });
}
