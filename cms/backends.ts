/**
 * Decap's backends, registered under the site's own names with one change: files whose content
 * is blank are not written. Decap writes a file for every language that has form data, and
 * opening a new entry gives every language form data, so without this an entry translated
 * into two languages would leave four empty files behind, which the build rejects. The backend
 * Decap makes is also kept, so that the pre-save check can ask it whether an entry exists.
 */
import CMS from 'decap-cms-app';
import { ProxyBackend } from 'decap-cms-backend-proxy';
import { GitHubBackend } from 'decap-cms-backend-github';
import { GitLabBackend } from 'decap-cms-backend-gitlab';
import { backendNames } from './backend.ts';
import type { EntryReader } from './entry-lookup.ts';

interface DataFile {
  raw: string;
}
type Persist = (entry: { dataFiles: DataFile[] }, options: unknown) => Promise<unknown>;
type BackendClass = new (...args: never[]) => object;

let active: EntryReader | undefined;

/** The backend Decap started with, to look entries up before a save (see `entry-lookup.ts`). */
export function activeBackend(): EntryReader {
  if (!active) throw new Error('The CMS backend has not started yet');
  return active;
}

function writingOnlyTranslatedFiles(Base: BackendClass): BackendClass {
  return class extends Base {
    constructor(...args: never[]) {
      super(...args);
      active = this as unknown as EntryReader;
    }

    persistEntry(entry: { dataFiles: DataFile[] }, options: unknown) {
      const persist = (Base.prototype as { persistEntry: Persist }).persistEntry;
      return persist.call(this, { ...entry, dataFiles: entry.dataFiles.filter((file) => file.raw.trim() !== '') }, options);
    }
  };
}

export function registerBackends(): void {
  CMS.registerBackend(backendNames.local, writingOnlyTranslatedFiles(ProxyBackend) as never);
  CMS.registerBackend(backendNames.github, writingOnlyTranslatedFiles(GitHubBackend) as never);
  CMS.registerBackend(backendNames.gitlab, writingOnlyTranslatedFiles(GitLabBackend) as never);
}
