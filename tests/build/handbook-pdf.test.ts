/**
 * The handbook PDFs printed by Chromium during the build, read back with poppler: the text must
 * come out in each language (CJK, Cyrillic, Vietnamese diacritics) and every font be embedded.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { inLocale, localeCodes, type Locale } from '../../src/config/locales.ts';
import { site } from '../../src/config/site.ts';
import { useTranslations } from '../../src/i18n/createTranslator.ts';
import { handbookPdfPath } from '../../scripts/lib/handbook-pdf.ts';
import { distDir } from '../support/site.ts';

const pdfOf = (locale: Locale) => path.join(distDir, handbookPdfPath(locale));
const text = (file: string, ...range: string[]) => execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' }).normalize('NFC');
// Line breaks and the spaces poppler puts between CJK glyphs do not matter; the characters do.
const squash = (s: string) => s.replace(/\s+/g, '');
const chapterTitles = (locale: Locale) =>
  readdirSync(path.resolve(`content/handbook/${locale}`))
    .map((f) => yaml.load(readFileSync(path.resolve(`content/handbook/${locale}`, f), 'utf8').split('---')[1]!) as { title: string; order: number })
    .sort((a, b) => a.order - b.order)
    .map((c) => c.title);

describe.each(localeCodes)('%s handbook PDF', (locale) => {
  const t = useTranslations(locale);

  test('has the cover, the contents and every chapter, in the right script', () => {
    const file = pdfOf(locale);
    const all = squash(text(file));
    const cover = squash(text(file, '-f', '1', '-l', '1'));
    expect(cover).toContain(squash(t('handbook.title')));
    expect(cover).toContain(squash(inLocale(site.provinceName, locale)));
    expect(cover).toContain(squash(inLocale(site.investmentMessage, locale)));
    const contents = squash(text(file, '-f', '2', '-l', '2'));
    expect(contents).toContain(squash(t('handbook.contents')));
    for (const title of chapterTitles(locale)) {
      expect(contents).toContain(squash(title));
      expect(all).toContain(squash(title));
    }
    expect(all).not.toContain('\uFFFD');
  });

  test('prints a running header and page numbers after the cover', () => {
    const third = text(pdfOf(locale), '-f', '3', '-l', '3');
    expect(squash(third)).toContain(squash(`${t('handbook.title')} – ${site.provinceName[locale]}`));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfOf(locale)], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThanOrEqual(9);
    expect(squash(third)).toContain(`3/${pages}`);
  });

  test('has bookmarks (a PDF outline) for moving between chapters', () => {
    const pdf = readFileSync(pdfOf(locale)).toString('latin1');
    expect(pdf).toMatch(/\/Outlines\s+\d+ 0 R/);
  });

  test('embeds every font with a Unicode map, so the text can be copied and searched', () => {
    const rows = execFileSync('pdffonts', [pdfOf(locale)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [emb, , uni] = row.trim().split(/\s+/).slice(-5, -2);
      expect(emb, row).toBe('yes');
      expect(uni, row).toBe('yes');
    }
  });
});

test('Vietnamese diacritics survive intact (NFC, no decomposed or missing marks)', () => {
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfOf('vi'), '-'], { encoding: 'utf8' });
  expect(raw.normalize('NFC')).toContain('Tiềm năng của chúng tôi');
  expect(raw).toContain('Đồng Tháp');
  expect(raw).toMatch(/Quy hoạch tỉnh/);
});
