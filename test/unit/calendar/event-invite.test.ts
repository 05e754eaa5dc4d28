import { describe, expect, it } from 'vitest';
import { eventInvite } from '#shared/calendar/event-invite.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { onlyVevent, readCalendar, startInstant } from '#test/support/read-calendar.ts';
import { ATTENDEE, eventUrlOf, KS_STUDY_TRIP, NOW, ORGANIZER, TRYGGHETSDAG } from './calendar-fixtures.ts';

function invite(
  method: 'REQUEST' | 'CANCEL',
  event: EventRecord = TRYGGHETSDAG.event,
  changes: { onlineLink?: string; attendee?: typeof ATTENDEE } = {},
): string {
  return eventInvite({
    event,
    method,
    organizer: ORGANIZER,
    attendee: changes.attendee ?? ATTENDEE,
    eventUrl: eventUrlOf(TRYGGHETSDAG),
    onlineLink: changes.onlineLink,
    now: NOW,
  });
}

describe('the invite an e-mail carries', () => {
  it('asks Trygghetsdag 10.00–15.00 Stockholm time into the calendar, with the VTIMEZONE and a UTC DTSTAMP', () => {
    const text = invite('REQUEST');
    const vevent = onlyVevent(readCalendar(text));

    expect(text).toContain('\r\nMETHOD:REQUEST\r\n');
    expect(text).toContain('\r\nUID:trygghetsdag-2022@traffpunkt.se\r\n');
    expect(text).toContain('\r\nDTSTART;TZID=Europe/Stockholm:20220203T100000\r\n');
    expect(text).toContain('\r\nDTEND;TZID=Europe/Stockholm:20220203T150000\r\n');
    expect(text).toContain('\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\n');
    expect(text).toContain('\r\nDTSTAMP:20220110T080000Z\r\n');
    expect(startInstant(vevent)).toBe(new Date(TRYGGHETSDAG.event.startsAt).toISOString());
    expect(vevent.getFirstPropertyValue('status')).toBeNull();
  });

  it('names the organiser, and the participant as a required attendee who has not answered', () => {
    const vevent = onlyVevent(readCalendar(invite('REQUEST')));

    const organizer = vevent.getFirstProperty('organizer');
    expect(organizer?.getFirstValue()).toBe('mailto:trygghetsdag@skr.se');
    expect(organizer?.getParameter('cn')).toBe('Sveriges Kommuner och Regioner');
    const attendee = vevent.getFirstProperty('attendee');
    expect(attendee?.getFirstValue()).toBe('MAILTO:anna.berg@malmo.se');
    expect(attendee?.getParameter('cn')).toBe('Anna Berg');
    expect(attendee?.getParameter('role')).toBe('REQ-PARTICIPANT');
    expect(attendee?.getParameter('partstat')).toBe('NEEDS-ACTION');
    expect(attendee?.getParameter('rsvp')).toBe('FALSE');
  });

  it('cancels with the UID of the request and STATUS:CANCELLED', () => {
    const request = onlyVevent(readCalendar(invite('REQUEST')));
    const text = invite('CANCEL');
    const cancel = onlyVevent(readCalendar(text));

    expect(text).toContain('\r\nMETHOD:CANCEL\r\n');
    expect(cancel.getFirstPropertyValue('uid')).toBe(request.getFirstPropertyValue('uid'));
    expect(cancel.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancel.getFirstProperty('attendee')?.getParameter('cn')).toBe('Anna Berg');
  });

  it('outranks the REQUEST with its CANCEL: one above a standing event, the raised SEQUENCE of a cancelled one', () => {
    const sequenceOf = (method: 'REQUEST' | 'CANCEL', event: EventRecord) =>
      onlyVevent(readCalendar(invite(method, event))).getFirstPropertyValue('sequence');
    const standing = { ...TRYGGHETSDAG.event, sequence: 3 };

    expect(sequenceOf('REQUEST', standing)).toBe(3);
    // A participant's own cancellation: the event stands for everyone else.
    expect(sequenceOf('CANCEL', standing)).toBe(4);
    // The event's cancellation stored its SEQUENCE one higher already.
    expect(sequenceOf('CANCEL', { ...standing, status: 'cancelled', sequence: 4 })).toBe(4);
  });

  it("carries the event's SEQUENCE, 0 before its first change", () => {
    const first = onlyVevent(readCalendar(invite('REQUEST')));
    const moved = onlyVevent(readCalendar(invite('REQUEST', { ...TRYGGHETSDAG.event, sequence: 3 })));

    expect(first.getFirstPropertyValue('sequence')).toBe(0);
    expect(moved.getFirstPropertyValue('sequence')).toBe(3);
  });

  it('gives the online link of a digital event only when it is passed for a confirmed participant', () => {
    const event = { ...TRYGGHETSDAG.event, onlineLink: 'https://teams.example/meet/secret' };
    const withoutLink = invite('REQUEST', event);
    const withLink = onlyVevent(readCalendar(invite('REQUEST', event, { onlineLink: event.onlineLink })));

    expect(withoutLink).not.toContain('secret');
    expect(onlyVevent(readCalendar(withoutLink)).getFirstPropertyValue('location')).toBe('Digitalt');
    expect(withLink.getFirstPropertyValue('location')).toBe('https://teams.example/meet/secret');
    expect(withLink.getFirstPropertyValue('description')).toContain(
      'Digitalt: https://teams.example/meet/secret',
    );
  });

  it('calls a digital event "Online" in English', () => {
    const english = { ...TRYGGHETSDAG.event, language: 'en' as const };

    expect(onlyVevent(readCalendar(invite('REQUEST', english))).getFirstPropertyValue('location')).toBe(
      'Online',
    );
  });

  it('says what the event is and where to read more', () => {
    const vevent = onlyVevent(readCalendar(invite('REQUEST')));

    expect(vevent.getFirstPropertyValue('summary')).toBe(TRYGGHETSDAG.event.title);
    expect(vevent.getFirstPropertyValue('description')).toBe(
      `${TRYGGHETSDAG.event.summary}\n\nI samarbete med Brottsförebyggande rådet (Brå)\n\nLäs mer och se programmet: ${eventUrlOf(TRYGGHETSDAG)}`,
    );
    expect(vevent.getFirstPropertyValue('url')).toBe(eventUrlOf(TRYGGHETSDAG));
  });

  it('invites to the study trip in København in Oslo time, with the Oslo VTIMEZONE', () => {
    const text = invite('REQUEST', KS_STUDY_TRIP.event);
    const vevent = onlyVevent(readCalendar(text));

    expect(text).toContain('\r\nDTSTART;TZID=Europe/Oslo:20110323T113000\r\n');
    expect(text).toContain('\r\nDTEND;TZID=Europe/Oslo:20110324T130000\r\n');
    expect(text).toContain('\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Oslo\r\n');
    expect(text).not.toContain('Europe/Stockholm');
    expect(vevent.getFirstPropertyValue('location')).toBe('København');
    expect(startInstant(vevent)).toBe(new Date(KS_STUDY_TRIP.event.startsAt).toISOString());
  });

  it.each([
    ['Anna "Annie" Berg', "Anna ^'Annie^' Berg", 'Anna "Annie" Berg'],
    ['Berg, Anna; Polis', 'Berg, Anna; Polis', 'Berg, Anna; Polis'],
    ['Anna\r\nBerg', 'Anna^nBerg', 'Anna\nBerg'],
    ['"\r\n"', "^'^n^'", '"\n"'],
    ['Berg \\ Anna ^', 'Berg \\ Anna ^^', 'Berg \\ Anna ^'],
    ['\r\n', 'anna.berg@malmo.se', 'anna.berg@malmo.se'],
  ])('writes the attendee %j as CN %j (RFC 6868), which a client reads as %j', (name, written, read) => {
    const text = invite('REQUEST', TRYGGHETSDAG.event, { attendee: { ...ATTENDEE, name } });
    const attendee = onlyVevent(readCalendar(text)).getFirstProperty('attendee');

    expect(attendee?.getParameter('cn')).toBe(read);
    expect(text.replace(/\r\n /g, '')).toContain(`;CN="${written}":MAILTO:anna.berg@malmo.se\r\n`);
  });
});
