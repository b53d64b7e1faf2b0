/**
 * The investment handbook as one PDF per locale: Chromium prints each locale's one-page book
 * (`<locale>/invest/handbook/book/`, styled for print with a cover, contents and running
 * headers) from a built site, then the handbook pages get their download link with the file's
 * size. Without Chromium the step is skipped, the site stays complete, and the links stay hidden.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { localeCodes, type Locale } from '../../src/config/locales.ts';
import { formatFileSize } from '../../src/i18n/format.ts';
import { localizedFile, localizedPath } from '../../src/utils/urls.ts';
import { chromiumPath, isExecutable } from './chromium.ts';
import { serveStatic } from './static-server.ts';

/** Where a locale's book page and PDF live, relative to the site root. */
export const handbookBookPath = (locale: Locale) => localizedPath(locale, 'invest/handbook/book');
export const handbookPdfPath = (locale: Locale) => localizedFile(locale, 'invest/handbook.pdf');

export type HandbookResult =
  | { status: 'skipped'; reason: string }
  | { status: 'built'; files: { locale: Locale; file: string; bytes: number }[]; pagesUpdated: number };

export interface HandbookOptions {
  /** Folder of the built site. */
  dir: string;
  /** Sub-path the site was built for (BASE_PATH). */
  basePath?: string;
  executablePath?: string;
  locales?: readonly Locale[];
}

export async function buildHandbookPdfs({ dir, basePath = '/', executablePath = chromiumPath, locales = localeCodes }: HandbookOptions): Promise<HandbookResult> {
  if (!isExecutable(executablePath)) {
    return { status: 'skipped', reason: `Chromium was not found at ${executablePath} (install it, or set CHROMIUM_PATH)` };
  }
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    return { status: 'skipped', reason: 'playwright-core is not installed (run npm install)' };
  }
  const { chromiumArgs } = await import('./chromium.ts');
  const server = await serveStatic(dir, basePath);
  const browser = await playwright.chromium.launch({ executablePath, args: chromiumArgs });
  const files: { locale: Locale; file: string; bytes: number }[] = [];
  try {
    const context = await browser.newContext();
    // The book is printed from the local build only; nothing may come from the network.
    const origin = new URL(server.url).origin;
    await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    for (const locale of locales) {
      const page = await context.newPage();
      const url = new URL(handbookBookPath(locale).slice(1), server.url).href;
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`The handbook book page of ${locale} did not load (${response?.status() ?? 'no response'}): ${url}`);
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      const file = path.join(dir, handbookPdfPath(locale));
      await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true, outline: true, tagged: true });
      files.push({ locale, file, bytes: (await stat(file)).size });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const sizes = new Map(files.map((f) => [f.locale, f.bytes]));
  return { status: 'built', files, pagesUpdated: await revealDownloadLinks(dir, sizes) };
}

/**
 * The handbook pages carry a hidden download link per locale (`data-handbook-pdf="xx" hidden`)
 * with an empty `<span data-pdf-size="xx">`. Once the PDF exists the link is shown with its
 * size, and the "print it yourself" hint (`data-handbook-no-pdf`) is dropped. Running it again
 * after a new print updates the sizes.
 */
export async function revealDownloadLinks(dir: string, sizes: ReadonlyMap<Locale, number>): Promise<number> {
  const known = (code: string): code is Locale => sizes.has(code as Locale);
  let updated = 0;
  for (const file of await htmlFiles(dir)) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-handbook-pdf=')) continue;
    const next = html
      .replace(/ data-handbook-pdf="([a-z]+)" hidden/g, (whole, code: string) => (known(code) ? ` data-handbook-pdf="${code}"` : whole))
      .replace(/<span data-pdf-size="([a-z]+)">[^<]*<\/span>/g, (whole, code: string) =>
        known(code) ? `<span data-pdf-size="${code}">${formatFileSize(code, sizes.get(code)!)}</span>` : whole,
      )
      .replace(/<p[^>]* data-handbook-no-pdf="([a-z]+)"[^>]*>[\s\S]*?<\/p>/g, (whole, code: string) => (known(code) ? '' : whole));
    if (next !== html) {
      await writeFile(file, next);
      updated++;
    }
  }
  return updated;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}
