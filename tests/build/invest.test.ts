/** The investment section as built: incentives, opportunities (table, CSV, JSON), parks and the handbook. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { defaultLocale, localeCodes, type Locale } from '../../src/config/locales.ts';
import { site } from '../../src/config/site.ts';
import { logisticsHubIds, logisticsHubs, type LogisticsHubId } from '../../src/config/province.ts';
import { useTranslations } from '../../src/i18n/createTranslator.ts';
import { formatDate, formatFileSize } from '../../src/i18n/format.ts';
import { usdEquivalent } from '../../src/utils/money.ts';
import { loadPages, page, visibleText } from '../support/dist.ts';
import { distDir } from '../support/site.ts';
import type { SupportType } from '../../src/model/schemas/index.ts';

const prefix = (locale: Locale) => (locale === defaultLocale ? '/' : `/${locale}/`);
const slugsOf = (collection: string) =>
  readdirSync(path.resolve(`content/${collection}/vi`))
    .map((f) => f.replace(/\.mdx?$/, ''))
    .sort();
function frontmatter<T>(collection: string, locale: Locale, slug: string): T {
  return yaml.load(readFileSync(path.resolve(`content/${collection}/${locale}/${slug}.mdx`), 'utf8').split('---')[1]!) as T;
}
const distFile = (p: string) => path.join(distDir, p);

interface Incentive {
  title: string;
  sectors: string[];
  support: { type: SupportType }[];
  legalReference: { number: string; date: string; issuer: string };
  documentUrl?: string;
  sampleData?: boolean;
}
interface Opportunity {
  title: string;
  capitalVnd: number;
  areaHa: number;
  sector: string;
  location: { coordinates: { lat: number; lng: number } };
  contact: { phone: string };
  sampleData?: boolean;
}
interface Chapter {
  title: string;
  order: number;
  includes?: string[];
}

const incentives = slugsOf('incentives');
const opportunities = slugsOf('opportunities');
const parks = slugsOf('parks');
const chapters = slugsOf('handbook');

describe('demo content', () => {
  test('incentives include the industrial-park and industrial-cluster resolutions and cover food processing', () => {
    const numbers = incentives.map((s) => frontmatter<Incentive>('incentives', 'vi', s).legalReference.number);
    expect(numbers).toEqual(expect.arrayContaining(['296/2019/NQ-HĐND', '231/2019/NQ-HĐND']));
    // Every real document is linked; only an invented resolution number has no link.
    const linked = incentives.filter((s) => frontmatter<Incentive>('incentives', 'vi', s).documentUrl);
    expect(linked.length).toBeGreaterThanOrEqual(incentives.length - 1);
    const food = incentives.filter((s) => frontmatter<Incentive>('incentives', 'vi', s).sectors.includes('food-processing'));
    expect(food.length).toBeGreaterThanOrEqual(2);
  });

  test('projects have distinct capitals, so sorting by capital means something', () => {
    const capitals = opportunities.map((s) => frontmatter<Opportunity>('opportunities', 'vi', s).capitalVnd);
    expect(opportunities.length).toBeGreaterThanOrEqual(5);
    expect(new Set(capitals).size).toBe(capitals.length);
  });

  test.each(localeCodes)('%s: the handbook has the seven chapters in order, with the data they include', (locale) => {
    const list = chapters.map((slug) => frontmatter<Chapter>('handbook', locale, slug)).sort((a, b) => a.order - b.order);
    expect(list.map((c) => c.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(list.map((c) => c.includes ?? [])).toEqual([[], [], [], ['incentives'], [], ['opportunities', 'parks'], ['contacts']]);
  });
});

describe.each(localeCodes)('%s', (locale) => {
  const t = useTranslations(locale);
  const p = prefix(locale);

  test('the incentives page groups every policy by support and by sector, with filter data', () => {
    const { $ } = page(distDir, `${p}invest/incentives/`);
    for (const view of ['support', 'sector']) {
      const items = $(`#view-${view} .incentive-item`);
      expect(new Set(items.map((_, el) => el.attribs['data-key']).get())).toEqual(new Set(incentives));
    }
    $('#view-support .incentive-group').each((_, group) => {
      const heading = $(group).find('h3').text();
      $(group)
        .find('.incentive-item')
        .each((__, item) => {
          const fm = frontmatter<Incentive>('incentives', locale, item.attribs['data-key']!);
          expect(fm.support.map((s) => t(`support.${s.type}`))).toContain(heading);
          expect(item.attribs['data-sector']!.split(' ')).toEqual(fm.sectors);
        });
    });
    // The first grouping shows from the first paint; without JavaScript, CSS shows both and the
    // jump links instead of the filters and the switch (tests/e2e/invest.test.ts).
    expect(
      $('.incentive-view')
        .map((_, v) => (v.attribs.hidden === undefined ? 'shown' : 'hidden'))
        .get(),
    ).toEqual(['shown', 'hidden']);
    expect(
      $('#incentive-view-links a')
        .map((_, a) => a.attribs.href)
        .get(),
    ).toEqual(['#view-support', '#view-sector']);
    expect($('#list-count').text()).toBe(t('incentives.count', { count: incentives.length }));
  });

  test('each incentive states its legal reference, how to apply and links the original document', () => {
    for (const slug of incentives) {
      const fm = frontmatter<Incentive>('incentives', locale, slug);
      const { $ } = page(distDir, `${p}invest/incentives/${slug}/`);
      const facts = visibleText($, '.aside-box .facts');
      expect(facts).toContain(fm.legalReference.number);
      expect(facts).toContain(fm.legalReference.issuer);
      expect(facts).toContain(formatDate(locale, fm.legalReference.date));
      expect($('main ol li').length).toBeGreaterThan(0);
      const doc = $('a[data-original-document]');
      if (fm.documentUrl) {
        expect(doc.attr('href')).toBe(fm.documentUrl);
        expect(doc.attr('hreflang')).toBe('vi');
      } else {
        expect(doc.length).toBe(0);
        expect($('[data-original-document-on-request]').text()).toBe(t('incentive.documentOnRequest'));
      }
    }
  });

  test('the opportunities table holds every project with VND and USD figures, and links the downloads', () => {
    const { $ } = page(distDir, `${p}invest/opportunities/`);
    const rows = $('#opportunities-table tbody tr');
    expect(rows.length).toBe(opportunities.length);
    rows.each((_, row) => {
      const fm = frontmatter<Opportunity>('opportunities', locale, row.attribs['data-key']!);
      const capital = $(row).find('td[data-label]').eq(3);
      expect(Number(capital.attr('data-value'))).toBe(fm.capitalVnd);
      expect(capital.find('.usd').text()).toMatch(/\$|US/);
      expect(row.attribs['data-sector']).toBe(fm.sector);
      expect($(row).find('.badge--sample').length).toBe(fm.sampleData ? 1 : 0);
    });
    expect($('#opportunities-table th[data-sort-key="capital"][data-sort-type="number"]').length).toBe(1);
    expect($('.rate-note').attr('data-rate')).toBe(String(site.exchangeRate.vndPerUsd));
    expect($('.rate-note').text()).toContain(formatDate(locale, site.exchangeRate.date));
    expect(
      $('.downloads a')
        .map((_, a) => a.attribs.href)
        .get(),
    ).toEqual([`${p}invest/opportunities.csv`, `${p}invest/opportunities.json`]);
    // Projects and parks share the map.
    const map = JSON.parse($('#opportunities-map').parent().find('[data-map]').attr('data-map')!) as { places: { kind: string }[] };
    expect(map.places.filter((pl) => pl.kind === 'opportunity').length).toBe(opportunities.length);
    expect(map.places.filter((pl) => pl.kind === 'park').length).toBe(parks.length);
  });

  test('the CSV and JSON downloads carry the same projects, with localized headers and raw numbers', () => {
    const csvText = readFileSync(distFile(`${p}invest/opportunities.csv`), 'utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    const [header, ...records] = parse(csvText, { bom: true }) as string[][];
    expect(header![0]).toBe(t('opportunity.name'));
    expect(header).toContain(t('opportunity.capitalVnd'));
    const json = JSON.parse(readFileSync(distFile(`${p}invest/opportunities.json`), 'utf8')) as {
      exchangeRate: { vndPerUsd: number; date: string };
      projects: { slug: string; title: string; capitalVnd: number; capitalUsd: number; areaHa: number }[];
    };
    expect(json.exchangeRate).toMatchObject({ vndPerUsd: site.exchangeRate.vndPerUsd, date: site.exchangeRate.date });
    expect(records.length).toBe(opportunities.length);
    expect(json.projects.length).toBe(opportunities.length);
    const capitalColumn = header!.indexOf(t('opportunity.capitalVnd'));
    for (const [i, project] of json.projects.entries()) {
      const fm = frontmatter<Opportunity>('opportunities', locale, project.slug);
      expect(project.title).toBe(fm.title);
      expect(project.capitalVnd).toBe(fm.capitalVnd);
      expect(project.capitalUsd).toBe(usdEquivalent(fm.capitalVnd));
      expect(records[i]![0]).toBe(fm.title);
      expect(Number(records[i]![capitalColumn])).toBe(fm.capitalVnd);
      expect(Number(records[i]![capitalColumn + 1])).toBe(usdEquivalent(fm.capitalVnd));
    }
  });

  test('each project page has JSON-LD with its place, area and capital, and one-tap contact', () => {
    for (const slug of opportunities) {
      const fm = frontmatter<Opportunity>('opportunities', locale, slug);
      const { $ } = page(distDir, `${p}invest/opportunities/${slug}/`);
      const ld = JSON.parse($('script[type="application/ld+json"]').text()) as {
        '@type': string;
        geo: { latitude: number; longitude: number };
        additionalProperty: { propertyID: string; value: unknown }[];
      };
      expect(ld['@type']).toBe('Place');
      expect(ld.geo).toMatchObject({ latitude: fm.location.coordinates.lat, longitude: fm.location.coordinates.lng });
      const prop = (id: string) => ld.additionalProperty.find((a) => a.propertyID === id)?.value;
      expect(prop('area')).toBe(fm.areaHa);
      expect(prop('estimatedInvestment')).toEqual({ '@type': 'MonetaryAmount', currency: 'VND', value: fm.capitalVnd });
      expect($('.aside-box a[href^="tel:"]').attr('href')).toBe(`tel:${fm.contact.phone.replace(/[^+0-9]/g, '')}`);
      expect($('[data-sample-data]').length).toBe(fm.sampleData ? 1 : 0);
    }
  });

  test('each park page gives area, occupancy, land rent, logistics and contact', () => {
    for (const slug of parks) {
      const fm = frontmatter<{ landRent?: unknown; logistics: { distances: { to: LogisticsHubId; km: number }[] } }>('parks', locale, slug);
      const { $ } = page(distDir, `${p}invest/parks/${slug}/`);
      const facts = visibleText($, 'main');
      for (const key of ['park.area', 'park.occupancy', 'park.landRent', 'park.infrastructure', 'park.logistics'] as const) {
        expect(facts, `${slug}: ${key}`).toContain(t(key));
      }
      // A distance to every logistics hub of the province configuration, labelled in this locale.
      for (const hub of logisticsHubIds) expect(facts, `${slug}: distance to ${hub}`).toContain(logisticsHubs[hub].distanceLabel[locale]);
      if (!fm.landRent) expect(facts).toContain(t('park.rentUnknown'));
      const ld = JSON.parse($('script[type="application/ld+json"]').text()) as { additionalProperty: { propertyID: string; value: unknown }[] };
      expect(ld.additionalProperty.find((a) => a.propertyID === 'distanceHoChiMinhCity')?.value).toBe(
        fm.logistics.distances.find((d) => d.to === 'ho-chi-minh-city')!.km,
      );
      expect(ld.additionalProperty.find((a) => a.propertyID === 'distanceCanTho')?.value).toBe(fm.logistics.distances.find((d) => d.to === 'can-tho')!.km);
    }
    expect(page(distDir, `${p}invest/parks/`).$('#parks-table tbody tr').length).toBe(parks.length);
  });

  test('the handbook reads in order, as chapters and as one book, and links its PDF with the real size', () => {
    const ordered = chapters.map((slug) => ({ slug, ...frontmatter<Chapter>('handbook', locale, slug) })).sort((a, b) => a.order - b.order);
    const index = page(distDir, `${p}invest/handbook/`).$;
    expect(
      index('#handbook-toc > li > a')
        .map((_, a) => index(a).text())
        .get(),
    ).toEqual(ordered.map((c) => c.title));
    for (const [i, chapter] of ordered.entries()) {
      const { $ } = page(distDir, `${p}invest/handbook/${chapter.slug}/`);
      expect($('a[rel="prev"]').attr('href')).toBe(i > 0 ? `${p}invest/handbook/${ordered[i - 1]!.slug}/` : undefined);
      expect($('a[rel="next"]').attr('href')).toBe(i < ordered.length - 1 ? `${p}invest/handbook/${ordered[i + 1]!.slug}/` : undefined);
      for (const kind of chapter.includes ?? []) {
        expect($(kind === 'contacts' ? '.invest-contact' : `[data-handbook-include="${kind}"]`).length, `${chapter.slug} ${kind}`).toBe(1);
      }
    }
    const book = page(distDir, `${p}invest/handbook/book/`).$;
    expect(
      book('.book-chapter > h2')
        .map((_, h) => book(h).text())
        .get(),
    ).toEqual(ordered.map((c) => c.title));
    expect(book('h1').length).toBe(1);
    // Chapter bodies move down a level inside the book: no h2 other than chapter titles and the contents.
    expect(book('.book-chapter .prose h2').length).toBe(0);
    expect(book('.book-chapter .prose h3').length).toBeGreaterThan(7);

    const pdf = statSync(distFile(`${p}invest/handbook.pdf`)).size;
    const link = index(`[data-handbook-pdf="${locale}"]`);
    expect(link.attr('hidden')).toBeUndefined();
    expect(link.find('a').attr('href')).toBe(`${p}invest/handbook.pdf`);
    expect(link.find(`[data-pdf-size="${locale}"]`).text()).toBe(formatFileSize(locale, pdf));
    expect(index('[data-handbook-no-pdf]').length).toBe(0);
  });
});

test('every investment page ends with the investment promotion contact, callable and writable', () => {
  const pages = loadPages(distDir).filter((pg) => /^\/([a-z]{2}\/)?invest\//.test(pg.urlPath));
  expect(pages.length).toBeGreaterThan(100);
  for (const { urlPath, $ } of pages) {
    const card = $('.invest-contact');
    expect(card.length, urlPath).toBe(1);
    expect(card.find(`a[href="tel:${site.investmentContact.phone.replace(/[^+0-9]/g, '')}"]`).length, urlPath).toBe(1);
    expect(card.find(`a[href="mailto:${site.investmentContact.email}"]`).length, urlPath).toBe(1);
  }
});
