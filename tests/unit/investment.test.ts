/** Money, CSV and the handbook PDF step, without a build. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { formatFileSize, formatPercent, formatUsdApprox } from '../../src/i18n/format.ts';
import { BOM, toCsv } from '../../src/utils/csv.ts';
import { usdEquivalent } from '../../src/utils/money.ts';
import { telHref } from '../../src/utils/urls.ts';
import { buildHandbookPdfs, handbookBookPath, handbookPdfPath, revealDownloadLinks } from '../../scripts/lib/handbook-pdf.ts';

describe('usdEquivalent', () => {
  test('converts dong to whole dollars at the given rate', () => {
    expect(usdEquivalent(500_000_000_000, 26_350)).toBe(18_975_332);
    expect(usdEquivalent(26_350, 26_350)).toBe(1);
  });
  test('refuses a rate that is not a positive number', () => {
    expect(() => usdEquivalent(1000, 0)).toThrow(/exchange rate/);
    expect(() => usdEquivalent(1000, Number.NaN)).toThrow(/exchange rate/);
  });
});

describe('locale formats', () => {
  test('file sizes use the reader’s units', () => {
    expect(formatFileSize('en', 285_400)).toBe('285 kB');
    expect(formatFileSize('ru', 1_125_000)).toBe('1,1 МБ');
    expect(formatFileSize('vi', 1_125_000)).toMatch(/^1,1\s?MB$/);
  });
  test('dollar amounts and percentages', () => {
    expect(formatUsdApprox('en', 18_975_332)).toBe('$18,975,332');
    expect(formatPercent('en', 92)).toBe('92%');
    expect(formatPercent('ru', 92)).toBe('92\u00a0%');
  });
  test('tel: links keep only the digits and the plus sign', () => {
    expect(telHref('+84 277 (3000) 111-2')).toBe('tel:+8427730001112');
  });
});

describe('toCsv', () => {
  test('round-trips through a real CSV parser, with quotes, commas, line breaks and non-Latin text', () => {
    const rows = [
      ['Dự án', 'Vốn (VND)', 'Ghi chú'],
      ['Nhà máy chế biến xoài, Cao Lãnh', 500_000_000_000, 'nói "xin chào"\nhai dòng'],
      ['芒果加工厂', 1, ''],
    ];
    const csv = toCsv(rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parse(csv, { bom: true })).toEqual(rows.map((r) => r.map(String)));
  });
  test('text that a spreadsheet would run as a formula is neutralised', () => {
    const rows = parse(toCsv([['=HYPERLINK("http://evil.example")']]), { bom: true }) as string[][];
    expect(rows[0]?.[0]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(parse(toCsv([[-5]]), { bom: true })).toEqual([['-5']]);
  });
  test('the fullwidth ＝ ＋ － ＠ that CJK spreadsheets read as formula starts are neutralised too', () => {
    const cells = ['＝HYPERLINK("http://evil.example")', '＋1+1', '－1+1', '＠SUM(A1)'];
    const rows = parse(toCsv([cells]), { bom: true }) as string[][];
    expect(rows[0]).toEqual(cells.map((cell) => `'${cell}`));
    // Fullwidth signs inside the text, and ordinary CJK text, stay as written.
    expect(parse(toCsv([['芒果＝1', '합계＋']]), { bom: true })).toEqual([['芒果＝1', '합계＋']]);
  });
});

describe('handbook PDF step', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'handbook-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const page = (locale: string) =>
    `<main><section><p class="handbook-pdf" data-handbook-pdf="${locale}" hidden><a href="x.pdf">PDF, <span data-pdf-size="${locale}"></span></a></p>` +
    `<p class="handbook-no-pdf" data-handbook-no-pdf="${locale}"><small>Print it yourself</small></p></section></main>`;

  test('paths follow the locale prefixes', () => {
    expect(handbookBookPath('vi')).toBe('/invest/handbook/book/');
    expect(handbookBookPath('ja')).toBe('/ja/invest/handbook/book/');
    expect(handbookPdfPath('vi')).toBe('/invest/handbook.pdf');
    expect(handbookPdfPath('ru')).toBe('/ru/invest/handbook.pdf');
  });

  test('reveals the links of the locales that have a PDF, with a localized size, and updates it on a re-run', async () => {
    mkdirSync(path.join(dir, 'ru'));
    writeFileSync(path.join(dir, 'index.html'), page('vi'));
    writeFileSync(path.join(dir, 'ru/index.html'), page('ru'));
    expect(await revealDownloadLinks(dir, new Map([['ru', 1_125_000]]))).toBe(1);
    const ru = readFileSync(path.join(dir, 'ru/index.html'), 'utf8');
    expect(ru).toContain('data-handbook-pdf="ru">');
    expect(ru).toContain('<span data-pdf-size="ru">1,1 МБ</span>');
    expect(ru).not.toContain('data-handbook-no-pdf');
    // vi has no PDF: its link stays hidden and the print hint stays.
    expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe(page('vi'));

    await revealDownloadLinks(dir, new Map([['ru', 2_000_000]]));
    expect(readFileSync(path.join(dir, 'ru/index.html'), 'utf8')).toContain('<span data-pdf-size="ru">2 МБ</span>');
  });

  test('without Chromium the step is skipped with a clear reason and the pages are untouched', async () => {
    writeFileSync(path.join(dir, 'index.html'), page('vi'));
    const result = await buildHandbookPdfs({ dir, executablePath: path.join(dir, 'no-chromium-here') });
    expect(result).toEqual({ status: 'skipped', reason: expect.stringContaining('Chromium was not found at') });
    expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe(page('vi'));
  });
});
