import { describe, expect, it } from 'vitest';
import { type DemoEventPage, demoEventPages } from '#shared/demo/demo-events.ts';
import { deadlineText, eventWhen, venueText } from '#shared/event-when.ts';

const pages = demoEventPages('2026-11-22');

function demoEvent(id: string): DemoEventPage['event'] {
  const page = pages.find(({ event }) => event.id === id);
  if (!page) throw new Error(`No demo event ${id}`);
  return page.event;
}

const TRYGGHETSDAG = demoEvent('trygghetsdag-2022');
const KS_STUDY_TRIP = demoEvent('ks-studietur-mc-kriminalitet-2011');

describe('when an event takes place', () => {
  it('is one day with the weekday and a span of hours, in the event’s zone', () => {
    expect(eventWhen(TRYGGHETSDAG, 'sv')).toBe('torsdag 3 februari 2022, 10.00–15.00 (CET)');
    expect(eventWhen(TRYGGHETSDAG, 'en')).toBe('Thursday, 3 February 2022, 10:00–15:00 (CET)');
  });

  it('runs from date and time to date and time over several days', () => {
    expect(eventWhen(KS_STUDY_TRIP, 'nb')).toBe('23. mars 2011 kl. 11.30 – 24. mars 2011 kl. 13.00 (CET)');
    expect(eventWhen(KS_STUDY_TRIP, 'sv')).toBe('23 mars 2011 kl. 11.30 – 24 mars 2011 kl. 13.00 (CET)');
  });

  it('names summer time, and keeps an evening that ends past midnight UTC on its own day', () => {
    const summer = {
      startsAt: '2027-06-01T07:00:00Z',
      endsAt: '2027-06-01T13:00:00Z',
      timeZone: 'Europe/Oslo' as const,
    };
    expect(eventWhen(summer, 'nb')).toBe('tirsdag 1. juni 2027, 09.00–15.00 (CEST)');
    const evening = {
      startsAt: '2027-01-15T17:00:00Z',
      endsAt: '2027-01-15T22:30:00Z',
      timeZone: 'Europe/Stockholm' as const,
    };
    expect(eventWhen(evening, 'sv')).toBe('fredag 15 januari 2027, 18.00–23.30 (CET)');
  });
});

describe('a deadline as people say it', () => {
  it('is the last whole day when it falls at midnight', () => {
    const trygghetsdag2027 = demoEvent('trygghetsdag-2027');
    expect(trygghetsdag2027.registrationClosesAt).toBe('2027-01-27T23:00:00Z');
    expect(deadlineText('2027-01-27T23:00:00Z', 'Europe/Stockholm', 'sv')).toBe('onsdag 27 januari 2027');
    expect(deadlineText('2027-01-27T23:00:00Z', 'Europe/Stockholm', 'en')).toBe('Wednesday, 27 January 2027');
  });

  it('is the day and the time at any other moment', () => {
    expect(deadlineText('2027-01-28T11:00:00Z', 'Europe/Stockholm', 'sv')).toBe(
      'torsdag 28 januari 2027 kl. 12.00 (CET)',
    );
    expect(deadlineText('2027-01-28T11:00:00Z', 'Europe/Oslo', 'en')).toBe(
      'Thursday, 28 January 2027 at 12:00 (CET)',
    );
  });

  it('counts midnight in the event’s zone, not in UTC', () => {
    expect(deadlineText('2027-01-28T00:00:00Z', 'Europe/Stockholm', 'sv')).toBe(
      'torsdag 28 januari 2027 kl. 01.00 (CET)',
    );
  });
});

describe('where an event is', () => {
  it('is online for a digital event, in the reader’s language', () => {
    expect(venueText(TRYGGHETSDAG.venue, 'sv')).toBe('Digitalt');
    expect(venueText(TRYGGHETSDAG.venue, 'en')).toBe('Online');
  });

  it('names each part of a place once', () => {
    expect(venueText(KS_STUDY_TRIP.venue, 'nb')).toBe('København');
    expect(
      venueText({ kind: 'place', name: 'Kommunhuset', address: 'Storgatan 1', city: 'Malmö' }, 'sv'),
    ).toBe('Kommunhuset, Storgatan 1, Malmö');
    expect(venueText({ kind: 'place', name: 'Malmö', city: 'Malmö' }, 'sv')).toBe('Malmö');
  });
});
