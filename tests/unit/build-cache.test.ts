/**
 * The build's content-addressed caches (scripts/lib/build-cache.ts): share cards and handbook
 * PDFs are reused exactly when everything that decides their bytes is unchanged, and drawn or
 * printed again as soon as one input changes. The share-card tests use a stand-in renderer that
 * counts its calls; the PDF tests check the manifest logic without a browser, then the whole
 * step with Chromium when it is installed.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { entryPath, projectRoot, pruneCache, resolveCacheDir, sha256 } from '../../scripts/lib/build-cache.ts';
import { chromiumPath, isExecutable } from '../../scripts/lib/chromium.ts';
import { buildHandbookPdfs, handbookCacheKey, reuseCachedPdf, storePdfInCache } from '../../scripts/lib/handbook-pdf.ts';
import { buildOgCards, cardKey, type CardSpec } from '../../scripts/lib/og-cards.ts';

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'build-cache-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const write = (file: string, data: string | Uint8Array) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
};
const cacheFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length : 0);

describe('cache folder', () => {
  test('defaults to node_modules/.cache/<name>; an explicit folder or the environment moves it; false, "off" or "" turns it off', () => {
    expect(resolveCacheDir('og-cards', 'X_CACHE', undefined, {})).toBe(path.join(projectRoot, 'node_modules/.cache/og-cards'));
    expect(resolveCacheDir('og-cards', 'X_CACHE', '/tmp/a', { X_CACHE: '/tmp/b' })).toBe('/tmp/a');
    expect(resolveCacheDir('og-cards', 'X_CACHE', undefined, { X_CACHE: '/tmp/b' })).toBe('/tmp/b');
    expect(resolveCacheDir('og-cards', 'X_CACHE', false, { X_CACHE: '/tmp/b' })).toBeUndefined();
    expect(resolveCacheDir('og-cards', 'X_CACHE', undefined, { X_CACHE: 'off' })).toBeUndefined();
    expect(resolveCacheDir('og-cards', 'X_CACHE', undefined, { X_CACHE: '' })).toBeUndefined();
  });

  test('pruning removes entries unused for the given days and temporary files left by a killed build', async () => {
    const now = Date.now();
    const day = 86_400_000;
    const old = entryPath(work, sha256('old'), '.jpg');
    const fresh = entryPath(work, sha256('fresh'), '.jpg');
    const leftover = `${entryPath(work, sha256('tmp'), '.jpg')}.123.abc.tmp`;
    const writing = `${entryPath(work, sha256('tmp2'), '.jpg')}.456.def.tmp`;
    for (const file of [old, fresh, leftover, writing]) write(file, 'x');
    utimesSync(old, new Date(now - 31 * day), new Date(now - 31 * day));
    utimesSync(fresh, new Date(now - 29 * day), new Date(now - 29 * day));
    utimesSync(leftover, new Date(now - 2 * 3_600_000), new Date(now - 2 * 3_600_000));
    expect(await pruneCache(work, 30, now)).toBe(2);
    expect([old, fresh, leftover, writing].map((f) => existsSync(f))).toEqual([false, true, false, true]);
    expect(await pruneCache(path.join(work, 'nothing-here'))).toBe(0);
  });
});

describe('share card cache', () => {
  const page = (title: string, card: string, background?: string, lang = 'vi') =>
    `<!doctype html><html lang="${lang}"><head><meta property="og:title" content="${title}"><meta property="og:site_name" content="Đồng Tháp">` +
    `<meta property="og:image" content="https://example.org/og/${card}.jpg"${background ? ` data-og-background="https://example.org/_astro/${background}"` : ''} data-og-lang="${lang}"></head></html>`;

  /** A built site: two pages over the same picture, one over the brand colour. */
  function site(
    name: string,
    titles = ['Lễ hội Sen', 'Xoài Cao Lãnh', 'Giới thiệu'],
    picture: Uint8Array | string = 'picture-1',
    pictureName = 'lotus.abc.webp',
  ) {
    const dir = path.join(work, name);
    write(path.join(dir, 'festivals/le-hoi-sen/index.html'), page(titles[0]!, 'vi/festivals/le-hoi-sen', pictureName));
    write(path.join(dir, 'ja/products/xoai/index.html'), page(titles[1]!, 'ja/products/xoai', pictureName, 'ja'));
    write(path.join(dir, 'gioi-thieu/index.html'), page(titles[2]!, 'vi/gioi-thieu'));
    write(path.join(dir, '_astro', pictureName), picture);
    return dir;
  }
  const cards = (dir: string) =>
    ['og/vi/festivals/le-hoi-sen.jpg', 'og/ja/products/xoai.jpg', 'og/vi/gioi-thieu.jpg'].map((f) => readFileSync(path.join(dir, f), 'utf8'));

  let calls: CardSpec[];
  const render = async (spec: CardSpec) => {
    calls.push(spec);
    const background = spec.background ? readFileSync(spec.background, 'utf8') : 'brand';
    return Buffer.from(`${spec.lang}|${spec.title}|${spec.siteName}|${background}`);
  };
  beforeEach(() => {
    calls = [];
  });

  test('a rebuild with the same inputs reuses every card, byte for byte', async () => {
    const cache = path.join(work, 'cache');
    const first = site('one');
    expect(await buildOgCards(first, '/', { cacheDir: cache, render })).toMatchObject({ count: 3, rendered: 3, reused: 0 });
    expect(cacheFiles(cache)).toBe(3);
    // The build script draws into a new temporary folder every time.
    const second = site('two');
    calls = [];
    expect(await buildOgCards(second, '/', { cacheDir: cache, render })).toMatchObject({ count: 3, rendered: 0, reused: 3 });
    expect(calls).toEqual([]);
    expect(cards(second)).toEqual(cards(first));
    expect(cards(first)[1]).toBe('ja|Xoài Cao Lãnh|Đồng Tháp|picture-1');
  });

  test('a changed title draws that card only', async () => {
    const cache = path.join(work, 'cache');
    await buildOgCards(site('one'), '/', { cacheDir: cache, render });
    calls = [];
    const dir = site('two', ['Lễ hội Sen 2026', 'Xoài Cao Lãnh', 'Giới thiệu']);
    expect(await buildOgCards(dir, '/', { cacheDir: cache, render })).toMatchObject({ rendered: 1, reused: 2 });
    expect(calls.map((c) => c.title)).toEqual(['Lễ hội Sen 2026']);
    expect(cards(dir)[0]).toBe('vi|Lễ hội Sen 2026|Đồng Tháp|picture-1');
  });

  test('the background counts by its bytes: new bytes draw again, a new file name with the same bytes does not', async () => {
    const cache = path.join(work, 'cache');
    await buildOgCards(site('one'), '/', { cacheDir: cache, render });
    calls = [];
    expect(await buildOgCards(site('two', undefined, 'picture-2'), '/', { cacheDir: cache, render })).toMatchObject({ rendered: 2, reused: 1 });
    expect(calls.map((c) => c.title).sort()).toEqual(['Lễ hội Sen', 'Xoài Cao Lãnh']);
    calls = [];
    expect(await buildOgCards(site('three', undefined, 'picture-2', 'lotus.def.webp'), '/', { cacheDir: cache, render })).toMatchObject({
      rendered: 0,
      reused: 3,
    });
  });

  test('the key covers the language and the site name', () => {
    const spec: CardSpec = { title: '蓮', siteName: 'Dong Thap', lang: 'ja' };
    expect(cardKey(spec, undefined)).toBe(cardKey({ ...spec }, undefined));
    expect(cardKey({ ...spec, lang: 'zh-Hans' }, undefined)).not.toBe(cardKey(spec, undefined));
    expect(cardKey({ ...spec, siteName: 'Đồng Tháp' }, undefined)).not.toBe(cardKey(spec, undefined));
    expect(cardKey(spec, sha256('a'))).not.toBe(cardKey(spec, undefined));
  });

  test('with the cache off every card is drawn and nothing is stored', async () => {
    const cache = path.join(work, 'cache');
    await buildOgCards(site('one'), '/', { cacheDir: false, render });
    expect(await buildOgCards(site('two'), '/', { cacheDir: false, render })).toMatchObject({ rendered: 3, reused: 0 });
    expect(calls).toHaveLength(6);
    expect(existsSync(cache)).toBe(false);
  });
});

describe('handbook PDF cache', () => {
  const book = (css = 'book.abc.css') =>
    `<!doctype html><html lang="vi"><head><link rel="stylesheet" href="/_astro/${css}"></head><body><h1>Sổ tay đầu tư</h1></body></html>`;
  function site(name: string, css = 'body { font-family: serif }') {
    const dir = path.join(work, name);
    write(path.join(dir, 'invest/handbook/book/index.html'), book());
    write(path.join(dir, '_astro/book.abc.css'), css);
    write(path.join(dir, '_astro/font.woff2'), 'font');
    return dir;
  }
  const loaded = ['/invest/handbook/book/', '/_astro/book.abc.css', '/_astro/font.woff2', '/_astro/not-there.png'];

  test('the key changes with the page, the locale, the base path and the browser', () => {
    const key = handbookCacheKey(book(), 'vi', '/', chromiumPath);
    expect(handbookCacheKey(book(), 'vi', '/', chromiumPath)).toBe(key);
    expect(handbookCacheKey(book('book.def.css'), 'vi', '/', chromiumPath)).not.toBe(key);
    expect(handbookCacheKey(book(), 'ja', '/', chromiumPath)).not.toBe(key);
    expect(handbookCacheKey(book(), 'vi', '/sub/', chromiumPath)).not.toBe(key);
    expect(handbookCacheKey(book(), 'vi', '/', '/other/chromium')).not.toBe(key);
  });

  test('a PDF is reused only while every file it was printed from is unchanged', async () => {
    const cache = path.join(work, 'cache');
    const key = handbookCacheKey(book(), 'vi', '/', chromiumPath);
    const first = site('one');
    write(path.join(first, 'invest/handbook.pdf'), '%PDF-1.7 printed');
    expect(await reuseCachedPdf(cache, key, first, path.join(work, 'nothing.pdf'))).toBe(false);
    await storePdfInCache(cache, key, first, path.join(first, 'invest/handbook.pdf'), loaded);

    const same = site('two');
    expect(await reuseCachedPdf(cache, key, same, path.join(same, 'invest/handbook.pdf'))).toBe(true);
    expect(readFileSync(path.join(same, 'invest/handbook.pdf'), 'utf8')).toBe('%PDF-1.7 printed');

    // A stylesheet with the same name but other rules: print again.
    const restyled = site('three', 'body { font-family: sans-serif }');
    expect(await reuseCachedPdf(cache, key, restyled, path.join(restyled, 'invest/handbook.pdf'))).toBe(false);
    expect(existsSync(path.join(restyled, 'invest/handbook.pdf'))).toBe(false);

    // A file that was missing when printing and now exists changes the print too.
    const more = site('four');
    write(path.join(more, '_astro/not-there.png'), 'png');
    expect(await reuseCachedPdf(cache, key, more, path.join(more, 'invest/handbook.pdf'))).toBe(false);

    // A manifest whose PDF is gone is a miss, not an error.
    rmSync(entryPath(cache, key, '.pdf'));
    expect(await reuseCachedPdf(cache, key, same, path.join(work, 'again.pdf'))).toBe(false);
  });

  test.skipIf(!isExecutable(chromiumPath))(
    'with Chromium: printed once, reused on the next build, printed again when the stylesheet changes',
    async () => {
      const cache = path.join(work, 'cache');
      const build = (dir: string) => buildHandbookPdfs({ dir, locales: ['vi'], cacheDir: cache });
      const first = await build(site('one'));
      expect(first).toMatchObject({ status: 'built', files: [{ locale: 'vi' }] });
      expect(first.status === 'built' && first.files[0]!.reused).toBeFalsy();
      const pdf = readFileSync(path.join(work, 'one/invest/handbook.pdf'));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

      const second = await build(site('two'));
      expect(second.status === 'built' && second.files[0]!.reused).toBe(true);
      expect(readFileSync(path.join(work, 'two/invest/handbook.pdf')).equals(pdf)).toBe(true);

      const third = await build(site('three', 'body { color: #036 }'));
      expect(third.status === 'built' && third.files[0]!.reused).toBeFalsy();
    },
    60_000,
  );
});
