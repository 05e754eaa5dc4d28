import { describe, expect, it } from 'vitest';
import { type Edition, type SeedEvent, seedAndUpcoming } from '#shared/demo/edition.ts';
import { TRYGGHETSDAG } from '#shared/demo/trygghetsdag.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { formatDateWithWeekday } from '#shared/time.ts';

/** A seed that builds a bare page and remembers which editions it was asked for. */
function recordingSeed(seed: Omit<SeedEvent, 'page'>): SeedEvent & { editions: Edition[] } {
  const editions: Edition[] = [];
  return {
    ...seed,
    editions,
    page: (edition) => {
      editions.push(edition);
      return { event: { id: `seed+${edition.shiftDays}` } as EventRecord, slots: [], meetings: [] };
    },
  };
}

describe('a seed and its upcoming edition', () => {
  it('are the seed as it happened, then an edition shifted whole weeks that opens today and points back', () => {
    const seed = recordingSeed({ zone: 'Europe/Stockholm', anchorDay: '2027-01-07', leadDays: 14 });
    const pages = seedAndUpcoming(seed, '2027-01-01');
    expect(seed.editions).toEqual([
      { shiftDays: 0 },
      { shiftDays: 14, upcoming: { editionOf: 'seed+0', registrationOpensAt: '2026-12-31T23:00:00Z' } },
    ]);
    expect(pages.map(({ event }) => event.id)).toEqual(['seed+0', 'seed+14']);
  });

  it('open registration as today begins in the seed’s own zone, summer time included', () => {
    const seed = recordingSeed({ zone: 'Europe/Oslo', anchorDay: '2011-03-23', leadDays: 84 });
    seedAndUpcoming(seed, '2027-06-01');
    expect(seed.editions[1]?.upcoming?.registrationOpensAt).toBe('2027-05-31T22:00:00Z');
  });

  it('give the upcoming Trygghetsdag the seed’s weekday, far enough ahead', () => {
    const [seed, upcoming] = seedAndUpcoming(TRYGGHETSDAG, '2026-11-22');
    if (!seed || !upcoming) throw new Error('Two pages expected');
    const weekday = ({ event }: typeof seed) =>
      formatDateWithWeekday(event.startsAt, event.timeZone, 'en').split(',')[0];
    expect(seed.event.startsAt).toBe('2022-02-03T09:00:00Z');
    expect(upcoming.event.startsAt).toBe('2027-02-04T09:00:00Z');
    expect(weekday(upcoming)).toBe(weekday(seed));
    expect(Date.parse(upcoming.event.startsAt) - Date.parse('2026-11-22T00:00:00Z')).toBeGreaterThanOrEqual(
      70 * 86_400_000,
    );
    expect(upcoming.event).toMatchObject({
      editionOf: 'trygghetsdag-2022',
      registrationOpensAt: '2026-11-21T23:00:00Z',
    });
    expect(seed.event.editionOf).toBeUndefined();
  });
});
