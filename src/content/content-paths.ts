/**
 * Whether a path stays inside a folder once symbolic links are followed. Content must never make
 * the build read outside `content/`: a linked entry file, a linked locale folder or a linked
 * picture could otherwise point at /etc/passwd or the build's secrets.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';

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
