import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import { DEMO_ORGANISATIONS } from '#shared/demo/demo-organisations.ts';
import type { GroupMember } from '#shared/domain/group-member.ts';
import { isScheduled, type ScheduledMeeting } from '#shared/domain/meeting.ts';
import { meetingInviteMail } from '#shared/mail/meeting-invite-mail.ts';
import { onlyVevent, readCalendar, startInstant } from '#test/support/read-calendar.ts';

const page = demoEventPages('2026-11-22').find(({ event }) => event.id === 'motorburen-problematik-2020');
if (!page) throw new Error('No Motorburen problematik 2020');
const ONLINE_LINK = 'https://meet.example.se/motorburen';
const event = { ...page.event, onlineLink: ONLINE_LINK };
const organisation = DEMO_ORGANISATIONS.find(({ id }) => id === event.organisationId);
if (!organisation) throw new Error('No organiser of Motorburen problematik');
const firstMeeting = firstDatedMeeting();
const member: GroupMember = {
  eventId: event.id,
  memberId: '1490-1',
  municipalityCode: '1490',
  municipality: 'Borås',
  name: 'Sara "Sassa" Lind',
  email: 'sara.lind@boras.se',
  title: 'Trygghetssamordnare',
  representation: 'municipality',
};
const context = {
  event,
  organisation,
  eventUrl: `https://traffpunkt.se/events/${event.id}`,
  now: new Date('2020-11-10T08:00:00Z'),
};

function mail(kind: 'scheduled' | 'moved' | 'cancelled', meeting: ScheduledMeeting = firstMeeting) {
  return meetingInviteMail(kind, context, meeting, member);
}

describe('a meeting invite to a group member', () => {
  it('asks meeting 1, 09.00–12.00 Stockholm time, into the calendar with its UID and SEQUENCE and the digital link', () => {
    const message = mail('scheduled');
    const content = message.calendar?.content ?? '';
    const vevent = onlyVevent(readCalendar(content));

    expect(message.to).toBe('sara.lind@boras.se');
    expect(message.subject).toBe(`${event.title}: träff 1 har fått ett datum`);
    expect(message.calendar?.method).toBe('REQUEST');
    expect(content).toContain('\r\nMETHOD:REQUEST\r\n');
    expect(content).toContain('\r\nDTSTART;TZID=Europe/Stockholm:20201116T090000\r\n');
    expect(content).toContain('\r\nDTEND;TZID=Europe/Stockholm:20201116T120000\r\n');
    expect(vevent.getFirstPropertyValue('uid')).toBe('motorburen-problematik-2020.meeting-1@traffpunkt.se');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(0);
    expect(vevent.getFirstPropertyValue('location')).toBe(ONLINE_LINK);
    expect(vevent.getFirstProperty('attendee')?.getParameter('cn')).toBe('Sara "Sassa" Lind');
    expect(Date.parse(startInstant(vevent))).toBe(Date.parse(firstMeeting.startsAt));
    expect(message.text).toContain('måndag 16 november 2020, 09.00–12.00 (CET)');
    expect(message.text).toContain(`Länk: ${ONLINE_LINK}`);
    expect(message.text).toContain(`arbetsgruppen ${event.title}`);
  });

  it('sends a moved meeting with its raised SEQUENCE, place, agenda and materials', () => {
    const moved: ScheduledMeeting = {
      ...firstMeeting,
      sequence: 2,
      venue: { kind: 'place', name: 'Länsstyrelsen', address: 'Södra Hamngatan 3', city: 'Göteborg' },
      agenda: 'Kartläggning',
      materials: [{ title: 'Lägesbild', url: 'https://example.se/lagesbild.pdf' }],
    };
    const message = mail('moved', moved);
    const vevent = onlyVevent(readCalendar(message.calendar?.content ?? ''));

    expect(message.subject).toBe(`${event.title}: träff 1 är ändrad`);
    expect(vevent.getFirstPropertyValue('sequence')).toBe(2);
    expect(vevent.getFirstPropertyValue('location')).toBe('Länsstyrelsen, Södra Hamngatan 3, Göteborg');
    expect(message.text).not.toContain(ONLINE_LINK);
    expect(message.text).toContain('Dagordning: Kartläggning');
    expect(message.text).toContain('Lägesbild: https://example.se/lagesbild.pdf');
  });

  it('cancels with the same UID, METHOD:CANCEL and STATUS:CANCELLED', () => {
    const message = mail('cancelled', { ...firstMeeting, cancelled: true, sequence: 1 });
    const content = message.calendar?.content ?? '';
    const vevent = onlyVevent(readCalendar(content));

    expect(message.calendar?.method).toBe('CANCEL');
    expect(content).toContain('\r\nMETHOD:CANCEL\r\n');
    expect(vevent.getFirstPropertyValue('uid')).toBe('motorburen-problematik-2020.meeting-1@traffpunkt.se');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(1);
    expect(message.subject).toBe(`${event.title}: träff 1 är inställd`);
  });

  it('withdraws each meeting of a cancelled group with one SEQUENCE more than its last invite', () => {
    const cancelledGroup = { ...context, event: { ...event, status: 'cancelled' as const } };
    const message = meetingInviteMail(
      'group-cancelled',
      cancelledGroup,
      { ...firstMeeting, sequence: 2 },
      member,
    );
    const vevent = onlyVevent(readCalendar(message.calendar?.content ?? ''));

    expect(message.calendar?.method).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('uid')).toBe('motorburen-problematik-2020.meeting-1@traffpunkt.se');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
    expect(message.subject).toBe(`Inställt: ${event.title}, träff 1`);
    expect(message.text).toContain(`Arrangörerna har ställt in arbetsgruppen ${event.title}.`);
    expect(message.text).not.toContain(ONLINE_LINK);
  });

  it('keeps a meeting cancelled before its group at the SEQUENCE its own CANCEL had', () => {
    const cancelledGroup = { ...context, event: { ...event, status: 'cancelled' as const } };
    const message = meetingInviteMail(
      'cancelled',
      cancelledGroup,
      { ...firstMeeting, cancelled: true, sequence: 2 },
      member,
    );
    expect(onlyVevent(readCalendar(message.calendar?.content ?? '')).getFirstPropertyValue('sequence')).toBe(
      2,
    );
  });

  it('writes in the event’s language', () => {
    const message = meetingInviteMail(
      'scheduled',
      { ...context, event: { ...event, language: 'nb' } },
      firstMeeting,
      member,
    );
    expect(message.subject).toBe(`${event.title}: samling 1 har fått en dato`);
  });
});

function firstDatedMeeting(): ScheduledMeeting {
  const meeting = page?.meetings.find(isScheduled);
  if (!meeting) throw new Error('No dated meeting');
  return meeting;
}
