/**
 * Astro's content loader for every collection: `content/<collection>/<locale>/<slug>.md(x)`.
 * It reads each file with the project's one reader and runs the same checks as the pre-build
 * validator (`entry.ts`), then renders the body through `render-body.ts`, whose allow-list
 * refuses anything but plain Markdown output. So nothing reaches the site unchecked even when
 * the validator is skipped (`astro build` run by hand), and the two cannot disagree.
 *
 * Ids are `<locale>/<slug>`, exactly the path without extension, so they never depend on
 * Astro's slugger. A problem stops the build with the same one-line messages as the validator.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isLocale } from '../config/locales.ts';
import { checkEntryImages, checkEntryMeaning, formatProblem, readEntry, type ContentProblem } from './entry.ts';
import { renderBody, UnpublishableBodyError } from './render-body.ts';
import type { CollectionName } from './collections.ts';

/** Entry files of one collection as `[locale, fileName]`, in a stable order. */
export function entryFiles(collectionDir: string): Array<[locale: string, fileName: string]> {
  const found: Array<[string, string]> = [];
  let locales: string[] = [];
  try {
    locales = readdirSync(collectionDir).sort();
  } catch {
    return found;
  }
  for (const locale of locales) {
    const dir = path.join(collectionDir, locale);
    if (!isLocale(locale) || !statSync(dir).isDirectory()) continue;
    for (const fileName of readdirSync(dir).sort()) {
      if (!fileName.startsWith('.') && /\.mdx?$/.test(fileName)) found.push([locale, fileName]);
    }
  }
  return found;
}

/** Loads one entry into the store, or reports why it cannot be published. */
async function loadEntry(
  context: LoaderContext,
  contentRoot: string,
  collection: CollectionName,
  locale: string,
  fileName: string,
  problems: ContentProblem[],
): Promise<void> {
  const absolute = path.join(contentRoot, collection, locale, fileName);
  const file = path.relative(fileURLToPath(context.config.root), absolute).split(path.sep).join('/');
  const before = problems.length;
  const report = (field: string, message: string) => problems.push({ file, locale, field, message });
  const source = await readEntry(contentRoot, collection, locale, fileName, report);
  if (!source) return;
  const slug = fileName.replace(/\.mdx?$/, '');
  await checkEntryImages(contentRoot, collection, absolute, source.data, report);
  checkEntryMeaning(contentRoot, collection, locale, slug, source.data, report);
  let html = '';
  let headings: Awaited<ReturnType<typeof renderBody>>['headings'] = [];
  try {
    ({ html, headings } = await renderBody(source.body, locale));
  } catch (error) {
    if (!(error instanceof UnpublishableBodyError)) throw error;
    report('body', `${error.line === undefined ? '' : `at line ${error.line + source.bodyLine - 1}: `}${error.message}`);
  }
  if (problems.length > before) return;
  const id = `${locale}/${slug}`;
  let data: Record<string, unknown>;
  try {
    data = await context.parseData({ id, data: source.data, filePath: absolute });
  } catch (error) {
    // Astro's own schema message; the validator normally reports these first, field by field.
    report('(schema)', error instanceof Error ? error.message.split('\n').slice(0, 3).join(' ') : String(error));
    return;
  }
  context.store.set({
    id,
    data,
    body: source.body,
    filePath: file,
    digest: context.generateDigest({ data: source.data, body: source.body }),
    rendered: { html, metadata: { headings, imagePaths: [], frontmatter: source.data } },
  });
}

async function loadCollection(context: LoaderContext, contentRoot: string, collection: CollectionName): Promise<void> {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  for (const [locale, fileName] of entryFiles(path.join(contentRoot, collection))) {
    seen.add(`${locale}/${fileName.replace(/\.mdx?$/, '')}`);
    await loadEntry(context, contentRoot, collection, locale, fileName, problems);
  }
  for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
  if (problems.length) {
    throw new Error(`${problems.length} content problem(s) in "${collection}":\n${problems.map((p) => `  ✗ ${formatProblem(p)}`).join('\n')}`);
  }
}

export function contentLoader(collection: CollectionName): Loader {
  return {
    name: 'province-content',
    load: async (context) => {
      const contentRoot = fileURLToPath(new URL('./content/', context.config.root));
      await loadCollection(context, contentRoot, collection);
      // In `astro dev` (and `npm run cms`), reload the collection when one of its files changes.
      const folder = path.join(contentRoot, collection);
      const watcher = context.watcher;
      if (!watcher) return;
      watcher.add(folder);
      const reload = (changed: string) => {
        if (!changed.startsWith(folder + path.sep)) return;
        loadCollection(context, contentRoot, collection).catch((error: Error) => context.logger.error(error.message));
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, reload);
    },
  };
}
