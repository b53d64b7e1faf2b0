/**
 * Byte budgets of the built site. Bytes are deterministic, so CI enforces them
 * (tests/build/budgets.test.ts) and `npm run budget` prints the same figures as a report.
 *
 * A page's weight is what a first visit downloads before anyone touches it, gzip-compressed
 * as any static host serves it: the HTML, its stylesheets, and the JavaScript that runs on
 * load (inline scripts, `<script src>`, module preloads and their static imports). Code behind
 * a dynamic `import()` is loaded only when the reader uses that part, so it does not count.
 * Fonts are counted apart: the `@font-face` files whose `unicode-range` covers a character
 * of the page, which is what a browser fetches.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import type { Locale } from '../../src/config/locales.ts';
import { collectionNames, collections } from '../../src/model/collections.ts';
import { splitLocale } from '../../src/utils/urls.ts';
import { isExecutableScript, urlPathOf } from './built-html.ts';

export const budgets = {
  /** HTML + CSS + JavaScript that runs on load, gzip, per page. */
  page: 50 * 1024,
  /** Font files a page downloads. */
  fonts: 80 * 1024,
  /** JavaScript that runs on load (the language suggestion and the small loaders), gzip. */
  eagerScript: 2 * 1024,
  /**
   * JavaScript on load for the two pages that are tools rather than content: the search page
   * runs the query in its address, and the widget builder draws its live preview.
   */
  toolScript: 5 * 1024,
} as const;

/**
 * Pages that are apps rather than pages of the site: the CMS, the kiosk screen and the widgets
 * for other sites. They have no site header, canonical or alternates, and their own tests.
 */
export const isAppPage = (urlPath: string) => /^\/(admin\/|kiosk\/|([a-z]{2}\/)?embed\/[^/]+\/)/.test(urlPath);

/** Templates whose page is itself an interactive tool (see `budgets.toolScript`). */
export const toolTemplates: ReadonlySet<string> = new Set(['/search/', '/embed/']);

/**
 * Code and styles that must never load before the reader uses their part: the map library
 * (Leaflet's `leaflet-src.*.js` and `leaflet.*.css`) and the search engine. The printed leaflets'
 * own stylesheet (`leaflets.*.css`) is not the map library.
 */
export const heavyAsset = /(?:^|\/)leaflet(?:-src)?\.|pagefind/i;

/** What is wrong with a page's weight, in words; empty when it is within budget. */
export function overBudget(page: PageWeight): string[] {
  const problems: string[] = [];
  if (page.total > budgets.page) problems.push(`HTML + CSS + JS ${kib(page.total)} > ${kib(budgets.page)}`);
  if (page.fontTotal > budgets.fonts) problems.push(`fonts ${kib(page.fontTotal)} > ${kib(budgets.fonts)}`);
  const scriptBudget = toolTemplates.has(page.template) ? budgets.toolScript : budgets.eagerScript;
  if (page.scriptTotal > scriptBudget) problems.push(`JavaScript on load ${kib(page.scriptTotal)} > ${kib(scriptBudget)}`);
  const heavy = [...page.css, ...page.script].filter((a) => heavyAsset.test(a.url));
  if (heavy.length) problems.push(`loads ${heavy.map((a) => a.url).join(', ')} before it is used`);
  return problems;
}

export interface Asset {
  /** URL path, or `inline` for code inside the page. */
  url: string;
  bytes: number;
}

export interface PageWeight {
  urlPath: string;
  locale: Locale;
  /** The page's template, e.g. `/festivals/[slug]/`, the same for every locale. */
  template: string;
  html: number;
  css: Asset[];
  script: Asset[];
  fonts: Asset[];
  /** HTML + CSS + script, gzip. */
  total: number;
  scriptTotal: number;
  fontTotal: number;
}

const gzipped = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Segments of the collections' URL sections (`invest/parks` gives `invest` and `parks`), from the registry. */
const collectionSegments = collectionNames.flatMap((name) => collections[name].section.split('/').filter(Boolean));
/** Sub-pages that are not entries: the festival calendar by area, the map, the one-page handbook. */
const fixedSubpages = ['calendar', 'map', 'book'];

/** Collapses entry slugs so that pages of one template compare together. */
export function templateOf(urlPath: string): string {
  const parts = splitLocale(urlPath).path.split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  const [section, ...rest] = parts;
  if (rest.length === 0) return `/${section}/`;
  // Nested sections keep their fixed segments (invest/handbook/…); the last one is the entry.
  const fixed = new Set([...collectionSegments, ...fixedSubpages]);
  return `/${[section, ...rest.map((segment, i) => (fixed.has(segment) && i < rest.length ? segment : '[slug]'))].join('/')}/`;
}

/** Reads one page of `dir` and the files it pulls in on load. `cache` shares file sizes between pages. */
export function weighPage(dir: string, file: string, basePath = '/', cache = new Map<string, unknown>()): PageWeight {
  const html = readFileSync(file, 'utf8');
  const $ = cheerio.load(html);
  const urlPath = urlPathOf(dir, file);
  const { locale } = splitLocale(urlPath);
  const local = (url: string) => {
    const clean = url.split(/[?#]/)[0]!;
    if (/^[a-z]+:|^\/\//i.test(clean)) return undefined;
    const withoutBase = clean.startsWith(basePath) ? `/${clean.slice(basePath.length)}` : clean;
    return path.join(dir, withoutBase.replace(/^\/+/, ''));
  };
  const memo = <T>(key: string, make: () => T): T => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key) as T;
  };

  const css: Asset[] = [];
  const fontFaces: FontFace[] = [];
  $('link[rel="stylesheet"][href]').each((_, el) => {
    const href = $(el).attr('href')!;
    const target = local(href);
    if (!target) return;
    const sheet = memo(`css:${target}`, () => {
      const text = readFileSync(target, 'utf8');
      return { bytes: gzipped(text), faces: parseFontFaces(text, path.dirname(target), dir, basePath) };
    });
    css.push({ url: href, bytes: sheet.bytes });
    fontFaces.push(...sheet.faces);
  });
  $('style').each((_, el) => {
    const text = $(el).text();
    fontFaces.push(...parseFontFaces(text, path.dirname(file), dir, basePath));
  });

  const script: Asset[] = [];
  const seen = new Set<string>();
  const addModule = (url: string) => {
    const target = local(url);
    if (!target || seen.has(target)) return;
    seen.add(target);
    const mod = memo(`js:${target}`, () => {
      const text = readFileSync(target, 'utf8');
      return { bytes: gzipped(text), imports: staticImports(text) };
    });
    script.push({ url, bytes: mod.bytes });
    for (const spec of mod.imports) addModule(new URL(spec, `http://x${url.startsWith('/') ? url : `/${url}`}`).pathname);
  };
  $('script').each((_, el) => {
    const type = $(el).attr('type');
    if (!isExecutableScript(type)) return;
    const src = $(el).attr('src');
    if (src) addModule(src);
    else script.push({ url: 'inline', bytes: gzipped($(el).text()) });
  });
  $('link[rel="modulepreload"][href]').each((_, el) => addModule($(el).attr('href')!));

  // The document's own bytes, scripts included: inline code is counted in `script` too,
  // so the total adds the HTML and the external files only.
  const htmlBytes = gzipped(html);
  const text = $('body').text() + $('title').text();
  const codePoints = new Set<number>();
  for (const char of text) codePoints.add(char.codePointAt(0)!);
  const fonts: Asset[] = [];
  for (const face of fontFaces) {
    if (fonts.some((f) => f.url === face.url)) continue;
    if (!face.ranges.length || face.ranges.some(([from, to]) => [...codePoints].some((c) => c >= from && c <= to))) {
      fonts.push({ url: face.url, bytes: memo(`font:${face.file}`, () => statSync(face.file).size) });
    }
  }
  const external = (assets: Asset[]) => assets.filter((a) => a.url !== 'inline').reduce((n, a) => n + a.bytes, 0);
  const scriptTotal = script.reduce((n, a) => n + a.bytes, 0);
  return {
    urlPath,
    locale,
    template: templateOf(urlPath),
    html: htmlBytes,
    css,
    script,
    fonts,
    total: htmlBytes + external(css) + external(script),
    scriptTotal,
    fontTotal: fonts.reduce((n, a) => n + a.bytes, 0),
  };
}

interface FontFace {
  url: string;
  file: string;
  ranges: [number, number][];
}

/** The first woff2 (or other) source of each `@font-face` and its `unicode-range`. */
export function parseFontFaces(css: string, cssDir: string, dir: string, basePath = '/'): FontFace[] {
  const faces: FontFace[] = [];
  for (const block of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const body = block[1]!;
    const src = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(body)?.[1];
    if (!src || src.startsWith('data:')) continue;
    const file = src.startsWith('/') ? path.join(dir, src.startsWith(basePath) ? src.slice(basePath.length) : src) : path.resolve(cssDir, src);
    const range = /unicode-range\s*:\s*([^;]+)/.exec(body)?.[1] ?? '';
    faces.push({ url: src, file, ranges: parseUnicodeRange(range) });
  }
  return faces;
}

export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^u\+/i, ''))
    .filter(Boolean)
    .map((part): [number, number] => {
      if (part.includes('?')) return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'f'), 16)];
      const [from, to = from] = part.split('-');
      return [parseInt(from!, 16), parseInt(to!, 16)];
    });
}

/** Bundled chunks import each other by a relative or absolute path to a `.js` file. */
const isModulePath = (spec: string) => /^\.{0,2}\/[\w./-]+\.m?js$/.test(spec);

/**
 * Specifiers of static `import … from '…'` and `import '…'` (not dynamic `import()`). Only
 * paths count: bundled chunks import each other by relative URL, and a match inside a string of
 * minified code (an editor's syntax highlighter, say) is not a path.
 */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g)) out.push(m[1]!);
  for (const m of code.matchAll(/(?:^|[;}\s])export\s*(?:\*|{[^}]*})\s*from\s*["']([^"']+)["']/g)) out.push(m[1]!);
  return out.filter(isModulePath);
}

/** Specifiers of dynamic `import('…')` with a literal relative path: the code a chunk loads when it is used. */
export function dynamicImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g)) out.push(m[1]!);
  return out.filter(isModulePath);
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
