/**
 * Build step: the Open Graph card of every page, 1200×630, with the page's title in its own
 * script over its hero picture (or the brand colour) and the province's name. Text is set by
 * Pango through sharp, which picks a font per script from the system (Noto CJK for Chinese,
 * Japanese and Korean, with `lang` choosing the right Han forms), so no webfont is shipped.
 * The pages already point at `/og/<locale>/<path>.jpg` (SeoHead); this step draws those files.
 *
 * Cards are cached by content (`build-cache.ts`): the key is the hash of the card's title, site
 * name, language, the bytes of its background picture, the site colours, this module's source,
 * sharp's version and the system fonts. A rebuild redraws only the cards whose inputs changed.
 * The cache is `node_modules/.cache/og-cards`; `OG_CARDS_CACHE_DIR` moves it, `off` disables it.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { htmlFiles } from './built-html.ts';
import sharp, { type OutputInfo } from 'sharp';
import { site } from '../../src/config/site.ts';
import { stripBase } from '../../src/utils/urls.ts';
import { entryPath, fileDigest, fontsFingerprint, pruneCache, resolveCacheDir, restoreFromCache, sha256, sourceDigest, writeAtomic } from './build-cache.ts';

export const cardSize = { width: 1200, height: 630 } as const;
const margin = 80;

const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, '&');
const markup = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface CardSpec {
  title: string;
  siteName: string;
  /** BCP 47 tag of the title's language. */
  lang: string;
  /** Hero picture file, if the page has one. */
  background?: string | undefined;
}

/** Renders text with Pango, wrapped to `width`; smaller sizes are tried until it fits `maxHeight`. */
export async function textImage(text: string, lang: string, sizes: readonly number[], width: number, maxHeight: number, bold = true) {
  let last: { data: Buffer; info: OutputInfo } | undefined;
  for (const size of sizes) {
    last = await sharp({
      text: {
        text: `<span foreground="#ffffff" lang="${lang}"${bold ? ' font_weight="bold"' : ''}>${markup(text)}</span>`,
        font: `sans-serif ${size}`,
        width,
        rgba: true,
        wrap: 'word',
        dpi: 72,
      },
    })
      .png()
      .toBuffer({ resolveWithObject: true });
    if (last.info.height <= maxHeight) break;
  }
  return last!;
}

export async function renderCard(spec: CardSpec): Promise<Buffer> {
  const { width, height } = cardSize;
  const base = spec.background
    ? sharp(spec.background).resize(width, height, { fit: 'cover' })
    : sharp({ create: { width, height, channels: 3, background: site.colors.primaryDark } });
  // A dark wash keeps white text readable on any picture (contrast well above 4.5:1).
  const wash = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000" stop-opacity="0.35"/><stop offset="0.55" stop-color="#000" stop-opacity="0.7"/><stop offset="1" stop-color="#000" stop-opacity="0.85"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><rect width="100%" height="14" fill="${site.colors.accent}"/></svg>`,
  );
  const title = await textImage(spec.title, spec.lang, [64, 56, 48, 40], width - 2 * margin, 330);
  const name = await textImage(spec.siteName, spec.lang, [36], width - 2 * margin, 60);
  return base
    .composite([
      { input: wash, top: 0, left: 0 },
      { input: title.data, top: Math.max(60, height - 130 - title.info.height), left: margin },
      { input: name.data, top: height - 90, left: margin },
    ])
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}

const attr = (tag: string, name: string) => {
  const m = new RegExp(`${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]!) : undefined;
};

/** The card each page asks for, read from its `og:image` tag. */
export async function cardSpecs(dir: string, basePath: string): Promise<Map<string, CardSpec>> {
  const specs = new Map<string, CardSpec>();
  for (const file of htmlFiles(dir)) {
    const html = await readFile(file, 'utf8');
    const tag = /<meta property="og:image"[^>]*>/.exec(html)?.[0];
    const card = tag && attr(tag, 'content');
    if (!tag || !card || !new URL(card).pathname.includes('/og/')) continue;
    const title = attr(/<meta property="og:title"[^>]*>/.exec(html)?.[0] ?? '', 'content') ?? '';
    const siteName = attr(/<meta property="og:site_name"[^>]*>/.exec(html)?.[0] ?? '', 'content') ?? '';
    const background = attr(tag, 'data-og-background');
    const output = path.join(dir, stripBase(new URL(card).pathname, basePath));
    specs.set(output, {
      title,
      siteName,
      lang: attr(tag, 'data-og-lang') ?? 'vi',
      background: background ? path.join(dir, stripBase(new URL(background).pathname, basePath)) : undefined,
    });
  }
  return specs;
}

export interface OgCardOptions {
  /** Cache folder; `false` turns the cache off. Default: `OG_CARDS_CACHE_DIR`, else node_modules/.cache/og-cards. */
  cacheDir?: string | false;
  /** Draws one card (default `renderCard`); the tests count calls with a stand-in. */
  render?: (spec: CardSpec) => Promise<Buffer>;
}

export interface OgCardResult {
  count: number;
  seconds: number;
  /** Cards drawn in this run. */
  rendered: number;
  /** Cards copied from the cache. */
  reused: number;
}

let renderer: string | undefined;
/** Everything besides the spec that decides a card's bytes. */
function rendererFingerprint(): string {
  renderer ??= sha256('og-card/1', sourceDigest(import.meta.url), JSON.stringify(sharp.versions), JSON.stringify(site.colors), JSON.stringify(cardSize), fontsFingerprint());
  return renderer;
}

/** The cache key of a card: its spec, with the background picture by its bytes rather than its path. */
export function cardKey(spec: CardSpec, backgroundDigest: string | undefined): string {
  return sha256(rendererFingerprint(), JSON.stringify({ title: spec.title, siteName: spec.siteName, lang: spec.lang, background: backgroundDigest ?? null }));
}

export async function buildOgCards(dir: string, basePath: string, options: OgCardOptions = {}): Promise<OgCardResult> {
  const started = performance.now();
  const render = options.render ?? renderCard;
  const cacheDir = resolveCacheDir('og-cards', 'OG_CARDS_CACHE_DIR', options.cacheDir);
  const specs = [...(await cardSpecs(dir, basePath))];
  // Many cards share a background: hash each picture once.
  const digests = new Map<string, Promise<string>>();
  const digestOf = (file: string) => {
    let digest = digests.get(file);
    if (!digest) digests.set(file, (digest = fileDigest(file)));
    return digest;
  };
  let rendered = 0;
  let reused = 0;
  let cacheBroken = false;
  // A few at a time: sharp works on its own threads, and Pango's font lookups are cached.
  const worker = async () => {
    for (let next = specs.shift(); next; next = specs.shift()) {
      const [output, spec] = next;
      await mkdir(path.dirname(output), { recursive: true });
      const cached = cacheDir && entryPath(cacheDir, cardKey(spec, spec.background ? await digestOf(spec.background) : undefined), '.jpg');
      if (cached && (await restoreFromCache(cached, output))) {
        reused++;
        continue;
      }
      const card = await render(spec);
      await writeFile(output, card);
      rendered++;
      if (cached && !cacheBroken) {
        // A cache that cannot be written (read-only disk, full disk) only costs speed.
        await writeAtomic(cached, card).catch(() => (cacheBroken = true));
      }
    }
  };
  const count = specs.length;
  await Promise.all(Array.from({ length: 4 }, worker));
  if (cacheDir) await pruneCache(cacheDir);
  return { count, seconds: (performance.now() - started) / 1000, rendered, reused };
}
