/**
 * Builds into a temporary folder next to the target and swaps it in only on success, so a
 * failed build leaves the previous output untouched.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Removes a folder tree, retrying a few times: a pass can fail with ENOTEMPTY or EBUSY while a
 * file in it is still being closed, and a failed build must not end in a second, nameless crash.
 */
export async function removeTree(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

export function temporarySibling(target: string, label: string): string {
  const dir = path.dirname(path.resolve(target));
  return path.join(dir, `.${path.basename(target)}-${label}-${process.pid}`);
}

/** Replaces `target` with `fresh` in two renames; the old tree is removed afterwards. */
export async function swapIn(fresh: string, target: string): Promise<void> {
  const old = temporarySibling(target, 'old');
  const hadOld = existsSync(target);
  if (hadOld) await rename(target, old);
  try {
    await rename(fresh, target);
  } catch (error) {
    if (hadOld) await rename(old, target);
    throw error;
  }
  if (hadOld) await removeTree(old);
}
