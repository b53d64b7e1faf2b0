/**
 * Reading a built site: its HTML files, the address each one is served at, and which scripts in
 * it run. Shared by the post-build steps (CSP, service worker, share cards, handbook), the byte
 * budgets and the tests.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * HTML files that are documents to download, not pages of the site: the bulletin's e-mail files
 * (`<month>.email.html`), which staff paste into a mailing tool. No step treats them as pages
 * (no policy `<meta>`, no share card, no search entry, no offline copy).
 */
export const isHtmlDocument = (name: string) => name.endsWith('.email.html');

/** Every HTML page under `dir`, sorted (documents such as e-mail files excluded). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html') && !isHtmlDocument(entry.name))
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
