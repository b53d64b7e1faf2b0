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
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { htmlFiles, urlPathOf } from './built-html.ts';
import sharp, { type OutputInfo, type OverlayOptions, type Sharp } from 'sharp';
import { site } from '../../src/config/site.ts';
import { maxImagePixels } from '../../src/model/media-files.ts';
import { splitLocale, stripBase } from '../../src/utils/urls.ts';
import { entryPath, fileDigest, fontsFingerprint, pruneCache, resolveCacheDir, restoreFromCache, sha256, sourceDigest, writeAtomic } from './build-cache.ts';

export const cardSize = { width: 1200, height: 630 } as const;
const margin = 80;
/**
 * The longest title a card shows, in user-perceived characters. At the smallest size (40 px)
 * about 130 Latin or CJK characters fill the title area; longer titles end in an ellipsis.
 */
export const maxTitleGraphemes = 120;
/** Cards drawn at the same time: sharp works on its own threads, and Pango's font lookups are cached. */
const concurrency = 4;

/** Text for Pango markup: the five XML specials, so `<`, `&` and quotes stay text, also inside attributes. */
export const markup = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * A title as a card shows it: control characters and runs of white space become one space, and
 * a title longer than `max` graphemes is cut to `max - 1` and ends in "…". Cutting by grapheme
 * keeps emoji, combining marks and Hangul syllables whole.
 */
export function cardTitle(title: string, max = maxTitleGraphemes): string {
  const text = title.replace(/[\p{Cc}\s]+/gu, ' ').trim();
  const parts = [...graphemes.segment(text)].map((g) => g.segment);
  if (parts.length <= max) return text;
  return `${parts
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}

export interface CardSpec {
  title: string;
  siteName: string;
  /** BCP 47 tag of the title's language. */
  lang: string;
  /** Hero picture file, if the page has one. */
  background?: string | undefined;
}

/** A hero picture sharp cannot read; the build names it as the page refers to it. */
export class BackgroundError extends Error {
  readonly file: string;
  constructor(file: string, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.file = file;
  }
}

/** Renders text with Pango, wrapped to `width`; smaller sizes are tried until it fits `maxHeight`. */
export async function textImage(text: string, lang: string, sizes: readonly number[], width: number, maxHeight: number, bold = true) {
  let last: { data: Buffer; info: OutputInfo } | undefined;
  for (const size of sizes) {
    last = await sharp({
      text: {
        text: `<span foreground="#ffffff" lang="${markup(lang)}"${bold ? ' font_weight="bold"' : ''}>${markup(text)}</span>`,
        font: `sans-serif ${size}`,
        width,
        rgba: true,
        // A word wider than the card (a long URL, 10,000 letters) is broken between characters
        // instead of making a line wider than the card.
        wrap: 'word-char',
        dpi: 72,
      },
    })
      .png()
      .toBuffer({ resolveWithObject: true });
    if (last.info.height <= maxHeight) break;
  }
  return last!;
}

/**
 * `text` drawn to fit `width` × `maxHeight`: the sizes are tried from the largest; when even the
 * smallest is too tall the text is shortened by a quarter and tried again. Undefined for no text.
 */
export async function fittedText(text: string, lang: string, sizes: readonly number[], width: number, maxHeight: number) {
  for (let max = maxTitleGraphemes; max >= 1; max = Math.floor(max * 0.75)) {
    const shown = cardTitle(text, max);
    if (!shown) return undefined;
    const image = await textImage(shown, lang, sizes, width, maxHeight);
    if (image.info.height <= maxHeight) return image;
  }
  throw new Error(`text does not fit ${width}×${maxHeight} even cut to one character`);
}

/**
 * The card's backdrop: the hero picture cropped to the card, or the brand colour. The picture is
 * decoded here, on its own, so that a picture sharp cannot read is named as the cause.
 */
async function backdrop(background: string | undefined): Promise<Sharp> {
  const { width, height } = cardSize;
  if (!background) return sharp({ create: { width, height, channels: 3, background: site.colors.primaryDark } });
  try {
    // The same pixel limit as pictures in content: a bigger one would take gigabytes to decode.
    const { data, info } = await sharp(background, { limitInputPixels: maxImagePixels })
      .resize(width, height, { fit: 'cover' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  } catch (error) {
    throw new BackgroundError(background, error);
  }
}

export async function renderCard(spec: CardSpec): Promise<Buffer> {
  const { width, height } = cardSize;
  const base = await backdrop(spec.background);
  // A dark wash keeps white text readable on any picture (contrast well above 4.5:1).
  const wash = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000" stop-opacity="0.35"/><stop offset="0.55" stop-color="#000" stop-opacity="0.7"/><stop offset="1" stop-color="#000" stop-opacity="0.85"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><rect width="100%" height="14" fill="${site.colors.accent}"/></svg>`,
  );
  const title = await fittedText(spec.title, spec.lang, [64, 56, 48, 40], width - 2 * margin, 330);
  const name = await fittedText(spec.siteName, spec.lang, [36, 30], width - 2 * margin, 60);
  const layers: OverlayOptions[] = [{ input: wash, top: 0, left: 0 }];
  if (title) layers.push({ input: title.data, top: Math.max(60, height - 130 - title.info.height), left: margin });
  if (name) layers.push({ input: name.data, top: height - 90, left: margin });
  return base.composite(layers).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}

/** What a built page says about its share card, read from its `<head>`; attribute values decoded. */
export interface CardTags {
  /** Absolute URL of the card (`og:image`). */
  card: string;
  title: string;
  siteName: string;
  lang: string | undefined;
  /** Absolute URL of the hero picture (`data-og-background`). */
  background: string | undefined;
}

/** The `<meta>` elements of the document's `<head>`, in order. */
function headMetas(tree: Root): Element[] {
  const html = tree.children.find((n): n is Element => n.type === 'element' && n.tagName === 'html');
  const head = html?.children.find((n): n is Element => n.type === 'element' && n.tagName === 'head');
  return (head?.children ?? []).filter((n): n is Element => n.type === 'element' && n.tagName === 'meta');
}

const stringValue = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The card tags of a page, parsed by an HTML parser (parse5, through hast): a `>` or an entity
 * in a title is text, not the end of a tag. Undefined when the page has no `og:image`.
 */
export function readCardTags(html: string): CardTags | undefined {
  const metas = headMetas(fromHtml(html));
  const property = (name: string) => metas.find((m) => m.properties.property === name);
  const image = property('og:image');
  const card = stringValue(image?.properties.content);
  if (!image || !card) return undefined;
  return {
    card,
    title: stringValue(property('og:title')?.properties.content) ?? '',
    siteName: stringValue(property('og:site_name')?.properties.content) ?? '',
    lang: stringValue(image.properties.dataOgLang),
    background: stringValue(image.properties.dataOgBackground),
  };
}

/** One card to draw: where it goes, what it shows and the page that asks for it (for messages). */
export interface CardJob {
  output: string;
  spec: CardSpec;
  /** The page's URL path relative to the site root, `/ja/festivals/x/`. */
  urlPath: string;
  locale: string;
  /** The hero picture's URL path as the page refers to it. */
  backgroundPath?: string | undefined;
}

/** The card each page asks for, read from its `og:image` tag; pages whose image is not a card are skipped. */
export async function cardJobs(dir: string, basePath: string): Promise<CardJob[]> {
  const jobs: CardJob[] = [];
  for (const file of htmlFiles(dir)) {
    const tags = readCardTags(await readFile(file, 'utf8'));
    if (!tags) continue;
    const card = new URL(tags.card).pathname;
    if (!card.includes('/og/')) continue;
    const urlPath = urlPathOf(dir, file);
    const backgroundPath = tags.background ? new URL(tags.background).pathname : undefined;
    jobs.push({
      output: path.join(dir, stripBase(card, basePath)),
      spec: {
        title: tags.title,
        siteName: tags.siteName,
        lang: tags.lang ?? 'vi',
        background: backgroundPath ? path.join(dir, stripBase(backgroundPath, basePath)) : undefined,
      },
      urlPath,
      locale: splitLocale(urlPath).locale,
      backgroundPath,
    });
  }
  return jobs;
}

/**
 * Runs `job` on every item, `limit` at a time. After a failure no new job starts, and the first
 * error is thrown only when every job already started has settled: the build removes its
 * temporary folder right after, and a card still being written into it would make that removal
 * fail (ENOTEMPTY) or leave the folder behind.
 */
export async function runSettled<T>(items: readonly T[], limit: number, job: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (!failure && next < items.length) {
      const item = items[next++]!;
      try {
        await job(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  // The lanes never reject, so this waits for every started job.
  await Promise.all(Array.from({ length: Math.max(1, limit) }, lane));
  if (failure) throw failure.error;
}

/** A card failure as one line that names the page, its locale and the cause. */
function cardFailure(job: CardJob, error: unknown): Error {
  const cause = error instanceof Error ? error.message : String(error);
  const what = error instanceof BackgroundError ? `hero picture ${job.backgroundPath ?? error.file}: ` : '';
  return new Error(`share card for ${job.urlPath} [locale: ${job.locale}]: ${what}${cause}`, { cause: error });
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
  renderer ??= sha256(
    'og-card/1',
    sourceDigest(import.meta.url),
    JSON.stringify(sharp.versions),
    JSON.stringify(site.colors),
    JSON.stringify(cardSize),
    fontsFingerprint(),
  );
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
  const jobs = await cardJobs(dir, basePath);
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
  const draw = async ({ output, spec }: CardJob) => {
    await mkdir(path.dirname(output), { recursive: true });
    const cached = cacheDir && entryPath(cacheDir, cardKey(spec, spec.background ? await digestOf(spec.background) : undefined), '.jpg');
    if (cached && (await restoreFromCache(cached, output))) {
      reused++;
      return;
    }
    const card = await render(spec);
    await writeFile(output, card);
    rendered++;
    if (cached && !cacheBroken) {
      // A cache that cannot be written (read-only disk, full disk) only costs speed.
      await writeAtomic(cached, card).catch(() => (cacheBroken = true));
    }
  };
  await runSettled(jobs, concurrency, async (job) => {
    try {
      await draw(job);
    } catch (error) {
      throw cardFailure(job, error);
    }
  });
  if (cacheDir) await pruneCache(cacheDir);
  return { count: jobs.length, seconds: (performance.now() - started) / 1000, rendered, reused };
}
