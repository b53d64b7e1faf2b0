/**
 * A throw-away copy of the project for running the real build script (`scripts/build.ts`):
 * code, configuration and public files are copied, node_modules is linked, and the content
 * tree starts almost empty so that each test writes only the entries it needs. A previous
 * build is planted in dist/ before every run, so a test can check that a failed build leaves
 * it byte for byte as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** What the copies copy: everything the build reads except content and node_modules. */
const copied = ['src', 'scripts', 'cms', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** The "previous build": an HTML page, a nested page and a binary asset. */
export const previousDist: Readonly<Record<string, string | Uint8Array>> = {
  'index.html': '<!doctype html><title>previous build</title>',
  'en/index.html': '<!doctype html><html lang="en"><title>previous build (en)</title></html>',
  'media/previous.bin': new Uint8Array([0, 255, 1, 254, 10, 13, 0x80]),
};

/** The names `temporarySibling` (scripts/lib/atomic-dir.ts) gives: `.<target>-<label>-<pid>`. */
const temporaryFolder = /^\..+-[a-z]+-\d+$/;

export interface BuildRun {
  status: number | null;
  /** stdout, a newline, then stderr. */
  output: string;
}

export interface ProjectCopy {
  dir: string;
  /** Writes a file under the copy (`content/pages/vi/x.mdx`), creating folders. */
  write(rel: string, data: string | Uint8Array): void;
  /** Empties content/ except the shared media folder, leaving `content/pages/vi/` in place. */
  resetContent(): void;
  /** Plants the previous build in dist/, then runs `scripts/build.ts` without Chromium. */
  build(env?: Record<string, string>): BuildRun;
  /** Every file under dist/, path → bytes. */
  distFiles(): Map<string, Buffer>;
  /** Temporary folders of the build script (`.dist-building-<pid>`, `.dist-old-<pid>`) left next to dist/. */
  leftoverTemps(): string[];
  remove(): void;
}

/** Every file under `dir`, relative path (with `/`) → bytes. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (rel: string) => {
    const full = path.join(dir, rel);
    if (statSync(full).isDirectory()) for (const name of readdirSync(full).sort()) walk(rel ? `${rel}/${name}` : name);
    else files.set(rel, readFileSync(full));
  };
  walk('');
  return files;
}

/** The previous build as `readTree` would read it. */
export function previousDistFiles(): Map<string, Buffer> {
  return new Map(Object.entries(previousDist).map(([rel, data]) => [rel, Buffer.from(data)]));
}

export function copyProject(prefix = 'province-build-'): ProjectCopy {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const item of copied) cpSync(path.join(projectRoot, item), path.join(dir, item), { recursive: true });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const content = path.join(dir, 'content');

  const copy: ProjectCopy = {
    dir,
    write(rel, data) {
      const file = path.join(dir, rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, data);
    },
    resetContent() {
      rmSync(content, { recursive: true, force: true });
      // A small content tree keeps the Astro run short.
      mkdirSync(path.join(content, 'pages/vi'), { recursive: true });
      cpSync(path.join(projectRoot, 'content/_media'), path.join(content, '_media'), { recursive: true });
    },
    build(env = {}) {
      const dist = path.join(dir, 'dist');
      rmSync(dist, { recursive: true, force: true });
      for (const [rel, data] of Object.entries(previousDist)) {
        mkdirSync(path.dirname(path.join(dist, rel)), { recursive: true });
        writeFileSync(path.join(dist, rel), data);
      }
      // No Chromium here: the mini-site builds without handbook PDFs, as on a machine without a browser.
      const run = spawnSync(process.execPath, ['scripts/build.ts'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, OUT_DIR: 'dist', CHROMIUM_PATH: '/nonexistent/chromium', ...env },
      });
      return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
    },
    distFiles: () => readTree(path.join(dir, 'dist')),
    leftoverTemps: () => readdirSync(dir).filter((name) => temporaryFolder.test(name)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  copy.resetContent();
  return copy;
}
