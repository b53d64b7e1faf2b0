/**
 * The documents the build prints to PDF with Chromium, one PDF per locale each (the `print-pdfs`
 * post-build step, scripts/lib/print-pdfs.ts). Adding a document is one entry here, a page styled
 * for print at `page`, and a download link on the pages that offer it (`PdfDownload.astro`).
 *
 * Node runs this file (the build step, `npm run build:handbook`), so it imports nothing that only
 * Astro can resolve.
 */
import type { Locale } from '../config/locales.ts';
import { localizedFile, localizedPath } from './urls.ts';

export interface PrintedDocument {
  /**
   * Lowercase letters and dashes. Names the document in the build log and the cache, and in its
   * download links' markers: `data-<id>-pdf="<locale>"` on the (hidden) link's `<p>`,
   * `<span data-pdf-size="<locale>">` inside it, `data-<id>-no-pdf="<locale>"` on the `<p>` shown
   * while there is no PDF (see `revealPdfLinks`).
   */
  id: string;
  /** The page Chromium prints, without the locale (`invest/handbook/book`). */
  page: string;
  /** The PDF, without the locale (`invest/handbook.pdf`); written into the locale's folder. */
  pdf: string;
  /** Bookmarks from the headings, for documents long enough to need them. */
  outline: boolean;
  /**
   * The number of A4 pages it must print to (a two-sided leaflet: 2). The step warns when a
   * PDF has another number, or when an element marked `data-print-sheet` overflows its sheet.
   */
  pages?: number;
}

export const printedDocuments = [
  { id: 'handbook', page: 'invest/handbook/book', pdf: 'invest/handbook.pdf', outline: true },
  { id: 'leaflet-tourism', page: 'leaflets/tourism', pdf: 'leaflets/tourism.pdf', outline: false, pages: 2 },
  { id: 'leaflet-invest', page: 'leaflets/invest', pdf: 'leaflets/invest.pdf', outline: false, pages: 2 },
] as const satisfies readonly PrintedDocument[];

export type PrintedDocumentId = (typeof printedDocuments)[number]['id'];

/**
 * A month's bulletin (`/<locale>/bulletin/<yyyy-mm>/`, see `bulletin.ts`), printed like the
 * documents above. There is one per month with news, so the PDF step finds them in the built
 * site (`documentsIn` in scripts/lib/print-pdfs.ts) rather than in this list.
 */
export function bulletinDocument(month: string): PrintedDocument {
  return { id: `bulletin-${month}`, page: `bulletin/${month}`, pdf: `bulletin/${month}.pdf`, outline: false };
}

export function printedDocument(id: PrintedDocumentId): PrintedDocument {
  return printedDocuments.find((d) => d.id === id)!;
}

/** Where a locale's printed page is, relative to the site root (`/ja/invest/handbook/book/`). */
export const documentPagePath = (document: PrintedDocument, locale: Locale) => localizedPath(locale, document.page);
/** Where a locale's PDF is, relative to the site root (`/ja/invest/handbook.pdf`). */
export const documentPdfPath = (document: PrintedDocument, locale: Locale) => localizedFile(locale, document.pdf);
