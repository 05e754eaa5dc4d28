import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { changesCalendars, localInputValue, venueFrom } from '#shared/organiser/event-details-form.ts';

function demoEvent(id: string): EventRecord {
  const page = demoEventPages('2026-11-22').find(({ event }) => event.id === id);
  if (!page) throw new Error(`No demo event ${id}`);
  return page.event;
}

/** Trygghetsdag 2027: digital, 4 February 10.00–15.00 Stockholm time. */
const TRYGGHETSDAG = demoEvent('trygghetsdag-2027');
/** The KS study trip of 2011: in København, 23 March 11.30 to 24 March 13.00, Oslo time. */
const KS_STUDY_TRIP = demoEvent('ks-studietur-mc-kriminalitet-2011');

/** The form as the organiser's browser sends it for Trygghetsdag 2027, unchanged. */
const _FORM = {
  title: 'Trygghetsdag 2027 – Så arbetar vi mot narkotika',
  startsAt: '2027-02-04T10:00',
  endsAt: '2027-02-04T15:00',
  venueKind: 'digital',
  venueName: '',
  venueAddress: '',
  venueCity: '',
  onlineLink: '',
};

describe('the values of the date-and-time field', () => {
  it('are the instant’s wall-clock time in the event’s zone', () => {
    expect(localInputValue(TRYGGHETSDAG.startsAt, TRYGGHETSDAG.timeZone)).toBe('2027-02-04T10:00');
    expect(localInputValue('2027-06-01T07:00:00Z', 'Europe/Oslo')).toBe('2027-06-01T09:00');
  });
});

describe('a venue from the form', () => {
  it('is digital whatever else is filled in', () => {
    expect(venueFrom({ venueKind: 'digital', venueName: 'Kommunhuset', venueCity: 'Malmö' })).toEqual({
      kind: 'digital',
    });
  });

  it('is a place named by its venue, or lacking one by its city', () => {
    expect(venueFrom({ venueKind: 'place', venueName: 'Kommunhuset', venueCity: 'Malmö' })).toEqual({
      kind: 'place',
      name: 'Kommunhuset',
      city: 'Malmö',
    });
    expect(venueFrom({ venueKind: 'place', venueCity: 'København' })).toEqual(KS_STUDY_TRIP.venue);
  });
});

describe('a change that calendars must follow', () => {
  const unchanged = {
    title: KS_STUDY_TRIP.title,
    startsAt: KS_STUDY_TRIP.startsAt,
    endsAt: KS_STUDY_TRIP.endsAt,
    venue: KS_STUDY_TRIP.venue,
    onlineLink: KS_STUDY_TRIP.onlineLink,
  };

  it('is none when nothing changed, though the instants are written differently', () => {
    expect(changesCalendars(KS_STUDY_TRIP, unchanged)).toBe(false);
    expect(
      changesCalendars(KS_STUDY_TRIP, {
        ...unchanged,
        startsAt: '2011-03-23T10:30:00.000Z',
        endsAt: '2011-03-24T13:00:00+01:00',
      }),
    ).toBe(false);
  });

  it('is a new title, start, end, place or link', () => {
    expect(changesCalendars(KS_STUDY_TRIP, { ...unchanged, title: 'Studietur 2011' })).toBe(true);
    expect(changesCalendars(KS_STUDY_TRIP, { ...unchanged, startsAt: '2011-03-23T10:00:00Z' })).toBe(true);
    expect(changesCalendars(KS_STUDY_TRIP, { ...unchanged, endsAt: '2011-03-24T13:00:00Z' })).toBe(true);
    expect(
      changesCalendars(KS_STUDY_TRIP, {
        ...unchanged,
        venue: { kind: 'place', name: 'København', address: 'Rådhuspladsen 1', city: 'København' },
      }),
    ).toBe(true);
    expect(changesCalendars(KS_STUDY_TRIP, { ...unchanged, onlineLink: 'https://ks.no/mote' })).toBe(true);
  });
});
