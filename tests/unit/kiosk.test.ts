import { describe, expect, test } from 'vitest';
import { clipSlideSeconds, msUntilDailyReload, slideSeconds } from '../../src/client/kiosk.ts';

describe('kiosk timing', () => {
  test('seconds per slide: 12 by default, clamped to 3–600', () => {
    expect(slideSeconds(null)).toBe(12);
    expect(slideSeconds('12')).toBe(12);
    expect(slideSeconds('1')).toBe(3);
    expect(slideSeconds('99999')).toBe(600);
    expect(slideSeconds('abc')).toBe(12);
    expect(slideSeconds('-5')).toBe(12);
  });

  test('a clip slide stays up for the clip and a little more, at least a normal slide, at most ten minutes', () => {
    expect(clipSlideSeconds(30, 12)).toBe(35);
    expect(clipSlideSeconds(4, 12)).toBe(12);
    expect(clipSlideSeconds(3600, 12)).toBe(600);
    expect(clipSlideSeconds(Number.NaN, 12)).toBe(12);
  });

  test('the daily reload is at the next 04:00 in Vietnam', () => {
    // 2026-11-23 20:00 in Vietnam is 13:00 UTC; the next 04:00 there is 2026-11-23 21:00 UTC.
    expect(msUntilDailyReload(new Date('2026-11-23T13:00:00Z'))).toBe(8 * 3600_000);
    // 03:59 in Vietnam: one minute to go.
    expect(msUntilDailyReload(new Date('2026-11-23T20:59:00Z'))).toBe(60_000);
    // Exactly 04:00: the next day.
    expect(msUntilDailyReload(new Date('2026-11-23T21:00:00Z'))).toBe(24 * 3600_000);
  });
});
