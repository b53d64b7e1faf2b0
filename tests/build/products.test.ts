import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { defaultLocale, localeCodes } from '../../src/config/locales.ts';
import { useTranslations, uiStrings } from '../../src/i18n/createTranslator.ts';
import { page } from '../support/dist.ts';
import { distDir } from '../support/site.ts';

const prefix = (locale: string) => (locale === defaultLocale ? '/' : `/${locale}/`);
const slugs = readdirSync(path.resolve('content/products/vi')).map((f) => f.replace(/\.mdx?$/, ''));
const frontmatter = (slug: string) =>
  yaml.load(readFileSync(path.resolve(`content/products/vi/${slug}.mdx`), 'utf8').split('---')[1]!) as {
    category: string;
    stars: number;
    producer: { phone: string; email?: string; zalo?: string };
  };

test('demo catalogue: at least 12 products over 4 categories and all three star levels', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(12);
  expect(new Set(slugs.map((s) => frontmatter(s).category)).size).toBeGreaterThanOrEqual(4);
  expect(new Set(slugs.map((s) => frontmatter(s).stars))).toEqual(new Set([3, 4, 5]));
});

describe('catalogue page', () => {
  test.each(localeCodes)('%s lists every product with filter data, accessible stars and a localized count', (locale) => {
    const { $ } = page(distDir, `${prefix(locale)}products/`);
    const cards = $('.cards > .card');
    expect(cards.length).toBe(slugs.length);
    cards.each((_, card) => {
      const slug = $(card).find('h2 a').attr('href')!.split('/').filter(Boolean).pop()!;
      const fm = frontmatter(slug);
      expect(card.attribs['data-category']).toBe(fm.category);
      expect(card.attribs['data-stars']).toBe(String(fm.stars));
      expect(card.attribs['data-search']).toMatch(/^[^\u0300-\u036fđ]+$/);
      // The summary line says the rating in words, not only with glyphs.
      expect($(card).find('.card__meta').first().text()).toContain(useTranslations(locale)('product.stars', { count: fm.stars }));
    });
    expect($('#list-count').text()).toBe(useTranslations(locale)('products.count', { count: slugs.length }));
    expect($('#catalogue-filter select[name="category"] option').length).toBeGreaterThan(1);
  });
});

describe('product pages', () => {
  test.each(localeCodes)('%s: full facts, contact actions and Product JSON-LD with OCOP as a certification', (locale) => {
    const t = useTranslations(locale);
    for (const slug of slugs) {
      const { $ } = page(distDir, `${prefix(locale)}products/${slug}/`);
      const fm = frontmatter(slug);
      const html = $.html();
      const labels = $('dt')
        .toArray()
        .map((dt) => $(dt).text());
      for (const key of ['product.seasonality', 'product.packaging', 'product.shelfLife', 'product.certification', 'product.producer'] as const) {
        expect(labels, `${locale} ${slug} ${key}`).toContain(t(key));
      }
      expect($('.where-to-buy [data-outlet="online"] a[href^="https://"]').length, `${locale} ${slug}`).toBeGreaterThan(0);
      // One tap to reach the producer.
      expect($(`a[data-action="call"][href="tel:${fm.producer.phone.replace(/[^+0-9]/g, '')}"]`).length).toBe(1);
      if (fm.producer.email) expect($(`a[data-action="email"][href="mailto:${fm.producer.email}"]`).length).toBe(1);
      if (fm.producer.zalo) expect($(`a[data-action="zalo"][href="https://zalo.me/${fm.producer.zalo}"]`).length).toBe(1);
      // No form service configured in this build: the enquiry is a prefilled email.
      const enquiry = $('a[data-action="enquiry"]').attr('href')!;
      expect(enquiry).toMatch(/^mailto:[^?]+\?subject=/);
      expect(decodeURIComponent(enquiry.split('subject=')[1]!)).toBe(t('product.enquirySubject', { product: $('h1').text() }));

      const ld = $('script[type="application/ld+json"]')
        .toArray()
        .map((el) => JSON.parse($(el).text()))
        .find((d) => d['@type'] === 'Product');
      expect(ld.name).toBe($('h1').text());
      expect(ld.award).toContain('OCOP');
      expect(ld.hasCertification['@type']).toBe('Certification');
      expect(ld.manufacturer.telephone).toBe(fm.producer.phone);
      expect(html).not.toMatch(/aggregateRating|"review"|"Review"/);
    }
  });

  test('stars are readable as text everywhere, the glyphs are hidden from screen readers', () => {
    const { $ } = page(distDir, '/ko/products/tra-sen-thap-muoi/');
    const rating = $('.product-rating .rating');
    expect(rating.find('.stars').attr('aria-hidden')).toBe('true');
    expect(rating.text()).toContain(uiStrings.ko['product.stars_other']!.replace('{{count}}', '5'));
  });
});
