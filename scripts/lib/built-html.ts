/**
 * Reading a built site: its HTML files, the address each one is served at, and which scripts in
 * it run. Shared by the post-build steps (CSP, service worker, share cards, handbook), the byte
 * budgets and the tests.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every HTML file under `dir`, sorted. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The path a built file is served at, relative to the site root: `ja/x/index.html` → `/ja/x/`. */
export function urlPathOf(dir: string, file: string): string {
  const rel = `/${path.relative(dir, file).split(path.sep).join('/')}`;
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** Whether a `<script>` of this `type` runs; JSON and JSON-LD data blocks do not. */
export const isExecutableScript = (type: string | undefined) => !type || type === 'module' || /^(text|application)\/(java|ecma)script$/i.test(type);
