/**
 * The printed documents (src/utils/printed-documents.ts: the investment handbook, the leaflets…)
 * as one PDF per locale: Chromium prints each document's page from a built site, then the pages
 * that offer the document get their download link with the file's size. Without Chromium the step
 * is skipped, the site stays complete, and the links stay hidden.
 *
 * PDFs are cached by content (`build-cache.ts`). The key is the hash of the printed page's HTML,
 * the document's entry, the locale, the base path, this module's source, Chromium's binary,
 * playwright-core's version and the system fonts. Next to each PDF the cache keeps the list of
 * files Chromium loaded to print it (stylesheets, fonts, images) with their hashes; the PDF is
 * reused only while every one of them is unchanged. When every PDF is a hit, Chromium is not even
 * started. The cache is `node_modules/.cache/handbook-pdf` (its name from when the handbook was the
 * only document); `HANDBOOK_PDF_CACHE_DIR` moves it, `off` disables it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { htmlFiles } from './built-html.ts';
import { localeCodes, type Locale } from '../../src/config/locales.ts';
import { formatFileSize } from '../../src/i18n/format.ts';
import { bulletinDocument, documentPagePath, documentPdfPath, printedDocuments, type PrintedDocument } from '../../src/utils/printed-documents.ts';
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

export type PrintResult = { status: 'skipped'; reason: string } | { status: 'built'; files: PrintedFile[]; pagesUpdated: number; warnings: string[] };

export interface PrintedFile {
  /** The document's id (`handbook`, `leaflet-tourism`). */
  document: string;
  locale: Locale;
  file: string;
  bytes: number;
  /** True when the PDF was copied from the cache instead of printed. */
  reused?: boolean;
}

export interface PrintOptions {
  /** Folder of the built site. */
  dir: string;
  /** Sub-path the site was built for (BASE_PATH). */
  basePath?: string;
  executablePath?: string;
  locales?: readonly Locale[];
  /** What to print; default every entry of `printedDocuments`. */
  documents?: readonly PrintedDocument[];
  /** Cache folder; `false` turns the cache off. Default: `HANDBOOK_PDF_CACHE_DIR`, else node_modules/.cache/handbook-pdf. */
  cacheDir?: string | false;
}

/**
 * What the build says about a run: a warning when the PDFs were skipped, otherwise one line per
 * PDF (its file relative to `relativeTo`, its size, whether the cache supplied it), the number of
 * pages that got their download link, and a warning for each PDF that does not fit its pages.
 */
export function printReport(
  result: PrintResult,
  relativeTo: string,
  documents: readonly PrintedDocument[] = printedDocuments,
): { warning?: string; lines: string[]; warnings: string[] } {
  if (result.status === 'skipped') {
    return {
      warning: `PDFs skipped (${documents.map((d) => d.id).join(', ')}): ${result.reason}. The site is complete; the pages offer printing instead of a download.`,
      lines: [],
      warnings: [],
    };
  }
  return {
    lines: [
      ...result.files.map(
        (f) =>
          `${f.document} ${f.locale}: ${path.relative(relativeTo, f.file)} (${(f.bytes / 1024).toFixed(0)} KiB${f.reused ? ', unchanged: reused from the cache' : ''})`,
      ),
      `download links added to ${result.pagesUpdated} page(s)`,
    ],
    warnings: result.warnings,
  };
}

/** What the cache keeps next to a PDF: the files Chromium loaded to print it, with their hashes. */
export interface PdfManifest {
  /** Site-relative path (`/_astro/x.css`) → hash of the file's bytes, or `missing`. */
  resources: Record<string, string>;
}

/** The file a site-relative URL path is served from, as the static server resolves it. */
export function servedFile(dir: string, sitePath: string): string {
  let file = path.join(dir, decodeURIComponent(sitePath));
  if (sitePath.endsWith('/') || (existsSync(file) && statSync(file).isDirectory())) file = path.join(file, 'index.html');
  return file;
}

/** The cache key of a document's PDF in a locale: its page's HTML and everything else that decides how it prints. */
export function pdfCacheKey(document: PrintedDocument, html: string | Uint8Array, locale: Locale, basePath: string, executablePath: string): string {
  let playwrightVersion = 'unknown';
  try {
    playwrightVersion = (createRequire(import.meta.url)('playwright-core/package.json') as { version: string }).version;
  } catch {
    // not installed: the step is skipped anyway
  }
  return sha256(
    'print-pdf/1',
    sourceDigest(import.meta.url),
    executableFingerprint(executablePath),
    playwrightVersion,
    fontsFingerprint(),
    JSON.stringify(document),
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
  let manifest: PdfManifest;
  try {
    manifest = JSON.parse(readFileSync(entryPath(cacheDir, key, '.json'), 'utf8')) as PdfManifest;
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
  await writeAtomic(entryPath(cacheDir, key, '.json'), `${JSON.stringify({ resources } satisfies PdfManifest, null, 1)}\n`);
}

/** The number of pages of a PDF Chromium wrote (its page tree's `/Count`), or undefined if it cannot tell. */
export function pdfPageCount(pdf: Uint8Array): number | undefined {
  const text = Buffer.from(pdf).toString('latin1');
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  return counts.length ? Math.max(...counts) : undefined;
}

/** Every document a built site offers: the fixed ones, and a bulletin per `bulletin/<yyyy-mm>/` folder. */
export function documentsIn(dir: string): PrintedDocument[] {
  let months: string[] = [];
  try {
    months = readdirSync(path.join(dir, 'bulletin'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && /^\d{4}-\d{2}$/.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch {
    // A site without bulletins.
  }
  return [...printedDocuments, ...months.map(bulletinDocument)];
}

export async function printPdfs({
  dir,
  basePath = '/',
  executablePath = chromiumPath,
  locales = localeCodes,
  documents = documentsIn(dir),
  cacheDir: cacheOption,
}: PrintOptions): Promise<PrintResult> {
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
  const jobs = documents.flatMap((document) =>
    locales.map((locale) => ({ document, locale, page: documentPagePath(document, locale), file: path.join(dir, documentPdfPath(document, locale)) })),
  );
  const done = new Map<(typeof jobs)[number], PrintedFile>();
  const keys = new Map<(typeof jobs)[number], string>();
  if (cacheDir) {
    for (const job of jobs) {
      const page = path.join(dir, job.page, 'index.html');
      if (!existsSync(page)) continue; // printing reports the missing page
      const key = pdfCacheKey(job.document, await readFile(page), job.locale, basePath, executablePath);
      keys.set(job, key);
      if (await reuseCachedPdf(cacheDir, key, dir, job.file)) {
        done.set(job, { document: job.document.id, locale: job.locale, file: job.file, bytes: (await stat(job.file)).size, reused: true });
      }
    }
  }
  const warnings: string[] = [];
  const toPrint = jobs.filter((job) => !done.has(job));
  if (toPrint.length) {
    const { chromiumArgs } = await import('./chromium.ts');
    const server = await serveStatic(dir, basePath);
    const browser = await playwright.chromium.launch({ executablePath, args: chromiumArgs });
    try {
      const context = await browser.newContext();
      // Documents are printed from the local build only; nothing may come from the network.
      const origin = new URL(server.url).origin;
      const mount = new URL(server.url).pathname;
      await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
      for (const job of toPrint) {
        const { document: doc, locale, file } = job;
        const page = await context.newPage();
        // Every site file the page loads (stylesheets, fonts, images) goes into the cache manifest.
        const loaded: string[] = [];
        page.on('request', (request) => {
          const url = new URL(request.url());
          if (url.origin === origin && url.pathname.startsWith(mount)) loaded.push(`/${url.pathname.slice(mount.length)}`);
        });
        const url = new URL(job.page.slice(1), server.url).href;
        const response = await page.goto(url, { waitUntil: 'load' });
        if (!response?.ok()) throw new Error(`The ${doc.id} page of ${locale} did not load (${response?.status() ?? 'no response'}): ${url}`);
        await page.emulateMedia({ media: 'print' });
        // Lazy pictures load once they are laid out for print; wait for every picture and font.
        const overflows = await page.evaluate(async () => {
          for (const img of document.images) img.loading = 'eager';
          await Promise.all(
            [...document.images].map((img) => (img.complete ? undefined : new Promise((done) => img.addEventListener('loadend', done, { once: true })))),
          );
          await document.fonts.ready;
          return [...document.querySelectorAll<HTMLElement>('[data-print-sheet]')]
            .map((sheet, i) => ({ sheet: i + 1, overflow: sheet.scrollHeight - sheet.clientHeight }))
            .filter((s) => s.overflow > 1);
        });
        for (const { sheet, overflow } of overflows) {
          warnings.push(
            `${doc.id} ${locale}: sheet ${sheet} is ${Math.round((overflow * 25.4) / 96)} mm too long; its end is cut off. Shorten the text or the lists it shows.`,
          );
        }
        const pdf = await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true, outline: doc.outline, tagged: true });
        const pages = pdfPageCount(pdf);
        if (doc.pages && pages !== undefined && pages !== doc.pages) {
          warnings.push(`${doc.id} ${locale}: ${pages} page(s) instead of ${doc.pages}.`);
        }
        done.set(job, { document: doc.id, locale, file, bytes: (await stat(file)).size });
        await page.close();
        const key = keys.get(job);
        // A cache that cannot be written (read-only disk, full disk) only costs speed next time.
        if (cacheDir && key) await storePdfInCache(cacheDir, key, dir, file, loaded).catch(() => undefined);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }
  if (cacheDir) await pruneCache(cacheDir);
  const files = jobs.map((job) => done.get(job)!);
  const sizes = new Map<string, Map<Locale, number>>();
  for (const f of files) sizes.set(f.document, (sizes.get(f.document) ?? new Map()).set(f.locale, f.bytes));
  return { status: 'built', files, pagesUpdated: await revealPdfLinks(dir, sizes), warnings };
}

/**
 * Pages that offer a document carry, per locale, a hidden `<p data-<id>-pdf="xx" hidden>` with
 * the download link and an empty `<span data-pdf-size="xx">` inside it, and a
 * `<p data-<id>-no-pdf="xx">` hint to print the page instead. Once the PDF exists the link is
 * shown with its size and the hint dropped. Running it again after a new print updates the sizes.
 * `sizes` is document id → locale → bytes.
 */
export async function revealPdfLinks(dir: string, sizes: ReadonlyMap<string, ReadonlyMap<Locale, number>>): Promise<number> {
  const markers = [...sizes.keys()].map((id) => ({ id, link: `data-${id}-pdf=`, noPdf: `data-${id}-no-pdf=` }));
  let updated = 0;
  for (const file of htmlFiles(dir)) {
    const html = await readFile(file, 'utf8');
    let next = html;
    for (const { id, link, noPdf } of markers) {
      if (!html.includes(link) && !html.includes(noPdf)) continue;
      const bytes = sizes.get(id)!;
      const known = (code: string): code is Locale => bytes.has(code as Locale);
      // A <p> cannot contain another <p>, so its first </p> closes it.
      next = next
        .replace(
          new RegExp(`<p([^>]*) ${link}"([a-z]+)"([^>]*)>([\\s\\S]*?)</p>`, 'g'),
          (whole, before: string, code: string, after: string, inner: string) => {
            if (!known(code)) return whole;
            const size = `<span data-pdf-size="${code}">${formatFileSize(code, bytes.get(code)!)}</span>`;
            return `<p${before} ${link}"${code}"${after.replace(/ hidden(?=\s|$)/, '')}>${inner.replace(/<span data-pdf-size="[a-z]+">[^<]*<\/span>/, size)}</p>`;
          },
        )
        .replace(new RegExp(`<p[^>]* ${noPdf}"([a-z]+)"[^>]*>[\\s\\S]*?</p>`, 'g'), (whole, code: string) => (known(code) ? '' : whole));
    }
    if (next !== html) {
      await writeFile(file, next);
      updated++;
    }
  }
  return updated;
}
