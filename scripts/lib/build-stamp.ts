/**
 * A fingerprint of everything a build reads, stored next to the dependencies (not in the
 * deployed output). The build writes it; the test setup compares it to skip an identical rebuild.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const inputs = ['src', 'content', 'public', 'scripts', 'cms', 'astro.config.mjs', 'package-lock.json'];

/**
 * Runs before the content is checked, so it must survive whatever content/ holds. Symbolic links
 * are never followed (a link to `.` would loop forever, one to /etc would read outside the
 * project): a link counts as its path and the text of its target, so changing it still changes
 * the fingerprint. Only regular files are read; a named pipe would block the read.
 */
export function buildFingerprint(root: string, settings: Record<string, string>): string {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  const walk = (rel: string) => {
    const full = path.join(root, rel);
    const stats = lstatSync(full, { throwIfNoEntry: false });
    if (!stats) return;
    if (stats.isSymbolicLink()) hash.update(rel).update('\0link\0').update(readlinkSync(full));
    else if (stats.isDirectory()) {
      for (const name of readdirSync(full).sort()) walk(path.join(rel, name));
    } else if (stats.isFile()) hash.update(rel).update(readFileSync(full));
  };
  for (const rel of inputs) walk(rel);
  return hash.digest('hex');
}

function stampFile(root: string, outDir: string): string {
  const key = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16);
  return path.join(root, 'node_modules', '.cache', 'province-showcase', `${key}.stamp`);
}

export function writeBuildStamp(root: string, outDir: string, fingerprint: string): void {
  const file = stampFile(root, outDir);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, fingerprint);
}

export function isBuildCurrent(root: string, outDir: string, fingerprint: string): boolean {
  const file = stampFile(root, outDir);
  return existsSync(path.join(outDir, 'index.html')) && existsSync(file) && readFileSync(file, 'utf8') === fingerprint;
}

/** The settings that change a build's output besides its files. */
export function buildSettings(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  // The build date decides which festivals are upcoming, so yesterday's build is stale today.
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
  return { BASE_PATH: env.BASE_PATH ?? '/', SITE_URL: env.SITE_URL ?? '', BUILD_DATE: env.BUILD_DATE ?? today, EMBED_ORIGINS: env.EMBED_ORIGINS ?? '' };
}
