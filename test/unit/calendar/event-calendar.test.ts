import { describe, expect, it } from 'vitest';
import { eventCalendar, slotCalendar } from '#shared/calendar/event-calendar.ts';
import type { DemoEventPage } from '#shared/demo/demo-events.ts';
import { isMarker } from '#shared/domain/programme-slot.ts';
import { endInstant, onlyVevent, readCalendar, startInstant, vevents } from '#test/support/read-calendar.ts';
import { demoSlot, eventUrlOf, KS_STUDY_TRIP, NOW, TRYGGHETSDAG } from './calendar-fixtures.ts';

function calendarOf(page: DemoEventPage, includeBreaks?: boolean): string {
  return eventCalendar({ ...page, eventUrl: eventUrlOf(page), now: NOW, includeBreaks });
}

const uids = (text: string) =>
  vevents(readCalendar(text)).map((vevent) => vevent.getFirstPropertyValue('uid'));

describe("the event's calendar", () => {
  it('publishes Trygghetsdag and each of its sessions, without the breaks and the lunch', () => {
    const text = calendarOf(TRYGGHETSDAG);

    expect(text).toContain('\r\nMETHOD:PUBLISH\r\n');
    expect(uids(text)).toEqual([
      'trygghetsdag-2022@traffpunkt.se',
      ...TRYGGHETSDAG.slots
        .filter((slot) => slot.kind !== 'break' && slot.kind !== 'lunch')
        .map((slot) => `trygghetsdag-2022.${slot.id}@traffpunkt.se`),
    ]);
    expect(text).not.toMatch(/SUMMARY:(Paus|Lunch)\r\n/);
    expect(text).toContain('\r\nDTSTART;TZID=Europe/Stockholm:20220203T100000\r\n');
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
  });

  it('names the co-organisers in the event’s description, as its page does', () => {
    const [event] = vevents(readCalendar(calendarOf(TRYGGHETSDAG)));
    expect(event?.getFirstPropertyValue('description')).toContain(
      'I samarbete med Brottsförebyggande rådet (Brå)',
    );
    const alone = { ...TRYGGHETSDAG, event: { ...TRYGGHETSDAG.event, coOrganisers: [] } };
    expect(vevents(readCalendar(calendarOf(alone)))[0]?.getFirstPropertyValue('description')).not.toContain(
      'I samarbete med',
    );
  });

  it('includes the breaks and the lunch when asked to', () => {
    const text = calendarOf(TRYGGHETSDAG, true);

    expect(vevents(readCalendar(text))).toHaveLength(1 + TRYGGHETSDAG.slots.length);
    expect(text).toContain('\r\nUID:trygghetsdag-2022.1200-lunch@traffpunkt.se\r\n');
  });

  it('puts every session at the instant the programme gives, read back through the VTIMEZONE', () => {
    for (const page of [TRYGGHETSDAG, KS_STUDY_TRIP]) {
      const [event, ...sessions] = vevents(readCalendar(calendarOf(page, true)));
      const slotsByUid = new Map(
        page.slots.map((slot) => [`${page.event.id}.${slot.id}@traffpunkt.se`, slot]),
      );
      expect(event && startInstant(event)).toBe(new Date(page.event.startsAt).toISOString());
      // Markers such as "Slutt dag 1" mark a moment, not something to attend: no calendar entry.
      expect(sessions).toHaveLength(page.slots.filter((slot) => !isMarker(slot)).length);
      for (const session of sessions) {
        const slot = slotsByUid.get(String(session.getFirstPropertyValue('uid')));
        expect(startInstant(session)).toBe(slot && new Date(slot.startsAt).toISOString());
        if (slot?.endsAt) expect(endInstant(session)).toBe(new Date(slot.endsAt).toISOString());
      }
    }
  });

  it('describes a session by its speakers and its own text, at the place of the event', () => {
    const calendar = readCalendar(calendarOf(KS_STUDY_TRIP));
    const session = vevents(calendar).find(
      (vevent) =>
        vevent.getFirstPropertyValue('uid') ===
        'ks-studietur-mc-kriminalitet-2011.dag1-1345-hvem-rekrutteres@traffpunkt.se',
    );

    expect(session?.getFirstPropertyValue('summary')).toBe(
      'Hvem rekrutteres til rockergruppene? Hvorfor? Kan denne kunnskapen anvendes for å stoppe fødekæden?',
    );
    expect(session?.getFirstPropertyValue('description')).toBe(
      [
        'Christian Klement, Justitsministeriets forskningsenhed',
        'Jonas Markus Lindstad, Justitsministeriets forskningsenhed',
        'Maria Libak Pedersen, Justitsministeriets forskningsenhed',
        '',
        KS_STUDY_TRIP.event.title,
        eventUrlOf(KS_STUDY_TRIP),
      ].join('\n'),
    );
    expect(session?.getFirstPropertyValue('location')).toBe('København');
  });

  it('ends a session that has no end 30 minutes after it starts', () => {
    const text = slotCalendar({
      event: KS_STUDY_TRIP.event,
      slot: demoSlot(KS_STUDY_TRIP, 'dag1-1815-slutt'),
      eventUrl: eventUrlOf(KS_STUDY_TRIP),
      now: NOW,
    });

    expect(text).toContain('\r\nDTSTART;TZID=Europe/Oslo:20110323T181500\r\n');
    expect(text).toContain('\r\nDTEND;TZID=Europe/Oslo:20110323T184500\r\n');
  });

  it("gives each session its own SEQUENCE, 0 before the session's first change", () => {
    const moved = { ...demoSlot(TRYGGHETSDAG, '1005-oppna-drogscener'), sequence: 2 };
    const slots = TRYGGHETSDAG.slots.map((slot) => (slot.id === moved.id ? moved : slot));
    const calendar = readCalendar(
      eventCalendar({ ...TRYGGHETSDAG, slots, eventUrl: 'https://x.se', now: NOW }),
    );
    const sequences = new Map(
      vevents(calendar).map((vevent) => [
        vevent.getFirstPropertyValue('uid'),
        vevent.getFirstPropertyValue('sequence'),
      ]),
    );

    expect(sequences.get('trygghetsdag-2022.1005-oppna-drogscener@traffpunkt.se')).toBe(2);
    expect(sequences.get('trygghetsdag-2022.1000-inledning@traffpunkt.se')).toBe(0);
  });

  it("writes a session's own calendar with the UID the session has in the event's calendar", () => {
    const slot = demoSlot(TRYGGHETSDAG, '1005-oppna-drogscener');
    const text = slotCalendar({
      event: TRYGGHETSDAG.event,
      slot,
      eventUrl: eventUrlOf(TRYGGHETSDAG),
      now: NOW,
    });
    const session = onlyVevent(readCalendar(text));

    expect(text).toContain('\r\nMETHOD:PUBLISH\r\n');
    expect(session.getFirstPropertyValue('uid')).toBe(
      'trygghetsdag-2022.1005-oppna-drogscener@traffpunkt.se',
    );
    expect(uids(calendarOf(TRYGGHETSDAG))).toContain(session.getFirstPropertyValue('uid'));
    expect(text).toContain('\r\nDTSTART;TZID=Europe/Stockholm:20220203T100500\r\n');
    expect(text).toContain('\r\nDTEND;TZID=Europe/Stockholm:20220203T103000\r\n');
  });

  it('marks the event and every session cancelled when the event is, each one SEQUENCE higher', () => {
    const slots = TRYGGHETSDAG.slots.map((slot) =>
      slot.id === '1005-oppna-drogscener' ? { ...slot, sequence: 2 } : slot,
    );
    const standing = { ...TRYGGHETSDAG, slots };
    const cancelled = { ...standing, event: { ...TRYGGHETSDAG.event, status: 'cancelled' as const } };
    const entries = (page: DemoEventPage) =>
      new Map(
        vevents(readCalendar(calendarOf(page)))
          .slice(1)
          .map((vevent) => [
            String(vevent.getFirstPropertyValue('uid')),
            [vevent.getFirstPropertyValue('status'), vevent.getFirstPropertyValue('sequence')],
          ]),
      );

    expect(entries(standing).get('trygghetsdag-2022.1005-oppna-drogscener@traffpunkt.se')).toEqual([null, 2]);
    expect(entries(cancelled).get('trygghetsdag-2022.1005-oppna-drogscener@traffpunkt.se')).toEqual([
      'CANCELLED',
      3,
    ]);
    expect(new Set([...entries(cancelled).values()].map(([status]) => status))).toEqual(
      new Set(['CANCELLED']),
    );
    expect(entries(cancelled).get('trygghetsdag-2022.1000-inledning@traffpunkt.se')).toEqual([
      'CANCELLED',
      1,
    ]);
  });
});
