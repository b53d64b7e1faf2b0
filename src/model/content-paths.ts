/**
 * Whether a path stays inside a folder once symbolic links are followed. Content must never make
 * the build read outside `content/`: a linked entry file, a linked locale folder or a linked
 * picture could otherwise point at /etc/passwd or the build's secrets.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** The entry file of `slug` in a locale folder, `.mdx` before `.md`, or undefined. */
export function entryFileOf(contentRoot: string, collection: string, locale: string, slug: string): string | undefined {
  return ['.mdx', '.md'].map((ext) => path.join(contentRoot, collection, locale, `${slug}${ext}`)).find((file) => existsSync(file));
}

/** True when `file` is strictly below `folder` (by path, without touching the disk). */
export function isPathInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** True when `file` exists and its real path (links followed) is below `folder`'s real path. */
export function isRealPathInside(file: string, folder: string): boolean {
  try {
    return isPathInside(realpathSync(file), realpathSync(folder));
  } catch {
    return false;
  }
}
