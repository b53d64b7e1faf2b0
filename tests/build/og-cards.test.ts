/**
 * Share cards as built: every page points its Open Graph and X image at its own 1200×630 card,
 * and the glyphs of titles in every script are really in the fonts the cards are drawn with.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { getLocale, localeCodes } from '../../src/config/locales.ts';
import { stripBase } from '../../src/utils/urls.ts';
import { textImage } from '../../scripts/lib/og-cards.ts';
import { loadPages, page } from '../support/dist.ts';
import { distDir } from '../support/site.ts';

const pages = loadPages(distDir);

describe('every page has its own share card', () => {
  test('og:image and twitter:image point at an existing 1200×630 card named after the page', async () => {
    const seen = new Set<string>();
    for (const p of pages) {
      const card = p.$('meta[property="og:image"]').attr('content')!;
      expect(card, p.urlPath).toMatch(new RegExp(`/og/${p.locale}/[a-z0-9/-]+\\.jpg$`));
      expect(p.$('meta[name="twitter:image"]').attr('content')).toBe(card);
      expect(p.$('meta[property="og:image:alt"]').attr('content')).toBe(p.$('meta[property="og:title"]').attr('content'));
      const file = path.join(distDir, stripBase(new URL(card).pathname, '/'));
      expect(existsSync(file), `${p.urlPath} → ${file}`).toBe(true);
      seen.add(file);
    }
    // Spot-check the files themselves.
    for (const file of [...seen].filter((_, i) => i % 40 === 0)) {
      const meta = await sharp(file).metadata();
      expect([meta.format, meta.width, meta.height], file).toEqual(['jpeg', 1200, 630]);
    }
  });

  test('a page with a hero picture gets it behind the title; a fallback card is set in the text language', () => {
    const festival = page(distDir, '/ja/festivals/le-hoi-sen/').$('meta[property="og:image"]');
    expect(festival.attr('data-og-background')).toMatch(/\/_astro\/.+\.jpg$/);
    expect(festival.attr('data-og-lang')).toBe('ja');
    const fallback = page(distDir, '/ja/festivals/gio-cu-nguyen-sinh-sac/').$('meta[property="og:image"]');
    expect(fallback.attr('data-og-lang')).toBe('en');
  });
});

describe('the cards draw real glyphs, not empty boxes', () => {
  /** The size of the box Pango draws for a character no font has (private use area). */
  async function size(text: string, lang: string) {
    const { info } = await textImage(text, lang, [64], 1040, 1000);
    return `${info.width}×${info.height}`;
  }

  test('the probe recognises a missing glyph', async () => {
    expect(await size('\uE001', 'vi')).toBe(await size('\uE002', 'vi'));
  });

  test.each(localeCodes)('%s: every character of the home and festival titles', async (locale) => {
    const prefix = locale === 'vi' ? '/' : `/${locale}/`;
    const titles = [`${prefix}`, `${prefix}festivals/le-hoi-sen/`, `${prefix}products/`].map((u) =>
      page(distDir, u).$('meta[property="og:title"]').attr('content')!,
    );
    const tag = getLocale(locale).tag;
    const tofu = await size('\uE001', tag);
    const chars = [...new Set([...titles.join('')].filter((c) => c.trim()))];
    expect(chars.length).toBeGreaterThan(3);
    const missing: string[] = [];
    for (const c of chars) if ((await size(c, tag)) === tofu) missing.push(c);
    expect(missing, titles.join(' | ')).toEqual([]);
  });
});
