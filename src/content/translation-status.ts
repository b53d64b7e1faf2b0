/**
 * Translation status, the Lunaria way: for every entry and locale, whether the translation is
 * missing (a fallback is served), outdated (the Vietnamese source changed in git after the
 * translation last did) or up to date; and which UI strings each locale lacks. A source commit
 * whose message contains "[typo]" or "[i18n skip]" does not make translations outdated.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultLocale, localeCodes, type Locale } from '../config/locales.ts';
import { collectionNames, type CollectionName } from './schemas.ts';
import { scanTranslations } from './translations.ts';

export type EntryState = 'missing' | 'outdated' | 'up-to-date';

export interface EntryStatus {
  collection: CollectionName;
  slug: string;
  locale: Locale;
  state: EntryState;
  /** Unix seconds of the source's last significant change, when known. */
  sourceChanged?: number | undefined;
  /** Unix seconds of the translation's last change, when it exists. */
  translationChanged?: number | undefined;
}

export interface StatusReport {
  entries: EntryStatus[];
  /** locale → UI string keys present in Vietnamese but missing in that locale. */
  missingUiStrings: Partial<Record<Locale, string[]>>;
}

/** Commit messages that mark a source edit as not needing retranslation. */
export const ignoreMarker = /\[(typo|i18n skip)\]/i;

/** Whether `repo` is a git work tree with history (a copy without .git can tell only what is missing). */
export function hasGitHistory(repo: string): boolean {
  try {
    return execFileSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    return false;
  }
}

/** When `file` last changed: its newest commit (skipping marked ones), or now if it has uncommitted edits. */
export function lastChange(repo: string, file: string, skipMarked: boolean): number | undefined {
  if (!hasGitHistoryCached(repo)) return undefined;
  const rel = path.relative(repo, file);
  const dirty = execFileSync('git', ['status', '--porcelain', '--', rel], { cwd: repo, encoding: 'utf8' }).trim();
  if (dirty) return Math.floor(Date.now() / 1000);
  const log = execFileSync('git', ['log', '--format=%ct%x09%s', '--', rel], { cwd: repo, encoding: 'utf8' }).trim();
  for (const line of log ? log.split('\n') : []) {
    const [time, subject = ''] = line.split('\t');
    if (skipMarked && ignoreMarker.test(subject)) continue;
    return Number(time);
  }
  return undefined;
}

const historyCache = new Map<string, boolean>();
function hasGitHistoryCached(repo: string): boolean {
  if (!historyCache.has(repo)) historyCache.set(repo, hasGitHistory(repo));
  return historyCache.get(repo)!;
}

function entryFile(contentRoot: string, collection: CollectionName, locale: Locale, slug: string): string {
  const mdx = path.join(contentRoot, collection, locale, `${slug}.mdx`);
  return existsSync(mdx) ? mdx : path.join(contentRoot, collection, locale, `${slug}.md`);
}

export function contentStatus(repo: string, contentRoot = path.join(repo, 'content'), collections: readonly CollectionName[] = collectionNames): EntryStatus[] {
  const out: EntryStatus[] = [];
  for (const collection of collections) {
    for (const [slug, locales] of [...scanTranslations(path.join(contentRoot, collection))].sort(([a], [b]) => a.localeCompare(b))) {
      if (!locales.has(defaultLocale)) continue;
      const sourceChanged = lastChange(repo, entryFile(contentRoot, collection, defaultLocale, slug), true);
      for (const locale of localeCodes.filter((l) => l !== defaultLocale)) {
        if (!locales.has(locale)) {
          out.push({ collection, slug, locale, state: 'missing', sourceChanged });
          continue;
        }
        const translationChanged = lastChange(repo, entryFile(contentRoot, collection, locale, slug), false);
        const outdated = sourceChanged !== undefined && translationChanged !== undefined && sourceChanged > translationChanged;
        out.push({ collection, slug, locale, state: outdated ? 'outdated' : 'up-to-date', sourceChanged, translationChanged });
      }
    }
  }
  return out;
}

export function missingUiStrings(strings: Record<Locale, Record<string, string>>): Partial<Record<Locale, string[]>> {
  const out: Partial<Record<Locale, string[]>> = {};
  const source = Object.keys(strings[defaultLocale]);
  for (const locale of localeCodes.filter((l) => l !== defaultLocale)) {
    const missing = source.filter((key) => !strings[locale][key]?.trim());
    if (missing.length) out[locale] = missing;
  }
  return out;
}
