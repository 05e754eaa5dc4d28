import { describe, expect, it } from 'vitest';
import { eventEntry, slotEntry } from '#shared/calendar/calendar-entries.ts';
import { addToCalendarLinks } from '#shared/calendar/calendar-links.ts';
import { demoSlot, eventUrlOf, KS_STUDY_TRIP, TRYGGHETSDAG } from './calendar-fixtures.ts';

const oppnaDrogscener = slotEntry({
  event: TRYGGHETSDAG.event,
  slot: demoSlot(TRYGGHETSDAG, '1005-oppna-drogscener'),
  eventUrl: eventUrlOf(TRYGGHETSDAG),
});
const speakerAndEvent = [
  'Mia-Maria Magnusson, Polisdoktorand, Polismyndigheten',
  '',
  TRYGGHETSDAG.event.title,
  eventUrlOf(TRYGGHETSDAG),
].join('\n');

describe('"add to calendar" links', () => {
  it('open Google Calendar with the session 10.05–10.30 shown in Stockholm time', () => {
    const link = new URL(addToCalendarLinks(oppnaDrogscener).google);

    expect(link.origin + link.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(Object.fromEntries(link.searchParams)).toEqual({
      action: 'TEMPLATE',
      text: 'Öppna drogscener',
      dates: '20220203T090500Z/20220203T093000Z',
      details: speakerAndEvent,
      location: 'Digitalt',
      ctz: 'Europe/Stockholm',
    });
  });

  it('open a new event in Outlook on the web with the same session', () => {
    const link = new URL(addToCalendarLinks(oppnaDrogscener).outlook);

    expect(link.origin + link.pathname).toBe('https://outlook.office.com/calendar/0/deeplink/compose');
    expect(Object.fromEntries(link.searchParams)).toEqual({
      subject: 'Öppna drogscener',
      startdt: '2022-02-03T09:05:00Z',
      enddt: '2022-02-03T09:30:00Z',
      body: speakerAndEvent,
      location: 'Digitalt',
      path: '/calendar/action/compose',
      rru: 'addevent',
    });
  });

  it('cover the whole event, over two days in Oslo time', () => {
    const links = addToCalendarLinks(
      eventEntry({ event: KS_STUDY_TRIP.event, eventUrl: eventUrlOf(KS_STUDY_TRIP) }),
    );

    expect(new URL(links.google).searchParams.get('dates')).toBe('20110323T103000Z/20110324T120000Z');
    expect(new URL(links.google).searchParams.get('ctz')).toBe('Europe/Oslo');
    expect(new URL(links.outlook).searchParams.get('startdt')).toBe('2011-03-23T10:30:00Z');
    expect(new URL(links.outlook).searchParams.get('enddt')).toBe('2011-03-24T12:00:00Z');
  });

  it('encode a space as %20, since Outlook would show a form-encoded + as a plus sign', () => {
    const links = addToCalendarLinks({ ...oppnaDrogscener, summary: 'Frågor & svar + panel' });

    for (const link of [links.google, links.outlook]) {
      expect(link).toContain('Fr%C3%A5gor%20%26%20svar%20%2B%20panel');
      expect(link).not.toContain('+');
    }
  });
});
