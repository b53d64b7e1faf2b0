/**
 * The newsroom as built (issue 17): list pages by month with category pages that work without
 * script, detail pages with NewsArticle JSON-LD as Google's article rich results ask for it,
 * corrections linked both ways, news in the feeds, on the home page and in the widget, and the
 * monthly bulletin as a page, a PDF read back with poppler, and an e-mail file. Expectations come from the content files, read
 * with the project's own reader, so a new item needs no change here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import * as cheerio from 'cheerio';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, test } from 'vitest';
import { defaultLocale, getLocale, localeCodes, type Locale } from '../../src/config/locales.ts';
import { site } from '../../src/config/site.ts';
import { readContentBytes } from '../../src/model/frontmatter.ts';
import { newsCategories } from '../../src/model/schemas/vocabularies.ts';
import { today } from '../../src/utils/festival-calendar.ts';
import { page } from '../support/dist.ts';
import { distDir } from '../support/site.ts';

const prefix = (locale: Locale) => (locale === defaultLocale ? '' : `${locale}/`);
const origin = site.url.replace(/\/$/, '');
const read = (file: string) => readFileSync(path.join(distDir, file), 'utf8');

interface NewsFile {
  slug: string;
  title: string;
  date: string;
  category: string;
  corrects?: string;
  related?: { festivals?: string[]; products?: string[]; opportunities?: string[] };
}

/** The news items written in `locale`, read from content/ as the build reads them. */
function newsIn(locale: Locale): NewsFile[] {
  const dir = path.resolve('content/news', locale);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const { data } = readContentBytes(readFileSync(path.join(dir, f)));
      const vi = readContentBytes(readFileSync(path.resolve('content/news/vi', f))).data as Record<string, unknown>;
      return { ...(vi as object), ...(data as object), slug: f.replace(/\.mdx$/, '') } as NewsFile;
    })
    .filter((item) => !(item as { draft?: boolean }).draft);
}

const viNews = newsIn('vi');

test('the demo has news in every locale, in at least three months, with a correction', () => {
  expect(viNews.length).toBeGreaterThanOrEqual(8);
  expect(new Set(viNews.map((n) => n.date.slice(0, 7))).size).toBeGreaterThanOrEqual(3);
  expect(viNews.some((n) => n.category === 'correction' && n.corrects)).toBe(true);
  for (const locale of localeCodes) expect(newsIn(locale).length, locale).toBe(viNews.length);
});

describe.each(localeCodes)('%s newsroom', (locale) => {
  const items = newsIn(locale);
  const list = page(distDir, `/${prefix(locale)}news/`);

  test('the list groups every item by month, newest month first, newest item first', () => {
    const $ = list.$;
    const months = $('section.news-month')
      .map((_, s) => $(s).find('h2').attr('id')!.replace('month-', ''))
      .get();
    const expected = [...new Set(items.map((n) => n.date.slice(0, 7)))].sort().reverse();
    expect(months).toEqual(expected);
    const titles = $('section.news-month .card__title a')
      .map((_, a) => $(a).text().trim())
      .get();
    const byDate = [...items].sort((a, b) => b.date.localeCompare(a.date) || 0);
    expect(titles.length).toBe(items.length);
    for (const month of expected) {
      const inMonth = byDate.filter((n) => n.date.startsWith(month));
      const shown = $(`#month-${month}`).closest('section').find('.card__title a');
      expect(shown.length).toBe(inMonth.length);
      // Dates never go up within a month.
      const dates = inMonth.map((n) => n.date);
      expect(dates).toEqual([...dates].sort().reverse());
    }
    // The month heading is written by Intl in the page's language.
    const heading = $(`#month-${expected[0]}`).text();
    const monthName = new Intl.DateTimeFormat(getLocale(locale).tag, { month: 'long', year: 'numeric', timeZone: site.timeZone }).format(
      new Date(`${expected[0]}-15T00:00:00Z`),
    );
    expect(heading).toBe(monthName);
  });

  test('category links are plain links to pre-built pages that list only that category', () => {
    const $ = list.$;
    const links = $('nav.category-links a');
    expect(links.first().attr('aria-current')).toBe('page');
    const used = newsCategories.filter((c) => items.some((n) => n.category === c));
    expect(links.length).toBe(used.length + 1);
    for (const category of used) {
      const href = `/${prefix(locale)}news/category/${category}/`;
      expect($(`nav.category-links a[href="${href}"]`).length, href).toBe(1);
      const categoryPage = page(distDir, href);
      const shown = categoryPage.$('section.news-month .card__title a');
      expect(shown.length).toBe(items.filter((n) => n.category === category).length);
      expect(categoryPage.$(`nav.category-links a[href="${href}"]`).attr('aria-current')).toBe('page');
      // No script is needed to filter: the page works with the category already applied.
      expect(categoryPage.$('script[src*="list-filter"]').length).toBe(0);
    }
  });

  test.each(items.map((n) => n.slug))('%s: NewsArticle JSON-LD as Google asks for it', (slug) => {
    const item = items.find((n) => n.slug === slug)!;
    const { $ } = page(distDir, `/${prefix(locale)}news/${slug}/`);
    const blocks = $('script[type="application/ld+json"]')
      .toArray()
      .map((s) => JSON.parse($(s).text()) as Record<string, unknown>);
    const article = blocks.find((b) => b['@type'] === 'NewsArticle') as Record<string, unknown> & {
      headline: string;
      image: string[];
      author: { '@type': string; name: string; url: string };
      publisher: { '@type': string; name: string; logo: { url: string } };
    };
    expect(article, 'a NewsArticle block').toBeDefined();
    expect(article['@context']).toBe('https://schema.org');
    expect(article.headline.length).toBeLessThanOrEqual(110);
    expect(article.headline.replace(/…$/, '')).toBe(item.title.slice(0, article.headline.replace(/…$/, '').length));
    expect(article.image.length).toBeGreaterThan(0);
    for (const image of article.image) expect(image).toMatch(/^https?:\/\/.+\.(jpg|jpeg|png|webp)$/);
    expect(article.datePublished).toBe(`${item.date}T08:00:00+07:00`);
    expect(Date.parse(article.dateModified as string)).toBeGreaterThanOrEqual(Date.parse(article.datePublished as string));
    expect(article.author['@type']).toBe('Organization');
    expect(article.author.url).toMatch(/^https?:\/\//);
    expect(article.publisher.logo.url).toMatch(/^https?:\/\//);
    expect(article.url).toBe(`${origin}/${prefix(locale)}news/${slug}/`);
    expect(article.inLanguage).toBe(getLocale(locale).tag);
  });

  test('a correction and the item it corrects link to each other', () => {
    for (const correction of items.filter((n) => n.corrects)) {
      const corrected = page(distDir, `/${prefix(locale)}news/${correction.corrects}/`).$;
      expect(corrected('[data-corrected-by] a').attr('href')).toBe(`/${prefix(locale)}news/${correction.slug}/`);
      const own = page(distDir, `/${prefix(locale)}news/${correction.slug}/`).$;
      expect(own('[data-corrects] a').attr('href')).toBe(`/${prefix(locale)}news/${correction.corrects}/`);
    }
  });

  test('related entries are linked, each to a page that exists', () => {
    for (const item of items) {
      const { $ } = page(distDir, `/${prefix(locale)}news/${item.slug}/`);
      const expected = (['festivals', 'products', 'opportunities'] as const).flatMap((collection) =>
        (item.related?.[collection] ?? []).map((slug) => `/${prefix(locale)}${collection === 'opportunities' ? 'invest/opportunities' : collection}/${slug}/`),
      );
      const hrefs = $('.related-list a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(hrefs).toEqual(expected);
      for (const href of hrefs) expect(existsSync(path.join(distDir, href, 'index.html')), href).toBe(true);
      expect($('#press-contact-heading').length).toBe(1);
    }
  });

  test('every item is in the feeds under its day of publication', () => {
    const rss = parseFeed(read(`${prefix(locale)}feed.xml`));
    for (const item of items) {
      const url = `${origin}/${prefix(locale)}news/${item.slug}/`;
      const found = rss.items.find((i) => i.url === url);
      expect(found, url).toBeDefined();
      expect(found!.published?.toISOString().slice(0, 10)).toBe(item.date);
    }
  });

  test('the home page shows the three newest items, and the widget lists all with their category', () => {
    const newest = [...items].sort((a, b) => b.date.localeCompare(a.date)).slice(0, 3);
    const home = page(distDir, `/${prefix(locale)}`).$;
    const shown = home('#home-news')
      .closest('section')
      .find('.card__title a')
      .map((_, a) => home(a).attr('href'))
      .get();
    expect(shown).toEqual(newest.map((n) => `/${prefix(locale)}news/${n.slug}/`));
    const widget = cheerio.load(read(`${prefix(locale)}embed/news/index.html`));
    const rows = widget('[data-widget-item]');
    expect(rows.length).toBe(items.length);
    expect(
      rows
        .map((_, r) => widget(r).attr('data-category'))
        .get()
        .every((c) => (newsCategories as readonly string[]).includes(c)),
    ).toBe(true);
  });
});

type Element = DefaultTreeAdapterMap['element'];
function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const walk = (n: DefaultTreeAdapterMap['node']) => {
    if ('tagName' in n) found.push(n);
    for (const child of 'childNodes' in n ? n.childNodes : []) walk(child);
  };
  walk(parse(html));
  return found;
}

describe.each(localeCodes)('%s monthly bulletin', (locale) => {
  const months = [...new Set([...viNews.map((n) => n.date.slice(0, 7)), today.slice(0, 7)])].filter((m) => m <= today.slice(0, 7));

  test('one page and one e-mail file per month, listed in the archive', () => {
    const archive = page(distDir, `/${prefix(locale)}bulletin/`).$;
    for (const month of months) {
      expect(archive(`a[href="/${prefix(locale)}bulletin/${month}/"]`).length, month).toBe(1);
      expect(existsSync(path.join(distDir, `${prefix(locale)}bulletin/${month}.email.html`)), month).toBe(true);
    }
  });

  test.each(months)('%s: the page and the e-mail carry that month’s news in this language, and the e-mail loads nothing', (month) => {
    const written = newsIn(locale).filter((n) => n.date.startsWith(month));
    const { $ } = page(distDir, `/${prefix(locale)}bulletin/${month}/`);
    const pageLinks = $('#bulletin-news')
      .closest('section')
      .find('h3 a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(pageLinks.sort()).toEqual(written.map((n) => `/${prefix(locale)}news/${n.slug}/`).sort());

    const html = read(`${prefix(locale)}bulletin/${month}.email.html`);
    const elements = elementsOf(html);
    expect(elements.find((e) => e.tagName === 'html')?.attrs.find((a) => a.name === 'lang')?.value).toBe(getLocale(locale).tag);
    expect(elements.filter((e) => ['script', 'link', 'img', 'style', 'iframe', 'meta'].includes(e.tagName) && e.tagName !== 'meta').length).toBe(0);
    // The build's policy <meta> is for pages; a pasted e-mail must not carry one.
    expect(html).not.toMatch(/Content-Security-Policy/i);
    const hrefs = elements.filter((e) => e.tagName === 'a').map((e) => e.attrs.find((a) => a.name === 'href')!.value);
    for (const title of written.map((n) => n.title)) expect(html).toContain(title.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;'));
    for (const href of hrefs.filter((h) => h.startsWith(origin))) {
      expect(existsSync(path.join(distDir, new URL(href).pathname, 'index.html')), href).toBe(true);
    }
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
  });
});

describe.each(localeCodes)('%s bulletin PDF', (locale) => {
  const month =
    today.slice(0, 7) >
    (viNews
      .map((n) => n.date.slice(0, 7))
      .sort()
      .at(-1) ?? '')
      ? today.slice(0, 7)
      : viNews
          .map((n) => n.date.slice(0, 7))
          .sort()
          .at(-1)!;
  const months = [...new Set(viNews.map((n) => n.date.slice(0, 7)))].sort();

  test('every month is printed to A4 by Chromium, and the page links the PDF with its size', () => {
    for (const m of months) {
      const pdf = path.join(distDir, `${prefix(locale)}bulletin/${m}.pdf`);
      expect(existsSync(pdf), pdf).toBe(true);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    }
    const { $ } = page(distDir, `/${prefix(locale)}bulletin/${month}/`);
    const link = $(`[data-bulletin-${month}-pdf="${locale}"]`);
    expect(link.attr('hidden')).toBeUndefined();
    expect(link.find('a').attr('href')).toBe(`/${prefix(locale)}bulletin/${month}.pdf`);
    expect(link.find('[data-pdf-size]').text()).toMatch(/\d/);
  });

  // `-raw` keeps the text in the order it was written; poppler's layout order moves a Latin number
  // at the start of a CJK line elsewhere.
  test('pdftotext reads back the month’s news titles in the locale’s own script', () => {
    const written = newsIn(locale).filter((n) => n.date.startsWith(month));
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path.join(distDir, `${prefix(locale)}bulletin/${month}.pdf`), '-'], { encoding: 'utf8' });
    const squeeze = (value: string) => value.normalize('NFC').replace(/\s+/g, '');
    expect(text).not.toContain('\uFFFD');
    for (const item of written) expect(squeeze(text), item.title).toContain(squeeze(item.title));
    expect(squeeze(text)).toContain(squeeze(site.provinceName[locale] ?? site.provinceName.en));
  });
});
