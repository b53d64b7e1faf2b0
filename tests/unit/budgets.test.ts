/** The measuring rules behind the byte budgets, on small made-up sites. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { dynamicImports, heavyAsset, isAppPage, overBudget, parseUnicodeRange, staticImports, templateOf, weighPage } from '../../scripts/lib/budgets.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'budgets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const put = (file: string, content: string | Buffer) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), content);
};
/** Text that gzip cannot shrink much, so byte counts are meaningful. */
const noise = (n: number) => Array.from({ length: n }, (_, i) => ((i * 2654435761) >>> 0).toString(36)).join('');

describe('templateOf', () => {
  test('groups pages of every locale under one template', () => {
    expect(templateOf('/')).toBe('/');
    expect(templateOf('/ja/')).toBe('/');
    expect(templateOf('/festivals/le-hoi-sen/')).toBe('/festivals/[slug]/');
    expect(templateOf('/ko/festivals/le-hoi-sen/')).toBe('/festivals/[slug]/');
    expect(templateOf('/ru/invest/handbook/co-hoi-dau-tu/')).toBe('/invest/handbook/[slug]/');
    expect(templateOf('/invest/handbook/book/')).toBe('/invest/handbook/book/');
    expect(templateOf('/en/products/')).toBe('/products/');
  });
  test('apps are told apart from site pages', () => {
    expect(isAppPage('/admin/')).toBe(true);
    expect(isAppPage('/ja/embed/festivals/')).toBe(true);
    expect(isAppPage('/ja/embed/')).toBe(false);
    expect(isAppPage('/festivals/')).toBe(false);
  });
});

test('unicode-range and static imports are read as a browser and a module loader would', () => {
  expect(parseUnicodeRange('U+0000-00FF, U+0131, U+1EA0-1EF9, U+02??')).toEqual([
    [0, 0xff],
    [0x131, 0x131],
    [0x1ea0, 0x1ef9],
    [0x200, 0x2ff],
  ]);
  expect(staticImports('import{a as b}from"./x.js";import"./y.js";const c=()=>import("./lazy.js");export*from"./z.js"')).toEqual([
    './x.js',
    './y.js',
    './z.js',
  ]);
  // The lazy ones, as the service worker's precache list follows them; a computed path is not one.
  expect(
    dynamicImports(
      'import"./y.js";const c=()=>import("./lazy.js"),d=()=>import(`./other.B1x.js`),e=n=>import(`./${n}.js`),f=()=>import("/pagefind/pagefind.js")',
    ),
  ).toEqual(['./lazy.js', './other.B1x.js', '/pagefind/pagefind.js']);
});

describe('weighPage', () => {
  put(
    '_astro/site.css',
    `@font-face{font-family:F;src:url(/_astro/latin.woff2) format("woff2");unicode-range:U+0000-00FF}@font-face{font-family:F;src:url(/_astro/cjk.woff2) format("woff2");unicode-range:U+4E00-9FFF}body{color:red}`,
  );
  put('_astro/latin.woff2', Buffer.alloc(10_000));
  put('_astro/cjk.woff2', Buffer.alloc(3_000_000));
  put('_astro/loader.js', 'import"./dep.js";document.body.dataset.a="1";const m=()=>import("./heavy.js")');
  put('_astro/dep.js', `export const x=${JSON.stringify(noise(400))}`);
  put('_astro/heavy.js', noise(100_000));
  put('_astro/leaflet-src.js', 'L');
  put('_astro/leaflet.css', '.leaflet-pane{position:absolute}');

  test('counts a module and its static imports, not what it imports later', () => {
    put(
      'a/index.html',
      '<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/loader.js"></script></head><body>Hello</body></html>',
    );
    const w = weighPage(dir, path.join(dir, 'a/index.html'));
    expect(w.script.map((s) => s.url)).toEqual(['/_astro/loader.js', '/_astro/dep.js']);
    expect(w.scriptTotal).toBeGreaterThan(1000);
    expect(overBudget(w)).toEqual([]);
  });

  test('a font counts only when the page has a character in its range', () => {
    put('b/index.html', '<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"></head><body>Hello 世界</body></html>');
    const latinOnly = weighPage(dir, path.join(dir, 'a/index.html'));
    const withHan = weighPage(dir, path.join(dir, 'b/index.html'));
    expect(latinOnly.fonts.map((f) => f.url)).toEqual(['/_astro/latin.woff2']);
    expect(withHan.fontTotal).toBe(3_010_000);
    expect(overBudget(withHan)).toEqual([expect.stringMatching(/^fonts 2939\.5 KiB > 80\.0 KiB$/)]);
  });

  test('an oversized page, too much script on load and an eager map library are reported', () => {
    put(
      'festivals/x/index.html',
      `<!doctype html><html><head><script type="module" src="/_astro/heavy.js"></script><script src="/_astro/leaflet-src.js"></script></head><body>${noise(80_000)}</body></html>`,
    );
    const problems = overBudget(weighPage(dir, path.join(dir, 'festivals/x/index.html')));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^HTML \+ CSS \+ JS .* > 50\.0 KiB$/);
    expect(problems[1]).toMatch(/^JavaScript on load .* > 2\.0 KiB$/);
    expect(problems[2]).toBe('loads /_astro/leaflet-src.js before it is used');
  });

  test("the map library's stylesheet in the page head is reported: it would hold up the first paint", () => {
    put(
      'festivals/y/index.html',
      '<!doctype html><html><head><link rel="stylesheet" href="/_astro/leaflet.css"><link rel="stylesheet" href="/_astro/site.css"></head><body>Hello</body></html>',
    );
    expect(overBudget(weighPage(dir, path.join(dir, 'festivals/y/index.html')))).toEqual(['loads /_astro/leaflet.css before it is used']);
  });

  test("the printed leaflets' stylesheet is not taken for the map library's", () => {
    expect(heavyAsset.test('/_astro/leaflet.BgX4OC_Y.css')).toBe(true);
    expect(heavyAsset.test('_astro/leaflet-src.Ci66FbDe.js')).toBe(true);
    expect(heavyAsset.test('/_astro/leaflets.C5OSOhe3.css')).toBe(false);
    expect(heavyAsset.test('/pagefind/pagefind.js')).toBe(true);
  });

  test('inline scripts count, JSON data blocks do not', () => {
    put(
      'c/index.html',
      `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify({ a: noise(5000) })}</script><script>${noise(5000)}</script></head><body>x</body></html>`,
    );
    const w = weighPage(dir, path.join(dir, 'c/index.html'));
    expect(w.script).toHaveLength(1);
    expect(w.script[0]!.url).toBe('inline');
  });
});
