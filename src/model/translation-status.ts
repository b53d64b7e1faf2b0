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
import { collectionNames, type CollectionName } from './collections.ts';
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
    return (
      execFileSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== ''
    );
  } catch {
    return false;
  }
}

/** What git knows of the files under one folder, read with two git commands whatever the number of files. */
export interface FileHistory {
  /** Path from the repository root → its commits, newest first. */
  commits: Map<string, { time: number; subject: string }[]>;
  /** Paths from the repository root with uncommitted changes, new files included. */
  dirty: Set<string>;
  /** The folder git was run in, relative to the repository root ('' at the root, else ending in '/'). */
  prefix: string;
}

const git = (repo: string, args: string[]) =>
  execFileSync('git', ['-c', 'core.quotePath=false', ...args], { cwd: repo, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** One `git log --name-only` pass and one `git status` for everything under `scope`. */
export function fileHistory(repo: string, scope: string): FileHistory {
  const history: FileHistory = { commits: new Map(), dirty: new Set(), prefix: '' };
  if (!hasGitHistory(repo)) return history;
  history.prefix = git(repo, ['rev-parse', '--show-prefix']).trim();
  const rel = path.relative(repo, scope) || '.';
  for (const record of git(repo, ['log', '--format=%x1e%ct%x09%s', '--name-only', '--', rel]).split('\x1e').slice(1)) {
    const [header = '', ...files] = record.split('\n');
    const tab = header.indexOf('\t');
    const commit = { time: Number(header.slice(0, tab)), subject: header.slice(tab + 1) };
    for (const file of files) {
      if (!file) continue;
      const list = history.commits.get(file);
      if (list) list.push(commit);
      else history.commits.set(file, [commit]);
    }
  }
  for (const line of git(repo, ['status', '--porcelain=v1', '--untracked-files=all', '--', rel]).split('\n')) {
    // "XY path", or "XY old -> new" for a rename.
    if (line.length > 3) history.dirty.add(line.slice(3).split(' -> ').pop()!);
  }
  return history;
}

/** When `file` last changed: its newest commit (skipping marked ones), or now if it has uncommitted edits. */
export function lastChange(history: FileHistory, repo: string, file: string, skipMarked: boolean): number | undefined {
  const key = history.prefix + path.relative(repo, file).split(path.sep).join('/');
  if (history.dirty.has(key)) return Math.floor(Date.now() / 1000);
  return history.commits.get(key)?.find((c) => !(skipMarked && ignoreMarker.test(c.subject)))?.time;
}

/** An entry's file in one locale: `<slug>.mdx`, or `<slug>.md`, which the content loader accepts too. */
export function entryFile(contentRoot: string, collection: CollectionName, locale: Locale, slug: string): string {
  const mdx = path.join(contentRoot, collection, locale, `${slug}.mdx`);
  return existsSync(mdx) ? mdx : path.join(contentRoot, collection, locale, `${slug}.md`);
}

export function contentStatus(repo: string, contentRoot = path.join(repo, 'content'), collections: readonly CollectionName[] = collectionNames): EntryStatus[] {
  const history = fileHistory(repo, contentRoot);
  const out: EntryStatus[] = [];
  for (const collection of collections) {
    for (const [slug, locales] of [...scanTranslations(path.join(contentRoot, collection))].sort(([a], [b]) => a.localeCompare(b))) {
      if (!locales.has(defaultLocale)) continue;
      const sourceChanged = lastChange(history, repo, entryFile(contentRoot, collection, defaultLocale, slug), true);
      for (const locale of localeCodes.filter((l) => l !== defaultLocale)) {
        if (!locales.has(locale)) {
          out.push({ collection, slug, locale, state: 'missing', sourceChanged });
          continue;
        }
        const translationChanged = lastChange(history, repo, entryFile(contentRoot, collection, locale, slug), false);
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
