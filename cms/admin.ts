/**
 * The admin app: Decap CMS from npm, bundled by Astro into `/admin/` only, with the site's
 * formats, previews and pre-save check registered before it starts.
 */
import CMS from 'decap-cms-app';
import type { CmsConfig, CmsField } from 'decap-cms-core';
import { defaultLocale, localeCodes, type Locale } from '../src/config/locales.ts';
import { collectionJsonSchema } from '../src/model/field-policy.ts';
import { collectionNames, type CollectionName } from '../src/model/collections.ts';
import { entryReferences } from '../src/model/references.ts';
import previewStylesheet from '../src/styles/global.css?url';
import { activeBackend, registerBackends } from './backends.ts';
import { formatName } from './config-names.ts';
import { entryExists } from './entry-lookup.ts';
import { entryFormat, type EntryFormat } from './format.ts';
import { previewFor } from './previews.ts';
import type { UiLocale } from './types.ts';
import { describeProblems, entryProblems } from './validate-entry.ts';

type Immutable = { toJS(): unknown; get(key: string): unknown; getIn(path: readonly string[]): unknown };
type Phrases = Record<string, Record<string, Record<string, Record<string, string>>>>;

/**
 * Decap's Vietnamese strings lack the buttons for typing a web address into a file field
 * (a video's YouTube, Facebook or TikTok address), which would otherwise show in English; the
 * field's hint names these buttons.
 */
function completeVietnamesePhrases(): void {
  const vi = CMS.getLocale('vi') as unknown as Phrases | undefined;
  const widgets = vi?.editor?.editorWidgets;
  if (!vi || !widgets) return;
  const address = { chooseUrl: 'Chèn từ URL', replaceUrl: 'Thay bằng URL', promptUrl: 'Dán địa chỉ (URL), bắt đầu bằng https://' };
  CMS.registerLocale('vi', {
    ...vi,
    editor: { ...vi.editor, editorWidgets: { ...widgets, file: { ...address, ...widgets.file }, image: { ...address, ...widgets.image } } },
  } as never);
}

export function startCms(config: CmsConfig, ui: UiLocale): void {
  registerBackends();
  completeVietnamesePhrases();
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
    handler: async ({ entry }) => {
      const e = entry as unknown as Immutable;
      const collection = e.get('collection') as CollectionName;
      const fields = (config.collections.find((c) => c.name === collection)?.fields ?? []) as CmsField[];
      const byLocale: Partial<Record<Locale, Record<string, unknown>>> = {};
      for (const locale of localeCodes) {
        const data = (locale === defaultLocale ? e.get('data') : e.getIn(['i18n', locale, 'data'])) as Immutable | undefined;
        if (data) byLocale[locale] = data.toJS() as Record<string, unknown>;
      }
      // The entries this one names (related entries, the item a correction corrects), asked of the backend.
      const found = new Set<string>();
      await Promise.all(
        entryReferences(collection, byLocale[defaultLocale] ?? {}).map(async ({ collection: target, slug }) => {
          const folder = (config.collections.find((c) => c.name === target) as { folder?: string } | undefined)?.folder ?? `content/${target}`;
          if (await entryExists(activeBackend(), folder, slug)) found.add(`${target}/${slug}`);
        }),
      );
      const references = { slug: (e.get('slug') as string | undefined) || undefined, exists: (target: string, slug: string) => found.has(`${target}/${slug}`) };
      const problems = entryProblems(collection, byLocale, formats.get(collection)!, fields, ui, references);
      if (problems.length) throw new Error(describeProblems(problems, ui));
      return undefined;
    },
  });
  CMS.init({ config: { ...config, load_config_file: false } as CmsConfig });
}
