import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { defaultLocale, localeCodes } from '../../src/config/locales.ts';
import { site } from '../../src/config/site.ts';
import { uiStrings } from '../../src/i18n/createTranslator.ts';
import { buildDay, calendarWindow, occurrences, nextOccurrence, toLunar } from '../../src/utils/festival-calendar.ts';
import { page } from '../support/dist.ts';
import { distDir } from '../support/site.ts';

const today = buildDay();
const year = Number(today.slice(0, 4));
const prefix = (locale: string) => (locale === defaultLocale ? '/' : `/${locale}/`);
const festivalSlugs = readdirSync(path.resolve('content/festivals/vi')).map((f) => f.replace(/\.mdx?$/, ''));
const destinationSlugs = readdirSync(path.resolve('content/destinations/vi')).map((f) => f.replace(/\.mdx?$/, ''));

function jsonLd(urlPath: string, type: string) {
  const { $ } = page(distDir, urlPath);
  const blocks = $('script[type="application/ld+json"]')
    .toArray()
    .map((el) => JSON.parse($(el).text()));
  const found = blocks.find((b) => b['@type'] === type);
  if (!found) throw new Error(`No ${type} JSON-LD on ${urlPath}`);
  return found;
}

function parseIcs(file: string) {
  const text = readFileSync(path.join(distDir, file), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('demo content', () => {
  test('at least six destinations and six festivals, at least two on lunar dates', () => {
    expect(destinationSlugs.length).toBeGreaterThanOrEqual(6);
    expect(festivalSlugs.length).toBeGreaterThanOrEqual(6);
    const lunar = festivalSlugs.filter((s) => readFileSync(path.resolve(`content/festivals/vi/${s}.mdx`), 'utf8').includes('calendar: lunar'));
    expect(lunar.length).toBeGreaterThanOrEqual(2);
  });
});

describe('destination pages', () => {
  test.each(destinationSlugs)('%s has responsive images, practical info, nearby places and TouristAttraction JSON-LD', (slug) => {
    const { $ } = page(distDir, `/en/destinations/${slug}/`);
    const hero = $('.hero-image picture');
    expect(hero.find('source[type="image/avif"]').attr('srcset')).toMatch(/\d+w/);
    expect(hero.find('source[type="image/webp"]').attr('srcset')).toMatch(/\d+w/);
    const heroImg = hero.find('img');
    expect(Number(heroImg.attr('width'))).toBeGreaterThan(0);
    expect(Number(heroImg.attr('height'))).toBeGreaterThan(0);
    expect(heroImg.attr('loading')).toBe('eager');
    expect(heroImg.attr('style')).toMatch(/background-image:url\(data:image\/webp;base64,/);
    const gallery = $('.gallery img');
    expect(gallery.length).toBeGreaterThan(0);
    gallery.each((_, img) => expect(img.attribs.loading).toBe('lazy'));
    for (const key of ['destination.gettingThere', 'destination.bestSeason', 'destination.openingHours', 'destination.tickets']) {
      expect(
        $('dt')
          .toArray()
          .map((dt) => $(dt).text()),
      ).toContain(uiStrings.en[key]);
    }
    expect($('[data-nearby]').length).toBeGreaterThan(0);
    const ld = jsonLd(`/en/destinations/${slug}/`, 'TouristAttraction');
    expect(ld.name).toBe($('h1').text());
    expect(ld.geo.latitude).toEqual(expect.any(Number));
    expect(ld.address.addressCountry).toBe('VN');
    expect(ld.image[0]).toMatch(/^https?:\/\/.+\.jpg$/);
  });
});

describe('festival pages', () => {
  test.each(festivalSlugs)('%s has Festival JSON-LD with the next dates, venue, organizer and status', (slug) => {
    const ld = jsonLd(`/en/festivals/${slug}/`, 'Festival');
    expect(ld.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ld.endDate >= ld.startDate).toBe(true);
    expect(ld.endDate >= today).toBe(true);
    expect(ld.location['@type']).toBe('Place');
    expect(ld.location.address['@type']).toBe('PostalAddress');
    expect(ld.organizer.name).toBeTruthy();
    expect(ld.eventStatus).toBe('https://schema.org/EventScheduled');
    expect(ld.image[0]).toMatch(/^https?:\/\//);
  });

  test('lunar festivals show the Gregorian date of this year and the lunar date, in each locale', () => {
    for (const locale of localeCodes) {
      const { $ } = page(distDir, `${prefix(locale)}festivals/via-ba-chua-xu-go-thap/`);
      const first = $('.occurrences li').first();
      const start = first.attr('data-start')!;
      const expected = nextOccurrence({ calendar: 'lunar', month: 3, day: 10, leapMonth: false, durationDays: 3 }, today)!;
      expect(start).toBe(expected.start);
      expect(toLunar(start)).toMatchObject({ day: 10, month: 3 });
      expect(first.find('.lunar').text()).toContain(uiStrings[locale]['festival.lunarDate']!.replace('{{day}}', '10').replace('{{month}}', '3'));
      expect(first.find('time').attr('datetime')).toBe(start);
    }
  });

  test('each festival page has programme, tips and an add-to-calendar link', () => {
    for (const slug of festivalSlugs) {
      const { $ } = page(distDir, `/ja/festivals/${slug}/`);
      expect($('.programme dt').length, slug).toBeGreaterThan(0);
      expect($('#tips-heading').length, slug).toBe(1);
      expect($(`a[href="/ja/festivals/${slug}.ics"]`).length, slug).toBeGreaterThan(0);
    }
  });
});

describe('iCalendar files', () => {
  test.each(localeCodes)('%s: one file per festival with all-day events on the computed dates and stable UIDs', (locale) => {
    for (const slug of festivalSlugs) {
      const events = parseIcs(`${prefix(locale)}festivals/${slug}.ics`);
      expect(events.length, slug).toBeGreaterThan(0);
      const title = page(distDir, `${prefix(locale)}festivals/${slug}/`)
        .$('h1')
        .text();
      for (const event of events) {
        expect(event.startDate.isDate).toBe(true);
        expect(event.summary).toBe(title);
        expect(event.uid).toBe(`${slug}-${event.startDate.toString()}@${new URL(site.url).host}`);
        expect(event.description).toContain(`/festivals/${slug}/`);
      }
    }
  });

  test('the per-locale feed holds every festival of this year and next, with unique UIDs', () => {
    for (const locale of localeCodes) {
      const events = parseIcs(`${prefix(locale)}festivals.ics`);
      const uids = events.map((e) => e.uid);
      expect(new Set(uids).size).toBe(uids.length);
      for (const slug of festivalSlugs)
        expect(
          uids.some((u) => u.startsWith(`${slug}-`)),
          `${locale} ${slug}`,
        ).toBe(true);
      for (const e of events) expect(Number(e.startDate.toString().slice(0, 4))).toBeGreaterThanOrEqual(year);
    }
  });

  test('the same event keeps its UID in every locale, so switching language does not duplicate it', () => {
    const uids = (locale: string) =>
      parseIcs(`${prefix(locale)}festivals.ics`)
        .map((e) => e.uid)
        .sort();
    for (const locale of localeCodes) expect(uids(locale)).toEqual(uids('vi'));
  });

  test('lunar festivals land on the Vietnamese lunar date', () => {
    const events = parseIcs('/ko/festivals/via-ba-chua-xu-go-thap.ics');
    const expected = occurrences({ calendar: 'lunar', month: 3, day: 10, leapMonth: false, durationDays: 3 }, year, year + 1).map((o) => o.start);
    expect(events.map((e) => e.startDate.toString())).toEqual(expected);
  });
});

describe('festival calendar page', () => {
  const { from, to } = calendarWindow(today);

  test.each(localeCodes)('%s lists the next twelve months, grouped by month, with states', (locale) => {
    const { $ } = page(distDir, `${prefix(locale)}calendar/`);
    const months = $('.calendar-month')
      .toArray()
      .map((s) => s.attribs['data-month']!);
    expect(months.length).toBeGreaterThan(0);
    expect([...months].sort()).toEqual(months);
    for (const m of months) expect(m >= from.slice(0, 7) && m <= to.slice(0, 7)).toBe(true);
    const items = $('.calendar-item');
    expect(items.length).toBeGreaterThanOrEqual(festivalSlugs.length - 1);
    items.each((_, el) => {
      const state = el.attribs['data-state'];
      const start = el.attribs['data-start']!;
      const end = el.attribs['data-end']!;
      expect(state).toBe(end < today ? 'past' : start <= today ? 'ongoing' : 'upcoming');
      expect($(el).find('.badge').text()).toBe(uiStrings[locale][`calendar.state.${state}`]);
    });
    expect(Number($('#calendar-status').attr('data-count'))).toBe(items.length);
  });

  test('each commune or ward with festivals has a pre-built filtered page, linked from the calendar', () => {
    const { $ } = page(distDir, '/ru/calendar/');
    const areas = [
      ...new Set(
        $('.calendar-item')
          .toArray()
          .map((el) => el.attribs['data-area']!),
      ),
    ];
    expect(areas.length).toBeGreaterThan(1);
    for (const d of areas) {
      expect($(`.calendar-nav a[href="/ru/calendar/${d}/"]`).length).toBe(1);
      const filtered = page(distDir, `/ru/calendar/${d}/`).$;
      const inPage = filtered('.calendar-item')
        .toArray()
        .map((el) => el.attribs['data-area']);
      expect(inPage.length).toBeGreaterThan(0);
      expect(new Set(inPage)).toEqual(new Set([d]));
    }
  });
});

describe('places', () => {
  test.each(localeCodes)('%s/places.geojson has every destination and festival venue, [lng, lat]', (locale) => {
    const geo = JSON.parse(readFileSync(path.join(distDir, `${prefix(locale)}places.geojson`), 'utf8'));
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.length).toBe(destinationSlugs.length + festivalSlugs.length);
    for (const f of geo.features) {
      const [lng, lat] = f.geometry.coordinates;
      expect(lng).toBeGreaterThan(104);
      expect(lng).toBeLessThan(107);
      expect(lat).toBeGreaterThan(9);
      expect(lat).toBeLessThan(12);
      expect(f.properties.url).toMatch(/^https?:\/\//);
    }
  });

  test('the tourism hub features the next festival and lists every place without JavaScript', () => {
    const { $ } = page(distDir, '/ja/tourism/');
    const featured = $('[data-next-festival]');
    expect(featured.length).toBe(1);
    const starts = $('.featured .occurrences li').attr('data-start')!;
    expect(starts >= today.slice(0, 8) + '01').toBe(true);
    expect($('#tourism-map').length).toBe(1);
    expect($('.places-list li').length).toBe(destinationSlugs.length + festivalSlugs.length);
    $('.places-list li').each((_, li) => expect($(li).find('a[href^="https://www.openstreetmap.org/"]').length).toBe(1));
    const config = JSON.parse($('[data-map]').attr('data-map')!);
    expect(config.tileUrl).toBe(site.map.tileUrl);
    expect(config.attribution).toBe(site.map.attribution);
    expect(config.detailsLabel).toBe(uiStrings.ja['map.details']);
  });
});
