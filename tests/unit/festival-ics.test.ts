import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { calendarFile, festivalEvents, festivalUid, type CalendarFestival } from '../../src/utils/festival-ics.ts';
import { occurrences } from '../../src/utils/festival-calendar.ts';

const festival: CalendarFestival = {
  slug: 'via-ba-chua-xu-go-thap',
  title: 'ゴータップ・バーチュアスー祭',
  description: '旧暦3月10日の祭り; 参拝, 民俗遊戯',
  location: 'Khu di tích Gò Tháp, Tháp Mười',
  url: 'https://dongthap.example/ja/festivals/via-ba-chua-xu-go-thap/',
  lat: 10.628,
  lng: 105.853,
  status: 'scheduled',
  occurrences: occurrences({ calendar: 'lunar', month: 3, day: 10, leapMonth: false, durationDays: 3 }, 2026, 2027),
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('festival iCalendar files', () => {
  const text = calendarFile(festivalEvents(festival, 'dongthap.example'), 'Festivals – ドンタップ省');
  const { calendar, events } = parse(text);

  test('is a valid calendar with one event per occurrence', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Festivals – ドンタップ省');
    expect(events).toHaveLength(festival.occurrences.length);
    expect(events.length).toBe(2);
  });

  test('events are all-day, on the lunar festival’s Gregorian days, last day included', () => {
    events.forEach((event, i) => {
      const o = festival.occurrences[i]!;
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(o.start);
      // DTEND is exclusive: three festival days end the morning of the fourth.
      expect(event.endDate.toString()).toBe(new Date(Date.parse(`${o.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
    });
  });

  test('UIDs are stable and unique, so re-subscribing does not duplicate events', () => {
    const again = parse(calendarFile(festivalEvents(festival, 'dongthap.example'), 'x')).events;
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(events[0]!.uid).toBe(festivalUid(festival.slug, festival.occurrences[0]!.start, 'dongthap.example'));
  });

  test('summary, description and location keep their text, in the locale’s script', () => {
    const [event] = events;
    expect(event!.summary).toBe(festival.title);
    expect(event!.description).toContain(festival.description);
    expect(event!.description).toContain(festival.url);
    expect(event!.location).toBe(festival.location);
  });
});
