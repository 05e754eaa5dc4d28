import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addDays, upcomingShift } from '#shared/demo/upcoming-date.ts';

const weekday = (day: string) => DateTime.fromISO(day, { zone: 'utc' }).weekday;
const daysBetween = (from: string, to: string) =>
  DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days').days;

describe('addDays', () => {
  it('counts calendar days across month ends, leap days and DST changes', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2022-02-03', -7)).toBe('2022-01-27');
  });

  it('refuses anything but a yyyy-MM-dd day', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(/Not a day/);
    expect(() => addDays('2026-02-03T10:00', 1)).toThrow(/Not a day/);
    expect(() => addDays('3 februari', 1)).toThrow(/Not a day/);
  });
});

describe('upcomingShift', () => {
  const todays = ['2025-01-01', '2026-03-29', '2026-10-25', '2026-12-31', '2027-02-28', '2028-02-29'];

  it.each(todays)(
    'moves the anchor by whole weeks to the first same weekday at least the lead after %s',
    (today) => {
      const shift = upcomingShift('2022-02-03', today, 70);
      const day = addDays('2022-02-03', shift);
      expect(shift % 7).toBe(0);
      expect(weekday(day)).toBe(weekday('2022-02-03'));
      expect(daysBetween(today, day)).toBeGreaterThanOrEqual(70);
      expect(daysBetween(today, day)).toBeLessThan(77);
    },
  );

  it('keeps an anchor that already lies exactly the lead ahead', () => {
    expect(addDays('2022-02-03', upcomingShift('2022-02-03', '2026-11-26', 70))).toBe('2027-02-04');
  });
});
