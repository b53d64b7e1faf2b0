/**
 * Site search: Pagefind indexes the built site, one index per language from `<html lang>`.
 * Only the content region of entry pages is indexed (`data-pagefind-body`, set by the layout),
 * which keeps navigation, footers, list pages and fallback pages out of every index.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface SearchIndexResult {
  pages: number;
  /** Indexed pages per language, as Pagefind names them (`vi-vn`, `zh-hans`, …). */
  languages: Record<string, number>;
  seconds: number;
}

export async function buildSearchIndex(dir: string): Promise<SearchIndexResult> {
  const started = performance.now();
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    const entry = JSON.parse(await readFile(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const languages = Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]));
    return { pages: added.page_count, languages, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}
