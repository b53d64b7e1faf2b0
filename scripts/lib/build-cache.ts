/**
 * A small content-addressed file cache for the build steps that run after Astro (share cards,
 * handbook PDFs). An entry is stored under the hash of everything that decides its bytes, so a
 * hit is always correct and nothing ever needs invalidating: a changed input is a new key.
 * Entries not used for `maxAgeDays` are pruned. Each cache lives in
 * `node_modules/.cache/<name>` by default (next to Astro's own cache, never deployed); an
 * environment variable moves it, and the value `off` turns it off.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

export const sha256 = (...parts: (string | Uint8Array)[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/**
 * The cache folder: `explicit` if given (`false` turns the cache off), else the environment
 * variable `envName` (`off` or empty turns it off), else `node_modules/.cache/<name>`.
 */
export function resolveCacheDir(name: string, envName: string, explicit?: string | false, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (explicit === false) return undefined;
  if (explicit !== undefined) return path.resolve(explicit);
  const fromEnv = env[envName];
  if (fromEnv !== undefined) return fromEnv === '' || fromEnv === 'off' ? undefined : path.resolve(fromEnv);
  return path.join(projectRoot, 'node_modules', '.cache', name);
}

/** The hash of a file's bytes, `missing` when there is no such file. */
export async function fileDigest(file: string): Promise<string> {
  try {
    return sha256(await readFile(file));
  } catch {
    return 'missing';
  }
}

/** The source of a module, hashed, so that changing how an output is made changes every key. */
export function sourceDigest(moduleUrl: string): string {
  try {
    return sha256(readFileSync(new URL(moduleUrl)));
  } catch {
    return 'unknown';
  }
}

let fonts: string | undefined;
/**
 * A fingerprint of the system fonts (names, sizes and dates of the font files and of the
 * fontconfig settings). Cards and PDFs are set in system fonts, so installing fonts-noto-cjk
 * must not reuse cards drawn with boxes for missing glyphs.
 */
export function fontsFingerprint(): string {
  if (fonts) return fonts;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      try {
        const info = statSync(full);
        if (info.isDirectory()) walk(full);
        else hash.update(`${full}\0${info.size}\0${info.mtimeMs}\n`);
      } catch {
        // a dangling link: ignore it
      }
    }
  };
  for (const dir of ['/usr/share/fonts', '/usr/local/share/fonts', path.join(homedir(), '.local/share/fonts'), path.join(homedir(), '.fonts'), '/etc/fonts'])
    walk(dir);
  fonts = hash.digest('hex');
  return fonts;
}

/** Identifies an executable build (path, size, date) without running it. */
export function executableFingerprint(file: string): string {
  try {
    const info = statSync(file);
    return `${file}\0${info.size}\0${info.mtimeMs}`;
  } catch {
    return `${file}\0missing`;
  }
}

/** Where an entry of `key` with `extension` lives: a two-character fan-out keeps folders small. */
export const entryPath = (dir: string, key: string, extension: string): string => path.join(dir, key.slice(0, 2), `${key}${extension}`);

/** Writes `data` to `file` through a temporary file and a rename, so readers never see half a file. */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Copies `from` into the cache as `file`, atomically. */
export async function copyIntoCache(from: string, file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await copyFile(from, temp);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Copies a cached entry to `to` and marks it as used now (for pruning). Returns false, and
 * copies nothing, when the entry does not exist.
 */
export async function restoreFromCache(file: string, to: string): Promise<boolean> {
  if (!existsSync(file)) return false;
  await mkdir(path.dirname(to), { recursive: true });
  try {
    await copyFile(file, to);
  } catch {
    return false;
  }
  const now = new Date();
  await utimes(file, now, now).catch(() => undefined);
  return true;
}

/** Removes entries not used for `maxAgeDays` days (and leftover temporary files); returns how many. */
export async function pruneCache(dir: string, maxAgeDays = 30, now = Date.now()): Promise<number> {
  let removed = 0;
  const limit = now - maxAgeDays * 86_400_000;
  let groups: string[];
  try {
    groups = await readdir(dir);
  } catch {
    return 0;
  }
  for (const group of groups) {
    const groupDir = path.join(dir, group);
    let names: string[];
    try {
      names = await readdir(groupDir);
    } catch {
      continue;
    }
    for (const name of names) {
      const file = path.join(groupDir, name);
      try {
        const info = await stat(file);
        // A temporary file older than an hour belongs to a build that was killed.
        const stale = name.endsWith('.tmp') ? info.mtimeMs < now - 3_600_000 : info.mtimeMs < limit;
        if (stale) {
          await rm(file, { force: true });
          removed++;
        }
      } catch {
        // removed meanwhile by another build
      }
    }
  }
  return removed;
}
