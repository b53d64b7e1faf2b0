/**
 * The printed leaflets of the test build: each PDF is two A4 pages whose text comes out in the
 * locale's script, and every QR code printed on them (found on the pages rendered by pdftoppm and
 * read by jsQR, an independent decoder) opens a page of the site that the leaflet names; on the
 * web page every code reads as the address printed under it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { inLocale, localeCodes, type Locale } from '../../src/config/locales.ts';
import { site } from '../../src/config/site.ts';
import { useTranslations } from '../../src/i18n/createTranslator.ts';
import { formatFileSize } from '../../src/i18n/format.ts';
import { documentPagePath, documentPdfPath, printedDocuments, type PrintedDocument } from '../../src/utils/printed-documents.ts';
import { shortUrl } from '../../src/utils/qr.ts';
import { page } from '../support/dist.ts';
import { decodeAll, decodeSvg, rasterise } from '../support/qr.ts';
import { distDir } from '../support/site.ts';

const leaflets = printedDocuments.filter((d) => d.id.startsWith('leaflet-'));
const origin = new URL(site.url).origin;
const work = mkdtempSync(path.join(tmpdir(), 'leaflets-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pdfOf = (document: PrintedDocument, locale: Locale) => path.join(distDir, documentPdfPath(document, locale));
const htmlOf = (document: PrintedDocument, locale: Locale) => page(distDir, documentPagePath(document, locale));
/** The absolute addresses the leaflet's page gives a QR code, in page order. */
const namedAddresses = (document: PrintedDocument, locale: Locale) =>
  htmlOf(document, locale)
    .$('figure[data-qr]')
    .map((_, el) => htmlOf(document, locale).$(el).attr('data-qr')!)
    .get();
// In the order Chromium drew the text (-raw): poppler's layout order moves punctuation drawn from
// another font (the Korean comma, the Chinese dash of the band's slogan) off its line.
const text = (file: string) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
// Line breaks and the spaces poppler puts between CJK glyphs do not matter; the characters do.
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

/** The built file an absolute address of the site is served from. */
function builtFile(url: string): string {
  const { pathname } = new URL(url);
  const file = path.join(distDir, decodeURIComponent(pathname));
  return pathname.endsWith('/') ? path.join(file, 'index.html') : file;
}

/** Letters of the locale's script in a text: the test that it was not read back as mojibake or boxes. */
const script: Record<Locale, RegExp> = {
  vi: /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/gu,
  en: /[A-Za-z]/g,
  zh: /\p{Script=Han}/gu,
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu,
  ko: /\p{Script=Hangul}/gu,
  ru: /\p{Script=Cyrillic}/gu,
};

describe.each(leaflets.flatMap((document) => localeCodes.map((locale) => ({ id: document.id, document, locale }))))('$id $locale', ({ document, locale }) => {
  const pdf = pdfOf(document, locale);

  test('is two A4 pages', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+2$/m);
    const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)!;
    // A4 is 210 × 297 mm, 595.28 × 841.89 points.
    expect(Math.abs(Number(size[1]) - 595.28)).toBeLessThan(1);
    expect(Math.abs(Number(size[2]) - 841.89)).toBeLessThan(1);
  });

  test("reads back in the locale's script, with the province's name and slogan", () => {
    const raw = text(pdf);
    const all = squash(raw);
    expect(all).toContain(squash(inLocale(site.provinceName, locale)));
    expect(all).toContain(squash(inLocale(site.slogan, locale)));
    if (document.id === 'leaflet-invest') expect(all).toContain(squash(inLocale(site.investmentMessage, locale)));
    expect(all).toContain(squash(useTranslations(locale)('leaflet.scan')));
    expect(raw).not.toContain('\uFFFD');
    expect(raw.match(script[locale])?.length ?? 0).toBeGreaterThan(200);
    // Vietnamese comes out composed (NFC), as written, not as letters followed by loose marks.
    if (locale === 'vi') expect(raw).toContain(inLocale(site.provinceName, 'vi'));
  });

  test('every QR code on its pages opens a built page that the leaflet names, and each page it names has one', async () => {
    const found: string[] = [];
    for (const n of [1, 2]) {
      const root = path.join(work, `${document.id}-${locale}-${n}`);
      execFileSync('pdftoppm', ['-r', '150', '-f', String(n), '-l', String(n), '-singlefile', '-png', pdf, root]);
      found.push(...decodeAll(await rasterise(`${root}.png`)));
    }
    const named = namedAddresses(document, locale);
    expect(named.length).toBeGreaterThanOrEqual(5);
    expect([...found].sort()).toEqual([...named].sort());
    expect(new Set(found).size).toBe(found.length);
    for (const url of found) {
      expect(url.startsWith(`${origin}/`), url).toBe(true);
      expect(existsSync(builtFile(url)), `${url} is not a file of the build`).toBe(true);
    }
  });

  test('its page links the PDF with its size', () => {
    const { $ } = htmlOf(document, locale);
    const link = $(`[data-${document.id}-pdf="${locale}"]`);
    expect(link.attr('hidden')).toBeUndefined();
    expect(link.find('a').attr('href')).toBe(documentPdfPath(document, locale));
    expect(link.find(`[data-pdf-size="${locale}"]`).text()).toBe(formatFileSize(locale, readFileSync(pdf).length));
    expect($(`[data-${document.id}-no-pdf]`).length).toBe(0);
  });
});

describe('on the web pages', () => {
  test.each(leaflets.flatMap((document) => localeCodes.map((locale) => ({ id: document.id, document, locale }))))(
    '$id $locale: every QR code reads as the address printed under it, and links to that page',
    async ({ document, locale }) => {
      const { $ } = htmlOf(document, locale);
      const figures = $('figure[data-qr]').toArray();
      expect(figures.length).toBeGreaterThanOrEqual(5);
      for (const figure of figures) {
        const url = $(figure).attr('data-qr')!;
        const decoded = await decodeSvg($.html($(figure).find('svg')));
        expect(decoded).toBe(url);
        const caption = $(figure).find('figcaption a');
        expect(caption.text()).toBe(shortUrl(decoded!));
        expect(caption.attr('href')).toBe(new URL(decoded!).pathname);
      }
    },
  );

  test('the tourism and investment hubs link their leaflet', () => {
    for (const locale of localeCodes) {
      for (const [hub, leaflet] of [
        ['tourism', 'leaflet-tourism'],
        ['invest', 'leaflet-invest'],
      ] as const) {
        const document = leaflets.find((d) => d.id === leaflet)!;
        const { $ } = page(distDir, documentPagePath({ ...document, page: hub }, locale));
        expect($(`main a[href="${documentPagePath(document, locale)}"]`).length, `${locale} ${hub}`).toBe(1);
      }
    }
  });
});
