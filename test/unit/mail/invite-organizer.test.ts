import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import type { Organisation } from '#shared/domain/organisation.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { inviteOrganizer } from '#shared/mail/invite-organizer.ts';
import { participantMail } from '#shared/mail/participant-mail.ts';
import { publishRefusal } from '#shared/organiser/publish-refusal.ts';
import { onlyVevent, readCalendar } from '#test/support/read-calendar.ts';

const page = demoEventPages('2026-11-22').find(({ event }) => event.id === 'trygghetsdag-2027');
if (!page) throw new Error('no Trygghetsdag 2027 in the demo');
/** Its page gives konferens@skr.se for questions about registration. */
const { event } = page;
const SKR: Organisation = {
  id: 'skr',
  name: 'Sveriges Kommuner och Regioner',
  kind: 'annan',
  country: 'SE',
  retentionDays: 90,
  replyTo: 'trygghetsdagen@skr.se',
};
const REGISTRATION: Registration = {
  id: 'r1',
  eventId: event.id,
  status: 'confirmed',
  name: 'Anna Berg',
  email: 'anna.berg@malmo.se',
  organisation: 'Malmö stad',
  organisationKind: 'kommun',
  role: 'samordnare',
  language: 'sv',
  createdAt: '2026-11-22T10:00:00Z',
};
const confirmation = (organisation: Organisation, contacts = event.contacts) =>
  participantMail(
    'confirmation',
    { event: { ...event, contacts }, organisation, eventUrl: 'https://traffpunkt.se/x', now: new Date(0) },
    REGISTRATION,
  );

describe('the ORGANIZER of an invite', () => {
  it("is the organisation at its reply-to address, though the event's page names another contact", () => {
    expect(inviteOrganizer(SKR, event)).toEqual({ name: SKR.name, email: 'trygghetsdagen@skr.se' });
    const organizer = onlyVevent(readCalendar(confirmation(SKR).calendar?.content ?? '')).getFirstProperty(
      'organizer',
    );
    expect(organizer?.getFirstValue()).toBe('mailto:trygghetsdagen@skr.se');
  });

  it("is the event's contact for an event published before a reply-to was required, and never a no-reply address", () => {
    const withoutReplyTo = { ...SKR, replyTo: undefined };
    expect(inviteOrganizer(withoutReplyTo, event)?.email).toBe('konferens@skr.se');
    expect(inviteOrganizer(withoutReplyTo, { contacts: [] })).toBeUndefined();
    const mail = confirmation(withoutReplyTo, []);
    expect(mail.calendar).toBeUndefined();
    expect(mail.text).toContain('Trygghetsdag 2027');
  });
});

describe('publishing', () => {
  it('waits for a reply-to address', () => {
    expect(publishRefusal({ ...SKR, replyTo: undefined })).toBe('no-reply-to');
    expect(publishRefusal(undefined)).toBe('no-reply-to');
    expect(publishRefusal(SKR)).toBeUndefined();
  });
});
