/**
 * Whether an entry exists, asked of the backend the admin app is using (decap-server, GitLab or
 * GitHub), for the pre-save check of the fields that name another entry: Decap's relation
 * widget lists only existing entries, but an entry picked earlier may have been deleted or
 * renamed since, and the build refuses a news item that names a missing entry.
 */
import { defaultLocale } from '../src/config/locales.ts';

/** The part of a Decap backend implementation used here. */
export interface EntryReader {
  /** For a missing file decap-server answers `data: null`, GitHub `data: ''` and GitLab fails with status 404. */
  getEntry(path: string): Promise<{ data?: string | null } | undefined>;
}

/** Whether `<folder>/<vi>/<slug>.mdx` (or `.md`, as the build accepts) exists on the backend's branch. */
export async function entryExists(reader: EntryReader, folder: string, slug: string): Promise<boolean> {
  for (const extension of ['mdx', 'md']) {
    try {
      const entry = await reader.getEntry(`${folder}/${defaultLocale}/${slug}.${extension}`);
      // An entry file is never empty (it has at least its frontmatter), so '' means "not there".
      if (typeof entry?.data === 'string' && entry.data !== '') return true;
    } catch (error) {
      // Anything but "not found" (the network, a login that expired) stops the save with Decap's own message.
      if ((error as { status?: unknown } | null)?.status !== 404) throw error;
    }
  }
  return false;
}
