/**
 * The investment handbook as one PDF per locale: Chromium prints each locale's one-page book
 * (`<locale>/invest/handbook/book/`, styled for print with a cover, contents and running
 * headers) from a built site, then the handbook pages get their download link with the file's
 * size. Without Chromium the step is skipped, the site stays complete, and the links stay hidden.
 *
 * PDFs are cached by content (`build-cache.ts`). The key is the hash of the book page's HTML,
 * the locale, the base path, this module's source, Chromium's binary, playwright-core's version
 * and the system fonts. Next to each PDF the cache keeps the list of files Chromium loaded to
 * print it (stylesheets, fonts, images) with their hashes; the PDF is reused only while every one
 * of them is unchanged. When every locale is a hit, Chromium is not even started. The cache is
 * `node_modules/.cache/handbook-pdf`; `HANDBOOK_PDF_CACHE_DIR` moves it, `off` disables it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { htmlFiles } from './built-html.ts';
import { localeCodes, type Locale } from '../../src/config/locales.ts';
import { formatFileSize } from '../../src/i18n/format.ts';
import { localizedFile, localizedPath } from '../../src/utils/urls.ts';
import { chromiumPath, isExecutable } from './chromium.ts';
import { serveStatic } from './static-server.ts';
import {
  copyIntoCache,
  entryPath,
  executableFingerprint,
  fileDigest,
  fontsFingerprint,
  pruneCache,
  resolveCacheDir,
  restoreFromCache,
  sha256,
  sourceDigest,
  writeAtomic,
} from './build-cache.ts';

/** Where a locale's book page and PDF live, relative to the site root. */
export const handbookBookPath = (locale: Locale) => localizedPath(locale, 'invest/handbook/book');
export const handbookPdfPath = (locale: Locale) => localizedFile(locale, 'invest/handbook.pdf');

export type HandbookResult = { status: 'skipped'; reason: string } | { status: 'built'; files: HandbookFile[]; pagesUpdated: number };

export interface HandbookFile {
  locale: Locale;
  file: string;
  bytes: number;
  /** True when the PDF was copied from the cache instead of printed. */
  reused?: boolean;
}

export interface HandbookOptions {
  /** Folder of the built site. */
  dir: string;
  /** Sub-path the site was built for (BASE_PATH). */
  basePath?: string;
  executablePath?: string;
  locales?: readonly Locale[];
  /** Cache folder; `false` turns the cache off. Default: `HANDBOOK_PDF_CACHE_DIR`, else node_modules/.cache/handbook-pdf. */
  cacheDir?: string | false;
}

/**
 * What the build says about a handbook run: a warning when the PDFs were skipped, otherwise one
 * line per locale (its file relative to `relativeTo`, its size, whether the cache supplied it)
 * and the number of pages that got their download link.
 */
export function handbookReport(result: HandbookResult, relativeTo: string): { warning?: string; lines: string[] } {
  if (result.status === 'skipped') {
    return {
      warning: `Handbook PDFs skipped: ${result.reason}. The site is complete; the handbook pages offer printing instead of a download.`,
      lines: [],
    };
  }
  return {
    lines: [
      ...result.files.map(
        (f) => `${f.locale}: ${path.relative(relativeTo, f.file)} (${(f.bytes / 1024).toFixed(0)} KiB${f.reused ? ', unchanged: reused from the cache' : ''})`,
      ),
      `download links added to ${result.pagesUpdated} page(s)`,
    ],
  };
}

/** What the cache keeps next to a PDF: the files Chromium loaded to print it, with their hashes. */
export interface HandbookManifest {
  /** Site-relative path (`/_astro/x.css`) → hash of the file's bytes, or `missing`. */
  resources: Record<string, string>;
}

/** The file a site-relative URL path is served from, as the static server resolves it. */
export function servedFile(dir: string, sitePath: string): string {
  let file = path.join(dir, decodeURIComponent(sitePath));
  if (sitePath.endsWith('/') || (existsSync(file) && statSync(file).isDirectory())) file = path.join(file, 'index.html');
  return file;
}

/** The cache key of a locale's PDF: its book page's HTML and everything else that decides how it prints. */
export function handbookCacheKey(html: string | Uint8Array, locale: Locale, basePath: string, executablePath: string): string {
  let playwrightVersion = 'unknown';
  try {
    playwrightVersion = (createRequire(import.meta.url)('playwright-core/package.json') as { version: string }).version;
  } catch {
    // not installed: the step is skipped anyway
  }
  return sha256(
    'handbook-pdf/1',
    sourceDigest(import.meta.url),
    executableFingerprint(executablePath),
    playwrightVersion,
    fontsFingerprint(),
    locale,
    basePath,
    html,
  );
}

/**
 * Looks up a cached PDF for `key`: it is reused (copied to `to`) only when its manifest exists
 * and every file Chromium loaded for it still has the same bytes in `dir`.
 */
export async function reuseCachedPdf(cacheDir: string, key: string, dir: string, to: string): Promise<boolean> {
  let manifest: HandbookManifest;
  try {
    manifest = JSON.parse(readFileSync(entryPath(cacheDir, key, '.json'), 'utf8')) as HandbookManifest;
  } catch {
    return false;
  }
  for (const [sitePath, digest] of Object.entries(manifest.resources ?? {})) {
    if ((await fileDigest(servedFile(dir, sitePath))) !== digest) return false;
  }
  return restoreFromCache(entryPath(cacheDir, key, '.pdf'), to);
}

/** Stores a printed PDF with the list of site files (`/_astro/x.css`…) it was printed from. */
export async function storePdfInCache(cacheDir: string, key: string, dir: string, pdf: string, sitePaths: Iterable<string>): Promise<void> {
  const resources: Record<string, string> = {};
  for (const sitePath of [...new Set(sitePaths)].sort()) resources[sitePath] = await fileDigest(servedFile(dir, sitePath));
  // The PDF first: a manifest never points at a PDF that is not there yet.
  await copyIntoCache(pdf, entryPath(cacheDir, key, '.pdf'));
  await writeAtomic(entryPath(cacheDir, key, '.json'), `${JSON.stringify({ resources } satisfies HandbookManifest, null, 1)}\n`);
}

export async function buildHandbookPdfs({
  dir,
  basePath = '/',
  executablePath = chromiumPath,
  locales = localeCodes,
  cacheDir: cacheOption,
}: HandbookOptions): Promise<HandbookResult> {
  if (!isExecutable(executablePath)) {
    return { status: 'skipped', reason: `Chromium was not found at ${executablePath} (install it, or set CHROMIUM_PATH)` };
  }
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    return { status: 'skipped', reason: 'playwright-core is not installed (run npm install)' };
  }
  const cacheDir = resolveCacheDir('handbook-pdf', 'HANDBOOK_PDF_CACHE_DIR', cacheOption);
  const done = new Map<Locale, HandbookFile>();
  const keys = new Map<Locale, string>();
  if (cacheDir) {
    for (const locale of locales) {
      const page = path.join(dir, handbookBookPath(locale), 'index.html');
      if (!existsSync(page)) continue; // printing reports the missing page
      const key = handbookCacheKey(await readFile(page), locale, basePath, executablePath);
      keys.set(locale, key);
      const file = path.join(dir, handbookPdfPath(locale));
      if (await reuseCachedPdf(cacheDir, key, dir, file)) done.set(locale, { locale, file, bytes: (await stat(file)).size, reused: true });
    }
  }
  const toPrint = locales.filter((locale) => !done.has(locale));
  if (toPrint.length) {
    const { chromiumArgs } = await import('./chromium.ts');
    const server = await serveStatic(dir, basePath);
    const browser = await playwright.chromium.launch({ executablePath, args: chromiumArgs });
    try {
      const context = await browser.newContext();
      // The book is printed from the local build only; nothing may come from the network.
      const origin = new URL(server.url).origin;
      const mount = new URL(server.url).pathname;
      await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
      for (const locale of toPrint) {
        const page = await context.newPage();
        // Every site file the page loads (stylesheets, fonts, images) goes into the cache manifest.
        const loaded: string[] = [];
        page.on('request', (request) => {
          const url = new URL(request.url());
          if (url.origin === origin && url.pathname.startsWith(mount)) loaded.push(`/${url.pathname.slice(mount.length)}`);
        });
        const url = new URL(handbookBookPath(locale).slice(1), server.url).href;
        const response = await page.goto(url, { waitUntil: 'load' });
        if (!response?.ok()) throw new Error(`The handbook book page of ${locale} did not load (${response?.status() ?? 'no response'}): ${url}`);
        await page.evaluate(async () => {
          await document.fonts.ready;
        });
        const file = path.join(dir, handbookPdfPath(locale));
        await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true, outline: true, tagged: true });
        done.set(locale, { locale, file, bytes: (await stat(file)).size });
        await page.close();
        const key = keys.get(locale);
        // A cache that cannot be written (read-only disk, full disk) only costs speed next time.
        if (cacheDir && key) await storePdfInCache(cacheDir, key, dir, file, loaded).catch(() => undefined);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }
  if (cacheDir) await pruneCache(cacheDir);
  const files = locales.map((locale) => done.get(locale)!);
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
  for (const file of htmlFiles(dir)) {
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
