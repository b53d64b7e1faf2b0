/**
 * Share cards (scripts/lib/og-cards.ts) with the titles that used to stop the build: a `>` in
 * ordinary Vietnamese, entities, quotes, emoji, CJK and a 10,000-character title are read with
 * an HTML parser, shortened by grapheme and drawn; a card that fails names its page and cause,
 * and the step settles every card in flight before it rejects, so the build can remove its
 * temporary folder.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { removeTree } from '../../scripts/lib/atomic-dir.ts';
import {
  buildOgCards,
  cardSize,
  cardTitle,
  markup,
  maxTitleGraphemes,
  readCardTags,
  renderCard,
  runSettled,
  textImage,
  type CardSpec,
} from '../../scripts/lib/og-cards.ts';

const work = mkdtempSync(path.join(tmpdir(), 'share-cards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const graphemeCount = (s: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].length;

/** The head of a built page as Astro writes it: attribute values escape only `&` and `"`. */
const attribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
function builtPage(title: string, card: string, { lang = 'vi', background }: { lang?: string; background?: string } = {}) {
  const bg = background ? ` data-og-background="https://example.org${background}"` : '';
  return (
    `<!doctype html><html lang="${lang}"><head><title>${title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>` +
    `<meta property="og:site_name" content="Đồng Tháp"><meta property="og:title" content="${attribute(title)}">` +
    `<meta property="og:image" content="https://example.org/og/${card}.jpg"${bg} data-og-lang="${lang}"></head><body><h1>x</h1></body></html>`
  );
}

/** A built site in the scratch folder: pages by URL path, pictures in `_astro/`. */
function site(name: string, pages: Record<string, string>, pictures: Record<string, string | Uint8Array> = {}) {
  const dir = path.join(work, name);
  for (const [rel, html] of Object.entries(pages)) {
    mkdirSync(path.join(dir, rel), { recursive: true });
    writeFileSync(path.join(dir, rel, 'index.html'), html);
  }
  mkdirSync(path.join(dir, '_astro'), { recursive: true });
  for (const [file, data] of Object.entries(pictures)) writeFileSync(path.join(dir, '_astro', file), data);
  return dir;
}

const longTitle = 'Giá thuê đất '.repeat(1000).slice(0, 10_000);
const hardTitles = {
  'a > in Vietnamese': 'Giá thuê đất > 1 tỷ đồng',
  'markup-like text': 'Thuế <b>0%</b> & "ưu đãi" <script>x</script>',
  quotes: `Lễ hội "Sen" 'Tháp Mười'`,
  emoji: 'Hoa sen 🌸 và gia đình 👨‍👩‍👧 🇻🇳',
  CJK: '蓮の花祭り「ドンタップ」> 2026年',
  '10,000 characters': longTitle,
} as const;

describe('reading the card tags with an HTML parser', () => {
  test.each(Object.entries(hardTitles))('%s: the title comes through as written', (_, title) => {
    const tags = readCardTags(builtPage(title, 'vi/x', { background: '/_astro/sen.abc.jpg' }))!;
    expect(tags.title).toBe(title);
    expect(tags).toMatchObject({
      card: 'https://example.org/og/vi/x.jpg',
      siteName: 'Đồng Tháp',
      lang: 'vi',
      background: 'https://example.org/_astro/sen.abc.jpg',
    });
  });

  test('entities of every kind are decoded', () => {
    const html =
      '<html><head><meta property="og:title" content="&lt;Sen&gt; &amp; &quot;Xoài&quot; &#39;a&#39; &#x1F338; &#127800; &hearts;"><meta property="og:image" content="https://e.org/og/vi/x.jpg"></head></html>';
    expect(readCardTags(html)?.title).toBe(`<Sen> & "Xoài" 'a' 🌸 🌸 ♥`);
  });

  test("attributes in any order and quoting; tags in the body are not the page's", () => {
    const html = `<html><head><meta content='A > "B"' property=og:title><meta data-og-lang=ja content=https://e.org/og/ja/x.jpg property="og:image"></head><body><meta property="og:title" content="body"></body></html>`;
    expect(readCardTags(html)).toMatchObject({ title: 'A > "B"', lang: 'ja', card: 'https://e.org/og/ja/x.jpg' });
  });

  test('a page without og:image has no card', () => {
    expect(readCardTags('<html><head><meta property="og:title" content="x"></head></html>')).toBeUndefined();
  });
});

describe('shortening long titles by grapheme', () => {
  test('short titles stay as they are; white space and control characters become one space', () => {
    expect(cardTitle(hardTitles['a > in Vietnamese'])).toBe('Giá thuê đất > 1 tỷ đồng');
    expect(cardTitle('  Lễ hội\n\tSen\u0000\u0007 2026 ')).toBe('Lễ hội Sen 2026');
  });

  test('a 10,000-character title is cut to the maximum, ending in an ellipsis', () => {
    const shown = cardTitle(longTitle);
    expect(graphemeCount(shown)).toBeLessThanOrEqual(maxTitleGraphemes);
    expect(shown.endsWith('…')).toBe(true);
    expect(longTitle.startsWith(shown.slice(0, -1))).toBe(true);
  });

  test('emoji sequences, combining marks and CJK are never cut in half', () => {
    const family = '👨‍👩‍👧';
    const shown = cardTitle(family.repeat(10), 4);
    expect(shown).toBe(`${family.repeat(3)}…`);
    // "ồ" decomposed is three code points: o and two combining marks.
    expect(cardTitle('Đồng Tháp'.normalize('NFD'), 3)).toBe(`${'Đồ'.normalize('NFD')}…`);
    expect(cardTitle('蓮の花祭り'.repeat(50), 10)).toBe('蓮の花祭り蓮の花祭…');
  });
});

describe('Pango markup', () => {
  test('the five XML specials are escaped', () => {
    expect(markup(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });

  test('a quote in the language tag stays inside the attribute', async () => {
    const { info } = await textImage('Sen', `vi" font_weight="ultralight`, [40], 1040, 100);
    expect(info.width).toBeGreaterThan(0);
  });
});

describe('drawing cards for hard titles', () => {
  test.each(Object.entries({ ...hardTitles, 'no title': '', 'one long word': 'x'.repeat(10_000) }))(
    '%s: a 1200×630 JPEG',
    async (_, title) => {
      const lang = /[\u3040-\u9fff]/.test(title) ? 'ja' : 'vi';
      const meta = await sharp(await renderCard({ title, siteName: 'Đồng Tháp', lang })).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', cardSize.width, cardSize.height]);
    },
    30_000,
  );
});

/** A PNG whose header claims `width`×`height` pixels (the data is one pixel): sharp reads the header first. */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
    .png()
    .toBuffer();
  // Bytes 16–23 are IHDR's width and height; its CRC (bytes 29–32) covers the chunk type and data.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

describe('a card that fails names its page and cause', () => {
  test('a hero picture that is not a picture', async () => {
    const dir = site(
      'not-a-picture',
      { 'ja/festivals/x': builtPage('蓮', 'ja/festivals/x', { lang: 'ja', background: '/_astro/a.jpg' }) },
      { 'a.jpg': 'this is text, not a JPEG' },
    );
    await expect(buildOgCards(dir, '/', { cacheDir: false })).rejects.toThrow(
      'share card for /ja/festivals/x/ [locale: ja]: hero picture /_astro/a.jpg: Input file contains unsupported image format',
    );
  });

  test('a hero picture of 20000×20000 pixels is refused by the pixel limit before it is decoded', async () => {
    const dir = site(
      'huge',
      { 'festivals/y': builtPage('Sen', 'vi/festivals/y', { background: '/_astro/huge.png' }) },
      { 'huge.png': await pngClaiming(20_000, 20_000) },
    );
    await expect(buildOgCards(dir, '/', { cacheDir: false })).rejects.toThrow(
      'share card for /festivals/y/ [locale: vi]: hero picture /_astro/huge.png: Input image exceeds pixel limit',
    );
  });

  test('titles with > and entities reach the renderer as written', async () => {
    const pages = Object.fromEntries(Object.values(hardTitles).map((title, i) => [`en/page-${i}`, builtPage(title, `en/page-${i}`, { lang: 'en' })]));
    const seen: string[] = [];
    const render = async (spec: CardSpec) => {
      seen.push(spec.title);
      return Buffer.from('card');
    };
    expect(await buildOgCards(site('titles', pages), '/', { cacheDir: false, render })).toMatchObject({ count: 6, rendered: 6 });
    expect(seen.sort()).toEqual(Object.values(hardTitles).sort());
  });
});

describe('a failing card stops the step only when nothing is running any more', () => {
  test('runSettled: no job is running when the error is thrown, and none starts after the failure', async () => {
    let running = 0;
    const started: number[] = [];
    const failure = new Error('job 1 failed');
    const job = async (i: number) => {
      running++;
      started.push(i);
      try {
        await sleep(i === 1 ? 5 : 40);
        if (i === 1) throw failure;
      } finally {
        running--;
      }
    };
    const outcome = await runSettled([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3, job).then(
      () => 'resolved',
      (error: unknown) => ({ error, runningWhenThrown: running }),
    );
    expect(outcome).toEqual({ error: failure, runningWhenThrown: 0 });
    expect(started).toEqual([0, 1, 2]);
  });

  test('runSettled runs every job when none fails', async () => {
    const done: number[] = [];
    await runSettled([1, 2, 3, 4, 5], 2, async (i) => void done.push(i));
    expect(done.sort()).toEqual([1, 2, 3, 4, 5]);
  });

  test('buildOgCards: every card in flight is written before it rejects, so the folder can be removed at once', async () => {
    const pages = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${i}`, builtPage(i === 2 ? 'broken' : `Trang ${i}`, `vi/p${i}`)]));
    const dir = site('in-flight', pages);
    let rendering = 0;
    const render = async (spec: CardSpec) => {
      rendering++;
      try {
        await sleep(spec.title === 'broken' ? 5 : 60);
        if (spec.title === 'broken') throw new Error('Pango gave up');
        return Buffer.from(spec.title);
      } finally {
        rendering--;
      }
    };
    const error = await buildOgCards(dir, '/', { cacheDir: false, render }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(String(error)).toContain('share card for /p2/ [locale: vi]: Pango gave up');
    expect(rendering).toBe(0);
    // What the build does next: remove the temporary folder. Nothing may write into it afterwards.
    await removeTree(dir);
    await sleep(150);
    expect(existsSync(dir)).toBe(false);
  });
});
