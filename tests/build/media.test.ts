/**
 * The press room (`/<locale>/media/`) and the infographic pages as built, checked against the
 * content files and the configuration rather than against the code that made them: every picture
 * a published entry uses is offered once, with its credit and licence, and its download is the very
 * file in content/_media; the slogans and the investment message are there in every language with
 * the right `lang`; the press contact and the official accounts are on the page and in every
 * footer; each infographic page lists all its figures and offers its original.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { defaultLocale, fallbackChain, getLocale, inLocale, localeCodes, locales, type Locale } from '../../src/config/locales.ts';
import { site } from '../../src/config/site.ts';
import { useTranslations } from '../../src/i18n/createTranslator.ts';
import { collections, type CollectionName } from '../../src/model/collections.ts';
import { licences, type Licence } from '../../src/model/schemas/vocabularies.ts';
import { loadPages, page } from '../support/dist.ts';
import { distDir, root } from '../support/site.ts';

const prefix = (locale: Locale) => (locale === defaultLocale ? '/' : `/${locale}/`);
const contentDir = path.join(root, 'content');
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** The built file a link of the site points at (the test site is served at the root). */
const builtFile = (href: string) => path.join(distDir, decodeURIComponent(href.split(/[?#]/)[0]!));
const text = (value: string) => value.replace(/\s+/g, ' ').trim();

interface Picture {
  src: string;
  alt: string;
  credit?: string;
  licence?: Licence;
}
interface Frontmatter {
  title: string;
  draft?: boolean;
  images?: Picture[];
  figures?: Array<{ label: string; value: string; note?: string }>;
  source?: string;
}

function frontmatter(file: string): Frontmatter {
  return yaml.load(readFileSync(file, 'utf8').split('---')[1]!) as Frontmatter;
}

const collectionDirs = readdirSync(contentDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
  .map((d) => d.name);

/** The file of an entry in a locale, if that locale has one. */
function entryFile(collection: string, locale: Locale, slug: string): string | undefined {
  for (const ext of ['.mdx', '.md']) {
    const file = path.join(contentDir, collection, locale, `${slug}${ext}`);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** The published entries: every Vietnamese original not marked as a draft (translations share its pictures). */
const published = collectionDirs.flatMap((collection) =>
  existsSync(path.join(contentDir, collection, 'vi'))
    ? readdirSync(path.join(contentDir, collection, 'vi'))
        .filter((f) => /\.mdx?$/.test(f))
        .map((f) => ({ collection, slug: f.replace(/\.mdx?$/, ''), file: path.join(contentDir, collection, 'vi', f) }))
        .filter(({ file }) => !frontmatter(file).draft)
    : [],
);

/** The text an entry shows in `locale`: its own file, or the first of its fallbacks that has one. */
function shownIn(collection: string, slug: string, locale: Locale): Frontmatter {
  for (const code of fallbackChain(locale)) {
    const file = entryFile(collection, code, slug);
    if (file) return frontmatter(file);
  }
  throw new Error(`${collection}/${slug} has no file for ${locale}`);
}

/** Every picture file published entries use, by the SHA-256 of its bytes, with the entries using it and their terms. */
const pictures = new Map<string, { file: string; uses: Array<{ collection: string; slug: string; index: number }>; licence: Licence }>();
for (const entry of published) {
  (frontmatter(entry.file).images ?? []).forEach((image, index) => {
    const file = path.resolve(path.dirname(entry.file), image.src);
    const hash = sha(readFileSync(file));
    const known = pictures.get(hash);
    if (known) known.uses.push({ ...entry, index });
    else pictures.set(hash, { file, uses: [{ ...entry, index }], licence: image.licence ?? site.press.defaultLicence });
  });
}

const infographicSlugs = published.filter((e) => e.collection === 'infographics').map((e) => e.slug);
const digits = (value: string) => Number(value.replace(/\D/g, ''));

test('the demo content has pictures to offer, and at least one infographic', () => {
  expect(pictures.size).toBeGreaterThan(10);
  expect(infographicSlugs.length).toBeGreaterThan(0);
});

describe.each(localeCodes)('the press room in %s', (locale) => {
  const t = useTranslations(locale);
  const readerTag = getLocale(locale).tag;

  test('every picture of a published entry, once, with its alt text, credit, licence, entries and original', async () => {
    const { $ } = page(distDir, `${prefix(locale)}media/`);
    const items = $('[data-media-picture]').toArray();
    const seen = new Set<string>();
    for (const item of items) {
      const download = $(item).find('a[data-download]');
      const href = download.attr('href')!;
      expect(download.attr('download'), href).toBeDefined();
      const bytes = readFileSync(builtFile(href));
      const hash = sha(bytes);
      const picture = pictures.get(hash);
      expect(picture, `${href} is the original of a picture some published entry uses`).toBeDefined();
      expect(seen.has(hash), `${href} is offered once`).toBe(false);
      seen.add(hash);
      // Its bytes are the file in content/_media, not a re-encoded copy.
      expect(bytes.equals(readFileSync(picture!.file))).toBe(true);

      // The alt text of an entry that uses it, as that entry is shown in this locale.
      const alts = picture!.uses.map(
        (use) => shownIn(use.collection, use.slug, locale).images?.[use.index]?.alt ?? shownIn(use.collection, use.slug, 'vi').images![use.index]!.alt,
      );
      expect(alts).toContain(text($(item).find('[data-alt]').text()));

      // Credit and licence: its own, or the site's defaults.
      const credit = text($(item).find('[data-credit]').text());
      expect(credit.length, href).toBeGreaterThan(0);
      const licence = $(item).find('[data-licence-of-picture] a');
      expect(licences).toContain(licence.attr('data-licence'));
      expect(licence.attr('data-licence')).toBe(picture!.licence);
      expect(text(licence.text())).toBe(t(`licence.${picture!.licence}`));
      if (picture!.licence.startsWith('cc')) {
        expect(licence.attr('href')).toMatch(/^https:\/\/creativecommons\.org\/(licenses|publicdomain)\/[a-z-]+\/\d\.\d\/deed\.[a-z-]+$/);
        expect(licence.attr('rel')).toContain('license');
      }

      // The entries it appears in, linked in this locale.
      const usedIn = $(item)
        .find('[data-used-in] a')
        .toArray()
        .map((a) => $(a).attr('href'));
      for (const use of picture!.uses) {
        const section = collections[use.collection as CollectionName].section;
        expect(usedIn).toContain(`${prefix(locale)}${section ? `${section}/` : ''}${use.slug}/`);
      }
      expect(usedIn.length).toBe(new Set(picture!.uses.map((u) => `${u.collection}/${u.slug}`)).size);

      // Its format, pixel size and file size, as the file has them.
      const details = text($(item).find('.media-item__details').text());
      const meta = await sharp(bytes).metadata();
      const size = details.match(/([\d.,\s\u00a0\u202f]+)×([\d.,\s\u00a0\u202f]+)/);
      expect(size, details).not.toBeNull();
      expect([digits(size![1]!), digits(size![2]!)], details).toEqual([meta.width, meta.height]);
      expect(details.toUpperCase()).toContain(meta.format === 'jpeg' ? 'JPEG' : meta.format!.toUpperCase());
      // The thumbnail keeps its width and height, so nothing moves while it loads.
      const img = $(item).find('img');
      expect(Number(img.attr('width'))).toBeGreaterThan(0);
      expect(Number(img.attr('height'))).toBeGreaterThan(0);
    }
    expect(seen.size).toBe(pictures.size);
  });

  test('the slogan and the investment message in all six languages, each with its lang, named in the reader’s language', () => {
    const { $ } = page(distDir, `${prefix(locale)}media/`);
    const names = new Intl.DisplayNames([readerTag], { type: 'language' });
    for (const { code, tag } of locales) {
      const item = $(`[data-message-locale="${code}"]`);
      expect(item.length, code).toBe(1);
      const slogan = item.find('[data-slogan]');
      const message = item.find('[data-investment-message]');
      expect(text(slogan.text())).toBe(inLocale(site.slogan, code));
      expect(text(message.text())).toBe(inLocale(site.investmentMessage, code));
      expect(slogan.attr('lang')).toBe(tag);
      expect(message.attr('lang')).toBe(tag);
      const parsed = new Intl.Locale(tag);
      expect(text(item.find('h3').text())).toBe(names.of(parsed.script ? `${parsed.language}-${parsed.script}` : parsed.language));
    }
  });

  test('the press contact and the four official accounts, with the sample-data note', () => {
    const { $ } = page(distDir, `${prefix(locale)}media/`);
    const contact = $('[data-press-contact]');
    expect(text(contact.text())).toContain(inLocale(site.press.name, locale));
    expect(contact.find('[data-press-phone]').attr('href')).toBe(`tel:${site.press.phone.replace(/[^+0-9]/g, '')}`);
    expect(contact.find('[data-press-email]').attr('href')).toBe(`mailto:${site.press.email}`);
    if (site.press.sample) expect(text(contact.text())).toContain(t('footer.sampleContact'));
    for (const network of ['facebook', 'zalo', 'tiktok', 'youtube'] as const) {
      const link = contact.find(`a[data-account="${network}"]`);
      expect(link.attr('href')).toBe(site.officialAccounts[network]);
      expect(link.attr('rel')!.split(' ')).toEqual(expect.arrayContaining(['me', 'noopener']));
      expect(text(link.text())).toBe(t(`social.${network}`));
    }
  });

  test('the logo as the SVG of public/ and as a PNG drawn from it', async () => {
    const { $ } = page(distDir, `${prefix(locale)}media/`);
    const svg = $('a[data-logo="svg"]');
    expect(readFileSync(builtFile(svg.attr('href')!)).equals(readFileSync(path.join(root, 'public', site.logo)))).toBe(true);
    const png = $('a[data-logo="png"]');
    expect(png.attr('download')).toBeDefined();
    const meta = await sharp(readFileSync(builtFile(png.attr('href')!))).metadata();
    expect(meta.format).toBe('png');
    expect(meta.width).toBeGreaterThanOrEqual(1000);
    const pixels = new Intl.NumberFormat(readerTag);
    expect(text(png.text())).toContain(text(`${pixels.format(meta.width!)} × ${pixels.format(meta.height!)}`));
  });

  test('the latest news and the infographics are on the page', () => {
    const { $ } = page(distDir, `${prefix(locale)}media/`);
    const infographicLinks = $('#infographics .cards a')
      .toArray()
      .map((a) => $(a).attr('href'));
    for (const slug of infographicSlugs.slice(0, 3)) expect(infographicLinks).toContain(`${prefix(locale)}media/infographics/${slug}/`);
    const news = published.filter((e) => e.collection === 'news');
    expect($('#news .cards > li').length).toBe(Math.min(4, news.length));
  });

  test('every page’s footer links the official accounts and the press room', () => {
    const pages = loadPages(distDir).filter((p) => p.locale === locale && !p.urlPath.includes('/admin/'));
    expect(pages.length).toBeGreaterThan(20);
    for (const { urlPath, $ } of pages) {
      const footer = $('footer.site-footer');
      if (footer.length === 0) continue; // pages without the site's chrome (print views)
      for (const network of ['facebook', 'zalo', 'tiktok', 'youtube'] as const) {
        const link = footer.find(`a[data-account="${network}"]`);
        expect(link.attr('href'), `${urlPath} ${network}`).toBe(site.officialAccounts[network]);
        expect(link.attr('rel'), urlPath).toMatch(/\bme\b/);
      }
      expect(footer.find('a[data-press-link]').attr('href'), urlPath).toBe(`${prefix(locale)}media/`);
    }
  });
});

describe.each(localeCodes)('infographic pages in %s', (locale) => {
  test.each(infographicSlugs)('%s: every figure as text, the source, the original and ImageObject JSON-LD', (slug) => {
    const { $ } = page(distDir, `${prefix(locale)}media/infographics/${slug}/`);
    const shown = shownIn('infographics', slug, locale);
    const vi = shownIn('infographics', slug, 'vi');

    const items = $('[data-figures] [data-figure]').toArray();
    expect(items.length).toBe(shown.figures!.length);
    shown.figures!.forEach((figure, i) => {
      const item = $(items[i]!);
      expect(text(item.find('dt').text())).toBe(figure.label);
      expect(text(item.find('.figure-list__value').text())).toBe(figure.value);
      if (figure.note) expect(text(item.find('.figure-list__note').text())).toBe(figure.note);
    });
    expect(text($('[data-source]').text())).toContain(shown.source!);

    // The picture is described by the figures.
    const img = $('.infographic img');
    expect(img.attr('alt')).toBe(shown.images?.[0]?.alt ?? vi.images![0]!.alt);
    expect($(`#${img.attr('aria-describedby')}`).is('[data-figures]')).toBe(true);

    // The original, as uploaded.
    const original = readFileSync(path.resolve(contentDir, 'infographics', 'vi', vi.images![0]!.src));
    const download = $('a[data-download]');
    expect(download.attr('download')).toBeDefined();
    expect(readFileSync(builtFile(download.attr('href')!)).equals(original)).toBe(true);

    const licence = vi.images![0]!.licence ?? site.press.defaultLicence;
    const ld = $('script[type="application/ld+json"]')
      .toArray()
      .map((el) => JSON.parse($(el).text()) as Record<string, unknown>)
      .find((d) => d['@type'] === 'ImageObject')!;
    expect(ld, 'ImageObject JSON-LD').toBeDefined();
    expect(new URL(ld.contentUrl as string).pathname).toBe(download.attr('href'));
    expect(ld.url).toBe(`${site.url}${prefix(locale)}media/infographics/${slug}/`);
    expect((ld.creator as { name: string }).name.length).toBeGreaterThan(0);
    expect(ld.creditText).toBe((ld.creator as { name: string }).name);
    expect(typeof ld.copyrightNotice).toBe('string');
    expect((ld.copyrightNotice as string).length).toBeGreaterThan(0);
    expect(ld.acquireLicensePage).toMatch(new RegExp(`^${site.url}${prefix(locale)}media/`));
    if (licence.startsWith('cc')) expect(ld.license).toMatch(/^https:\/\/creativecommons\.org\/(licenses|publicdomain)\/[a-z-]+\/\d\.\d\/$/);
    else expect(ld.license).toBeUndefined();
    expect((ld.width as { value: number }).value).toBeGreaterThan(0);
  });
});
