import { describe, expect, test } from 'vitest';
import { addDays, buildDay, fromLunar, nextOccurrence, occurrenceState, occurrences, occurrencesBetween, toLunar } from '../../src/utils/festival-calendar.ts';

// Published dates of Tết (lunar 1/1) and the Mid-Autumn festival (lunar 15/8) in Vietnam.
const tet: Record<number, string> = {
  1985: '1985-01-21', // Vietnam; China celebrated on 1985-02-20 (the calendars differ that year)
  2007: '2007-02-17', // Vietnam; China celebrated on 2007-02-18
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
};
const midAutumn: Record<number, string> = {
  2022: '2022-09-10',
  2023: '2023-09-29',
  2024: '2024-09-17',
  2025: '2025-10-06',
  2026: '2026-09-25',
};

describe('Vietnamese lunar calendar', () => {
  test.each(Object.entries(tet))('Tết %s falls on %s', (year, date) => {
    expect(fromLunar(1, 1, Number(year))).toBe(date);
    expect(toLunar(date)).toEqual({ day: 1, month: 1, year: Number(year), leap: false });
  });

  test.each(Object.entries(midAutumn))('Mid-Autumn %s falls on %s', (year, date) => {
    expect(fromLunar(15, 8, Number(year))).toBe(date);
  });

  test('1985: the Vietnamese new year is a month before the Chinese one', () => {
    // In China 1985-01-21 was still in the 12th month of the previous lunar year.
    expect(toLunar('1985-01-21').month).toBe(1);
    expect(toLunar('1985-02-20')).toEqual({ day: 1, month: 2, year: 1985, leap: false });
  });

  test('a leap month exists only in its year', () => {
    // 2023 had a leap 2nd month in Vietnam; 2024 had none.
    expect(fromLunar(1, 2, 2023, true)).toBe('2023-03-22');
    expect(fromLunar(1, 2, 2024, true)).toBeUndefined();
  });
});

describe('occurrences of festival rules', () => {
  const viaBa = { calendar: 'lunar', month: 3, day: 10, leapMonth: false, durationDays: 3 } as const;
  const lotus = { calendar: 'gregorian', start: '2026-06-20', end: '2026-06-25', yearly: true } as const;

  test('lunar rules give one occurrence per year with the right duration', () => {
    const found = occurrences(viaBa, 2026, 2027);
    expect(found.map((o) => o.start)).toEqual([fromLunar(10, 3, 2026), fromLunar(10, 3, 2027)]);
    for (const o of found) {
      expect(o.end).toBe(addDays(o.start, 2));
      expect(o.lunar).toMatchObject({ day: 10, month: 3 });
    }
  });

  test('lunar months late in the year land in the next Gregorian year', () => {
    const lateYear = { calendar: 'lunar', month: 12, day: 23, leapMonth: false, durationDays: 1 } as const;
    // Ông Công Ông Táo of lunar year 2025 is on 2026-02-10.
    expect(occurrences(lateYear, 2026, 2026).map((o) => o.start)).toEqual(['2026-02-10']);
  });

  test('Gregorian occurrences carry their lunar date too', () => {
    expect(occurrences(lotus, 2026, 2026)[0]!.lunar).toEqual(toLunar('2026-06-20'));
  });

  test('yearly Gregorian rules repeat on the same day and keep their length', () => {
    expect(occurrences(lotus, 2026, 2028).map((o) => [o.start, o.end])).toEqual([
      ['2026-06-20', '2026-06-25'],
      ['2027-06-20', '2027-06-25'],
      ['2028-06-20', '2028-06-25'],
    ]);
  });

  test('one-off Gregorian rules occur once', () => {
    const once = { calendar: 'gregorian', start: '2026-12-13', yearly: false } as const;
    expect(occurrences(once, 2026, 2030)).toMatchObject([{ start: '2026-12-13', end: '2026-12-13' }]);
    expect(occurrences(once, 2027, 2030)).toEqual([]);
  });

  test('a range crossing the new year is kept whole', () => {
    const flowers = { calendar: 'gregorian', start: '2026-12-26', end: '2027-01-01', yearly: true } as const;
    expect(occurrencesBetween(flowers, '2027-01-01', '2027-12-31')[0]).toMatchObject({ start: '2026-12-26', end: '2027-01-01' });
  });

  test('next occurrence and state around the build day', () => {
    expect(nextOccurrence(lotus, '2026-06-22')).toMatchObject({ start: '2026-06-20', end: '2026-06-25' });
    expect(nextOccurrence(lotus, '2026-06-26')?.start).toBe('2027-06-20');
    const o = { start: '2026-06-20', end: '2026-06-25', lunar: toLunar('2026-06-20') };
    expect(occurrenceState(o, '2026-06-19')).toBe('upcoming');
    expect(occurrenceState(o, '2026-06-25')).toBe('ongoing');
    expect(occurrenceState(o, '2026-06-26')).toBe('past');
  });

  test('the build day comes from BUILD_DATE or today in Vietnam', () => {
    expect(buildDay({ BUILD_DATE: '2026-11-23' })).toBe('2026-11-23');
    expect(() => buildDay({ BUILD_DATE: '23/11/2026' })).toThrow(/BUILD_DATE/);
    expect(buildDay({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

test('the calendar window runs twelve months from the first of the month', async () => {
  const { calendarWindow } = await import('../../src/utils/festival-calendar.ts');
  expect(calendarWindow('2026-11-23')).toEqual({ from: '2026-11-01', to: '2027-10-31' });
  expect(calendarWindow('2027-01-31')).toEqual({ from: '2027-01-01', to: '2027-12-31' });
});
