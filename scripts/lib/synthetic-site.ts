/**
 * A synthetic copy of the project for the build benchmark: the code (src, scripts, cms, public,
 * configuration) is copied, node_modules is linked package by package (so that Astro's cache,
 * the share-card and PDF caches and the build stamp stay inside the copy), and content/ holds N
 * entries per collection in every locale, written from the demo entries.
 *
 * - Entries 1…T of a collection (T = its demo entries) are the demo entries themselves; entry k > T
 *   is a variant of demo entry ((k − 1) mod T) with the slug `<demo slug>-<k>`, the title
 *   followed by ` <k>`, a sentence added to the body and its pictures taken from the image pool.
 *   It exists in exactly the locales of its demo entry, so the fallback pages scale too.
 *   Variant handbook chapters come after the demo chapters and include no live data (the demo
 *   chapters already show every incentive, project and park), and variant pages stay out of the
 *   footer, as a real site's would.
 * - The image pool: `images` distinct JPEG photos derived from content/_media/*.jpg with sharp
 *   (crops of different shapes, mirror images, colour shifts, sizes from 1200 to 2400 px wide,
 *   and a photographic grain, since the demo pictures are flat drawings that encode unusually fast).
 *   The pool is bounded so that AVIF/WebP encoding stays feasible on a small machine.
 *
 * Every generated file is written with the CMS's own writer (`stringifyFrontmatter`) from NFC
 * text and passes the real content validator.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { defaultLocale, localeCodes, type Locale } from '../../src/config/locales.ts';
import { parseFrontmatter, stringifyFrontmatter } from '../../src/model/frontmatter.ts';
import { collectionNames, type CollectionName } from '../../src/model/collections.ts';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** What the copy copies besides content/ and node_modules/. */
const copied = ['src', 'scripts', 'cms', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** Caches under node_modules/ that the copy keeps for itself instead of linking the project's. */
const ownCaches = new Set(['.astro', '.cache', '.vite', '.vite-temp', '.vitest-cache']);

/** HTML pages the site has besides the entry pages (lists, hubs, calendar, embeds, 404s…), measured at N = 5 in November 2026. */
export const fixedPages = 141;
/** HTML pages per entry: one per locale (a missing translation still gets its fallback page). */
export const pagesPerEntry = localeCodes.length * collectionNames.length;
export const defaultImagePool = 48;

/** N for a site of about `pages` HTML pages (6,000 by default, which gives 122). */
export function entriesForPages(pages = 6000): number {
  return Math.max(1, Math.round((pages - fixedPages) / pagesPerEntry));
}

export interface SyntheticOptions {
  /** Entries per collection. */
  n: number;
  /** Folder to create (emptied first). */
  out: string;
  /** Size of the image pool. */
  images?: number;
  /** Project to copy (default: this one). */
  source?: string;
}

export interface SyntheticSite {
  dir: string;
  /** Entry files written per collection, all locales together. */
  files: Record<CollectionName, number>;
  /** Entries per collection. */
  n: number;
  /** Pool image files, relative to content/_media/. */
  images: string[];
  /** The HTML pages the build should produce, estimated. */
  expectedPages: number;
  /** A Vietnamese entry the benchmark edits before the warm build, relative to the copy. */
  editTarget: string;
}

/** A small deterministic pseudo-random generator (mulberry32), so a given N always gives the same site. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const poolName = (i: number) => `pool-${String(i + 1).padStart(3, '0')}.jpg`;

/** Writes `count` distinct photos derived from the demo pictures into `mediaDir`. */
export async function makeImagePool(sourceMedia: string, mediaDir: string, count: number): Promise<string[]> {
  const sources = readdirSync(sourceMedia)
    .filter((f) => /\.jpe?g$/i.test(f))
    .sort();
  if (!sources.length) throw new Error(`No JPEG pictures in ${sourceMedia} to derive the image pool from`);
  const shapes = [3 / 2, 4 / 3, 16 / 9, 1, 5 / 4, 2 / 1];
  const widths = [1200, 1600, 1920, 2400];
  const names: string[] = [];
  const grains = await Promise.all(
    [0, 1, 2].map((g) =>
      sharp({
        create: { width: 509 + g * 2, height: 383 + g * 2, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 26 + g * 4 } },
      })
        .blur(0.6)
        .png()
        .toBuffer(),
    ),
  );
  const jobs = Array.from({ length: count }, (_, i) => i);
  const worker = async () => {
    for (let i = jobs.shift(); i !== undefined; i = jobs.shift()) {
      const rnd = random(1000 + i);
      const file = path.join(sourceMedia, sources[i % sources.length]!);
      const { width: w = 1600, height: h = 1000 } = await sharp(file).metadata();
      const aspect = shapes[i % shapes.length]!;
      // The largest crop of this shape, then 60–100 % of it, somewhere in the picture.
      const full = Math.min(w, h * aspect);
      const cropW = Math.round(full * (0.6 + 0.4 * rnd()));
      const cropH = Math.min(h, Math.round(cropW / aspect));
      const left = Math.floor(rnd() * (w - cropW + 1));
      const top = Math.floor(rnd() * (h - cropH + 1));
      const outW = widths[Math.floor(i / sources.length) % widths.length]!;
      let image = sharp(file)
        .extract({ left, top, width: cropW, height: cropH })
        .resize(outW, Math.round(outW / aspect), { fit: 'fill' })
        .modulate({ hue: Math.round(rnd() * 60 - 30), saturation: 0.75 + rnd() * 0.5, brightness: 0.85 + rnd() * 0.3 });
      if (i % 2) image = image.flop();
      if (i % 5 === 3) image = image.flip();
      if (i % 7 === 2) image = image.tint({ r: 255, g: 220 + Math.round(rnd() * 35), b: 180 + Math.round(rnd() * 60) });
      // The demo pictures are flat drawings, which AVIF and WebP encode far faster than photos:
      // a photographic grain gives the encoders the detail of a real photo to work on.
      const flat = await image.toBuffer();
      await sharp(flat)
        .composite([{ input: grains[i % grains.length]!, tile: true, blend: 'soft-light' }])
        .jpeg({ quality: 84 })
        .toFile(path.join(mediaDir, poolName(i)));
      names[i] = poolName(i);
    }
  };
  await Promise.all([worker(), worker()]);
  return names;
}

/** The sentence added to every variant's body, per locale. */
const variantNote: Record<Locale, (k: number) => string> = {
  vi: (k) => `Đây là bài số ${k} của trang thử nghiệm dùng để đo tốc độ dựng trang.`,
  en: (k) => `This is entry ${k} of the synthetic site used to measure the build.`,
  zh: (k) => `这是用于测量构建速度的合成网站的第 ${k} 篇条目。`,
  ja: (k) => `これはビルド時間を測るための合成サイトの第${k}項目です。`,
  ko: (k) => `빌드 속도를 측정하기 위한 합성 사이트의 ${k}번째 항목입니다.`,
  ru: (k) => `Это запись ${k} синтетического сайта для измерения сборки.`,
};

/** The entry text as a variant: new title, pictures from the pool, a sentence in the body. */
function variantOf(collection: CollectionName, locale: Locale, source: string, k: number, pool: readonly string[]): string {
  const parsed = parseFrontmatter(source);
  if (!parsed) throw new Error('demo entry without frontmatter');
  const data = structuredClone(parsed.data);
  if (typeof data.title === 'string') data.title = `${data.title} ${k}`.normalize('NFC');
  if (Array.isArray(data.images)) {
    data.images = data.images.map((image: Record<string, unknown>, i: number) =>
      // A translation may leave the file out (it comes from the Vietnamese file, by position).
      image.src === undefined ? image : { ...image, src: `../../_media/${pool[(k * 7 + i * 13) % pool.length]}` },
    );
  }
  if (collection === 'handbook') {
    if ('order' in data || locale === defaultLocale) data.order = k;
    delete data.includes;
    if (locale === defaultLocale) data.includes = [];
  }
  if (collection === 'pages' && ('inFooter' in data || locale === defaultLocale)) data.inFooter = false;
  const body = `${parsed.body.replace(/\s+$/, '')}\n\n${variantNote[locale](k)}\n`.normalize('NFC');
  return stringifyFrontmatter(data, body);
}

/**
 * A news item names other entries by file name (`related`, `corrects`), and the synthetic site
 * holds only the first `n` entries of each collection, so its news items name none: a correction
 * becomes an announcement. The build would rightly refuse a reference to a missing entry.
 */
export function withoutReferences(collection: CollectionName, text: string): string {
  if (collection !== 'news') return text;
  const parsed = parseFrontmatter(text);
  if (!parsed) throw new Error('demo entry without frontmatter');
  const data = structuredClone(parsed.data);
  delete data.related;
  delete data.corrects;
  if (data.category === 'correction') data.category = 'announcement';
  return stringifyFrontmatter(data, parsed.body);
}

/** Copies the project's code and writes the synthetic content. */
export async function createSyntheticSite({ n, out, images = defaultImagePool, source = projectRoot }: SyntheticOptions): Promise<SyntheticSite> {
  if (!Number.isInteger(n) || n < 1) throw new Error(`N must be a whole number of at least 1 (got ${n})`);
  if (!Number.isInteger(images) || images < 1) throw new Error(`the image pool needs at least 1 picture (got ${images})`);
  const dir = path.resolve(out);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of copied) cpSync(path.join(source, item), path.join(dir, item), { recursive: true });
  // node_modules: every package linked, the caches kept apart (a cold build is really cold,
  // and the benchmark never fills or clears the project's own caches).
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(path.join(source, 'node_modules'))) {
    if (ownCaches.has(name)) continue;
    symlinkSync(path.join(source, 'node_modules', name), path.join(modules, name));
  }

  const contentSource = path.join(source, 'content');
  const media = path.join(dir, 'content', '_media');
  cpSync(path.join(contentSource, '_media'), media, { recursive: true });
  const pool = await makeImagePool(path.join(contentSource, '_media'), media, images);

  const files = {} as Record<CollectionName, number>;
  let editTarget = '';
  for (const collection of collectionNames) {
    files[collection] = 0;
    const templates = readdirSync(path.join(contentSource, collection, defaultLocale))
      .filter((f) => /\.mdx?$/.test(f))
      .sort();
    if (!templates.length) throw new Error(`content/${collection}/${defaultLocale}/ has no entry to copy`);
    const slugs = new Set(templates.map((f) => f.replace(/\.mdx?$/, '')));
    for (let k = 1; k <= n; k++) {
      const template = templates[(k - 1) % templates.length]!;
      const [slug, extension] = [template.replace(/\.mdx?$/, ''), path.extname(template)];
      const isDemo = k <= templates.length;
      const newSlug = isDemo ? slug : `${slug}-${k}`;
      if (!isDemo) {
        if (slugs.has(newSlug)) throw new Error(`slug clash in ${collection}: ${newSlug}`);
        slugs.add(newSlug);
      }
      for (const locale of localeCodes) {
        const from = path.join(contentSource, collection, locale, template);
        if (!existsSync(from)) continue;
        const to = path.join(dir, 'content', collection, locale, `${newSlug}${extension}`);
        mkdirSync(path.dirname(to), { recursive: true });
        const text = readFileSync(from, 'utf8');
        writeFileSync(to, withoutReferences(collection, isDemo ? text : variantOf(collection, locale, text, k, pool)));
        files[collection]++;
        if (collection === 'festivals' && locale === defaultLocale && (!editTarget || !isDemo)) editTarget = path.relative(dir, to);
      }
    }
  }
  return { dir, files, n, images: pool, expectedPages: n * pagesPerEntry + fixedPages, editTarget };
}

/** Appends a sentence to an entry's body, as an editor would (the warm build's one change). */
export function editEntry(siteDir: string, rel: string, note = `Cập nhật lúc ${new Date().toISOString()}.`): void {
  const file = path.join(siteDir, rel);
  writeFileSync(file, `${readFileSync(file, 'utf8').replace(/\s+$/, '')}\n\n${note}\n`);
}
