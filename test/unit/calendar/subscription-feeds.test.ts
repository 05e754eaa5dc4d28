import { describe, expect, it } from 'vitest';
import { agendaFeed } from '#shared/calendar/agenda-feed.ts';
import { seriesFeed } from '#shared/calendar/series-feed.ts';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import { readCalendar, vevents } from '#test/support/read-calendar.ts';
import { demoSlot, eventUrlOf, KS_STUDY_TRIP, NOW, TRYGGHETSDAG } from './calendar-fixtures.ts';

const HOSTILE_TITLE = 'Trygghet, säkerhet; "samverkan"\r\nDag 2 \\ 🚓 ';

const unfolded = (text: string) => text.replace(/\r\n[ \t]/g, '');
/** A feed is read again and again, not imported once: RFC 7986 gives it no METHOD (RFC 5546's iTIP has one). */
const methodsOf = (text: string) =>
  unfolded(text)
    .split('\r\n')
    .filter((line) => line.startsWith('METHOD'));

describe('the personal agenda feed', () => {
  it('is a valid subscription with the event, the picked sessions and a refresh interval', () => {
    const text = agendaFeed({
      event: KS_STUDY_TRIP.event,
      picked: [KS_STUDY_TRIP.slots[1], KS_STUDY_TRIP.slots[3]].filter((slot) => slot !== undefined),
      eventUrl: eventUrlOf(KS_STUDY_TRIP),
      registrationCancelled: false,
      now: NOW,
    });
    const calendar = readCalendar(text);
    expect(vevents(calendar)).toHaveLength(3);
    expect(methodsOf(text)).toEqual([]);
    expect(unfolded(text)).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
    expect(unfolded(text)).toContain('\r\nX-PUBLISHED-TTL:PT1H\r\n');
    expect(unfolded(text)).toContain(`X-WR-CALNAME:${KS_STUDY_TRIP.event.title} – mitt program`);
  });

  it('escapes a hostile event title in the feed name, so strict parsers read it back whole', () => {
    const event = { ...TRYGGHETSDAG.event, title: HOSTILE_TITLE };
    const text = agendaFeed({
      event,
      picked: [demoSlot(TRYGGHETSDAG, '1005-oppna-drogscener')],
      eventUrl: eventUrlOf(TRYGGHETSDAG),
      registrationCancelled: false,
      now: NOW,
    });
    readCalendar(text);
    // TEXT escaping (RFC 5545, 3.3.11): ical.js leaves X- properties raw, so the escaped form is what to compare.
    expect(unfolded(text)).toContain(
      '\r\nX-WR-CALNAME:Trygghet\\, säkerhet\\; "samverkan"\\nDag 2 \\\\ 🚓  – mitt program\r\n',
    );
  });

  it('carries the sessions of a cancelled event cancelled, one SEQUENCE above their own', () => {
    const text = agendaFeed({
      event: { ...TRYGGHETSDAG.event, status: 'cancelled', sequence: 1 },
      picked: [{ ...demoSlot(TRYGGHETSDAG, '1005-oppna-drogscener'), sequence: 2 }],
      eventUrl: eventUrlOf(TRYGGHETSDAG),
      registrationCancelled: false,
      now: NOW,
    });
    expect(
      vevents(readCalendar(text)).map((vevent) => [
        vevent.getFirstPropertyValue('status'),
        vevent.getFirstPropertyValue('sequence'),
      ]),
    ).toEqual([
      ['CANCELLED', 1],
      ['CANCELLED', 3],
    ]);
  });

  it('comes back with every entry cancelled once the registration is cancelled', () => {
    const text = agendaFeed({
      event: TRYGGHETSDAG.event,
      picked: [demoSlot(TRYGGHETSDAG, '1005-oppna-drogscener')],
      eventUrl: eventUrlOf(TRYGGHETSDAG),
      registrationCancelled: true,
      now: NOW,
    });
    expect(vevents(readCalendar(text)).map((vevent) => vevent.getFirstPropertyValue('status'))).toEqual([
      'CANCELLED',
      'CANCELLED',
    ]);
  });
});

describe('the meeting series feed', () => {
  const workingGroup = demoEventPages('2026-11-22').find(
    (page) => page.event.id === 'motorburen-problematik-2020',
  );

  it('holds only the dated meetings, in Stockholm time', () => {
    if (!workingGroup) throw new Error('no working group in the demo');
    const text = seriesFeed({ ...workingGroup, eventUrl: eventUrlOf(workingGroup), now: NOW });
    const meetings = vevents(readCalendar(text));
    expect(methodsOf(text)).toEqual([]);
    expect(meetings.map((meeting) => meeting.getFirstPropertyValue('uid'))).toEqual([
      'motorburen-problematik-2020.meeting-1@traffpunkt.se',
      'motorburen-problematik-2020.meeting-2@traffpunkt.se',
      'motorburen-problematik-2020.meeting-3@traffpunkt.se',
    ]);
    expect(unfolded(text)).toContain('DTSTART;TZID=Europe/Stockholm:20201116T090000');
  });
});
