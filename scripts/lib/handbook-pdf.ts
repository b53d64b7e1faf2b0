/**
 * The investment handbook's entry in the PDF pipeline (scripts/lib/print-pdfs.ts): each locale's
 * one-page book (`<locale>/invest/handbook/book/`, styled for print with a cover, contents and
 * running headers) printed to `<locale>/invest/handbook.pdf`. The names below are the handbook's
 * view of the general pipeline, for the code and tests that deal with the handbook alone.
 */
import type { Locale } from '../../src/config/locales.ts';
import { documentPagePath, documentPdfPath, printedDocument } from '../../src/utils/printed-documents.ts';
import { pdfCacheKey, printPdfs, printReport, revealPdfLinks, type PrintOptions, type PrintResult } from './print-pdfs.ts';

export { reuseCachedPdf, servedFile, storePdfInCache } from './print-pdfs.ts';
export type { PrintedFile as HandbookFile, PdfManifest as HandbookManifest } from './print-pdfs.ts';
export type HandbookResult = PrintResult;
export type HandbookOptions = Omit<PrintOptions, 'documents'>;

export const handbookDocument = printedDocument('handbook');

/** Where a locale's book page and PDF live, relative to the site root. */
export const handbookBookPath = (locale: Locale) => documentPagePath(handbookDocument, locale);
export const handbookPdfPath = (locale: Locale) => documentPdfPath(handbookDocument, locale);

/** Prints the handbook alone (the build prints every document, `printPdfs`). */
export const buildHandbookPdfs = (options: HandbookOptions): Promise<HandbookResult> => printPdfs({ ...options, documents: [handbookDocument] });

export const handbookReport = (result: HandbookResult, relativeTo: string) => printReport(result, relativeTo, [handbookDocument]);

/** The cache key of a locale's handbook PDF. */
export const handbookCacheKey = (html: string | Uint8Array, locale: Locale, basePath: string, executablePath: string) =>
  pdfCacheKey(handbookDocument, html, locale, basePath, executablePath);

/** Shows the handbook's download links of the locales in `sizes` (locale → bytes), with the size. */
export const revealDownloadLinks = (dir: string, sizes: ReadonlyMap<Locale, number>) => revealPdfLinks(dir, new Map([[handbookDocument.id, sizes]]));
