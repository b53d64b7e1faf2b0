/** What the leaflets pick from the collections, and how their download links appear once the PDFs exist. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { pdfPageCount, revealPdfLinks } from '../../scripts/lib/print-pdfs.ts';
import { formatFileSize } from '../../src/i18n/format.ts';
import { joinSentences, leadOpportunities, leafletProducts, preferTranslated } from '../../src/utils/leaflets.ts';
import { documentPagePath, documentPdfPath, printedDocument, printedDocuments } from '../../src/utils/printed-documents.ts';

describe('choosing what a leaflet shows', () => {
  const item = (slug: string, isFallback = false) => ({ slug, isFallback });

  test('entries in the leaflet’s language come first; fallbacks only fill the gaps, in the original order', () => {
    const items = [item('a', true), item('b'), item('c', true), item('d'), item('e')];
    expect(preferTranslated(items, 3).map((i) => i.slug)).toEqual(['b', 'd', 'e']);
    expect(preferTranslated(items, 4).map((i) => i.slug)).toEqual(['a', 'b', 'd', 'e']);
    expect(preferTranslated(items, 10)).toHaveLength(5);
  });

  test('featured OCOP products first, then the most stars; ties keep their order', () => {
    const product = (slug: string, stars: number, featured = false) => ({ slug, entry: { data: { stars, featured } } });
    const items = [product('a', 4), product('b', 5), product('c', 3, true), product('d', 4), product('e', 5)];
    expect(leafletProducts(items).map((p) => p.slug)).toEqual(['c', 'b', 'e', 'a', 'd']);
    // Without any featured product, the 5-star ones lead.
    expect(leafletProducts(items.filter((p) => p.slug !== 'c')).map((p) => p.slug)).toEqual(['b', 'e', 'a', 'd']);
  });

  test('projects calling for investors lead, the largest first', () => {
    const rows = [
      { slug: 'a', status: 'preparing', capitalVnd: 900 },
      { slug: 'b', status: 'calling', capitalVnd: 100 },
      { slug: 'c', status: 'calling', capitalVnd: 500 },
    ];
    expect(leadOpportunities(rows).map((r) => r.slug)).toEqual(['c', 'b', 'a']);
  });

  test('sentences run together the way the script writes them', () => {
    expect(joinSentences('Policies.', 'Free advice.')).toBe('Policies. Free advice.');
    expect(joinSentences('投資家向けのガイド。', '無料の相談を行っています。')).toBe('投資家向けのガイド。無料の相談を行っています。');
    expect(joinSentences('정책입니다.', '무료 상담.')).toBe('정책입니다. 무료 상담.');
  });
});

describe('printed documents', () => {
  test('ids can be used in attribute names, and pages and PDFs follow the locale prefixes', () => {
    for (const d of printedDocuments) expect(d.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(new Set(printedDocuments.map((d) => d.id)).size).toBe(printedDocuments.length);
    const leaflet = printedDocument('leaflet-tourism');
    expect(documentPagePath(leaflet, 'vi')).toBe('/leaflets/tourism/');
    expect(documentPdfPath(leaflet, 'ja')).toBe('/ja/leaflets/tourism.pdf');
    expect(printedDocument('leaflet-invest').pages).toBe(2);
  });

  test('the page count of a PDF is read from its page tree', () => {
    const pdf = Buffer.from(
      '%PDF-1.7\n1 0 obj\n<< /Type /Pages /Count 1 /Kids [3 0 R] /Parent 2 0 R >>\n2 0 obj\n<</Type /Pages\n/Count 2\n/Kids [1 0 R 4 0 R]>>\n',
    );
    expect(pdfPageCount(pdf)).toBe(2);
    expect(pdfPageCount(Buffer.from('not a pdf'))).toBeUndefined();
  });
});

describe('download links of the leaflets', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'leaflet-links-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // As PdfDownload.astro writes them; an investment page may offer the handbook and a leaflet side by side.
  const links = (id: string, locale: string) =>
    `<p class="pdf-download" data-${id}-pdf="${locale}" hidden><a class="button" href="x.pdf">PDF, <span data-pdf-size="${locale}"></span></a></p>` +
    `<p class="pdf-no-download" data-${id}-no-pdf="${locale}"><small>Print it</small></p>`;

  test('each document’s link shows its own size; a document without a PDF keeps its hint', async () => {
    mkdirSync(path.join(dir, 'ja'));
    writeFileSync(path.join(dir, 'ja/index.html'), `<main>${links('handbook', 'ja')}${links('leaflet-invest', 'ja')}${links('leaflet-tourism', 'ja')}</main>`);
    const sizes = new Map<string, Map<'ja', number>>([
      ['handbook', new Map([['ja', 1_100_000]])],
      ['leaflet-invest', new Map([['ja', 530_000]])],
    ]);
    expect(await revealPdfLinks(dir, sizes)).toBe(1);
    const html = readFileSync(path.join(dir, 'ja/index.html'), 'utf8');
    expect(html).toContain(`data-handbook-pdf="ja"><a class="button" href="x.pdf">PDF, <span data-pdf-size="ja">${formatFileSize('ja', 1_100_000)}</span>`);
    expect(html).toContain(`data-leaflet-invest-pdf="ja"><a class="button" href="x.pdf">PDF, <span data-pdf-size="ja">${formatFileSize('ja', 530_000)}</span>`);
    expect(html).not.toContain('data-handbook-no-pdf');
    expect(html).not.toContain('data-leaflet-invest-no-pdf');
    // Not printed: still hidden, with its hint.
    expect(html).toContain(links('leaflet-tourism', 'ja'));

    // A second run with new sizes updates them.
    await revealPdfLinks(dir, new Map([['leaflet-invest', new Map([['ja', 2_000_000]] as const)]]));
    expect(readFileSync(path.join(dir, 'ja/index.html'), 'utf8')).toContain(`<span data-pdf-size="ja">${formatFileSize('ja', 2_000_000)}</span>`);
  });
});
