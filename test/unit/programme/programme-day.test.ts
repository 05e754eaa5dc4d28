import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import { programmeDayLabel } from '#shared/programme/programme-day.ts';

const KS_STUDY_TRIP = demoEventPages('2026-11-22').find(
  ({ event }) => event.id === 'ks-studietur-mc-kriminalitet-2011',
);

describe('the label of a programme day', () => {
  it('numbers the day and names its date with the weekday, in the reader’s language', () => {
    if (!KS_STUDY_TRIP) throw new Error('No demo study trip');
    const { endsAt, timeZone } = KS_STUDY_TRIP.event;
    expect(programmeDayLabel(2, endsAt, timeZone, 'nb')).toBe('Dag 2: torsdag 24. mars 2011');
    expect(programmeDayLabel(2, endsAt, timeZone, 'en')).toBe('Day 2: Thursday, 24 March 2011');
    expect(programmeDayLabel(2, endsAt, timeZone, 'sv')).toBe('Dag 2: torsdag 24 mars 2011');
  });

  it('takes the date in the event’s zone, where a late evening UTC is already the next day', () => {
    expect(programmeDayLabel(1, '2027-02-04T23:30:00Z', 'Europe/Stockholm', 'en')).toBe(
      'Day 1: Friday, 5 February 2027',
    );
  });
});
