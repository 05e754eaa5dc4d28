import type { Email } from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import { DEMO_ORGANISATIONS } from '#shared/demo/demo-organisations.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { applicationMessagesFor } from '#shared/i18n/application-messages.ts';
import { meetingMessagesFor } from '#shared/i18n/meeting-messages.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { selectionMessagesFor } from '#shared/i18n/selection-messages.ts';
import { listGroupMembers } from '#store/entities/group-member.ts';
import { putEventPage } from '#store/transactions/event-page.ts';
import { putOrganisation } from '#store/transactions/organisations.ts';
import { applicationForm, apply, type Member, team } from '#test/support/application-fixture.ts';
import { FIXTURE_TODAY } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { readCalendar, vevents } from '#test/support/read-calendar.ts';
import { inviteIn, mailTo } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

/**
 * Seed 004 as it happened: "Motorburen problematik" 2020–2021, applications before 6 November 2020, three digital
 * meetings dated (16 November, 15 December, 26 January, 09.00–12.00), the later ones decided together in the group.
 */
const SEED_ID = 'motorburen-problematik-2020';
const ONLINE_LINK = 'https://meet.example.se/motorburen-problematik';
const BEFORE_DEADLINE = '2020-10-20T08:00:00Z';
const AFTER_DEADLINE = '2020-11-06T09:00:00Z';
const a = applicationMessagesFor('sv');
const s = selectionMessagesFor('sv');
const m = meetingMessagesFor('sv');

/** Six municipalities of Västra Götaland and Halland whose teams meet every criterion. */
const SELECTED: [code: string, tag: string, name: string][] = [
  ['1480', 'goteborg', 'Göteborg'],
  ['1490', 'boras', 'Borås'],
  ['1485', 'uddevalla', 'Uddevalla'],
  ['1488', 'trollhattan', 'Trollhättan'],
  ['1496', 'skovde', 'Skövde'],
  ['1380', 'halmstad', 'Halmstad'],
];
const withoutPolice: Member[] = [['Ola Olsson', 'ola@lidkoping.se', 'Samordnare', 'municipality']];

let platform: TestPlatform;
afterAll(() => platform.stop());
let event: EventRecord;
let organiser: ReturnType<typeof asOrganiser>;
beforeAll(async () => {
  platform = await createTestPlatform(BEFORE_DEADLINE);
  const seed = demoEventPages(FIXTURE_TODAY).find((page) => page.event.id === SEED_ID);
  if (!seed) throw new Error(`the demo data lacks the seed ${SEED_ID}`);
  for (const organisation of DEMO_ORGANISATIONS) await putOrganisation(platform.table, organisation);
  event = { ...seed.event, onlineLink: ONLINE_LINK };
  await putEventPage(platform.table, { ...seed, event });
});

const membersOf = (tag: string) => team(`${tag}.seed`).map(([, email]) => email);
const allMembers = SELECTED.flatMap(([, tag]) => membersOf(tag));

describe('Motorburen problematik from the seed, from invitation to meeting 4', () => {
  it('shows the invitation as the seed has it: six places, three dated digital meetings, the rest decided together', async () => {
    const html = await (await platform.app.request(`/events/${SEED_ID}`)).text();
    expect(html).toContain(`${messagesFor('sv').selection(6)}.`);
    expect(html).toContain('måndag 16 november 2020, 09.00–12.00');
    expect(html).toContain('tisdag 15 december 2020, 09.00–12.00');
    expect(html).toContain('tisdag 26 januari 2021, 09.00–12.00');
    expect(html.split(messagesFor('sv').toBeDecided)).toHaveLength(5);
    expect(html).toContain('Polisregion Väst');
  });

  it('takes six of eight applications: one without a police representative and one without the commitment are refused', async () => {
    for (const [code, tag] of SELECTED) {
      expect((await apply(platform, event, applicationForm(code, team(`${tag}.seed`)))).status).toBe(201);
    }
    const lidköping = await apply(platform, event, applicationForm('1494', withoutPolice));
    expect(lidköping.status).toBe(422);
    expect(lidköping.html).toContain(a.errors.missingRepresentation(a.errors.missingNames.police));
    const kungälv = await apply(
      platform,
      event,
      applicationForm('1482', team('kungalv.seed'), { commitment: '' }),
    );
    expect(kungälv.status).toBe(422);
    expect(kungälv.html).toContain(a.errors.commitment);
    expect(await mailTo(platform.mailbox, 'ola@lidkoping.se')).toEqual([]);
    expect(await mailTo(platform.mailbox, 'kim.kungalv.seed@kommun.se')).toEqual([]);
  });

  it('lets the organisers select the six and send the decisions after the deadline', async () => {
    platform.setNow(AFTER_DEADLINE);
    organiser = asOrganiser(
      platform,
      await signedInOrganiser(platform, 'camilla.seed@lansstyrelsen.se', 'lansstyrelsen-vg', 'editor'),
    );
    for (const [code] of SELECTED) {
      expect((await organiser.post(`/organiser/events/${SEED_ID}/applications/${code}/select`)).status).toBe(
        200,
      );
    }
    const sent = await organiser.post(`/organiser/events/${SEED_ID}/applications/decisions`, {
      confirm: 'yes',
    });
    expect(await sent.text()).toContain(s.notices.decisionsSent(6, 0));
    expect(await listGroupMembers(platform.table, SEED_ID)).toHaveLength(12);
  });

  it('gives every member the first three meetings as invites, at 09.00 in Stockholm with the digital link', async () => {
    await platform.deliverOutbox();
    for (const address of allMembers) {
      const invites = (await mailTo(platform.mailbox, address)).filter((mail) => isInvite(mail));
      expect(invites.map((invite) => start(invite))).toEqual([
        '2020-11-16T09:00:00',
        '2020-12-15T09:00:00',
        '2021-01-26T09:00:00',
      ]);
      for (const invite of invites) {
        expect(inviteIn(invite).vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe(
          'Europe/Stockholm',
        );
        expect(inviteIn(invite).vevent.getFirstPropertyValue('location')).toBe(ONLINE_LINK);
      }
    }
  });

  it('dates meeting 4 through a poll that every member answers, and the date reaches every member’s feed', async () => {
    const poll = await organiser.post(`/organiser/events/${SEED_ID}/meetings/4/poll`, {
      'options.0.date': '2021-03-09',
      'options.0.startTime': '09:00',
      'options.0.endTime': '12:00',
      'options.1.date': '2021-03-11',
      'options.1.startTime': '13:00',
      'options.1.endTime': '16:00',
    });
    expect(await poll.text()).toContain(m.notices.pollSent(12));
    await platform.deliverOutbox();
    for (const [n, address] of allMembers.entries()) {
      const link = linkIn(await mailTo(platform.mailbox, address), m.mail.pollSubject(event.title, 4));
      const answer = await platform.app.request(`${link}/polls/4`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
        // Everyone can on the 11th; half of them only if need be on the 9th.
        body: new URLSearchParams({ 'answer.o1': n % 2 === 0 ? 'maybe' : 'no', 'answer.o2': 'yes' }),
      });
      expect(answer.status).toBe(200);
    }
    expect((await organiser.post(`/organiser/events/${SEED_ID}/meetings/4/poll/fix/o2`)).status).toBe(200);
    await platform.deliverOutbox();

    for (const address of allMembers) {
      const mail = await mailTo(platform.mailbox, address);
      const welcome = linkIn(mail, s.mail.selectedSubject(event.title));
      const feed = readCalendar(await (await platform.app.request(`${welcome}/meetings.ics`)).text());
      const meeting4 = vevents(feed).find((vevent) =>
        String(vevent.getFirstPropertyValue('summary')).endsWith('Träff 4'),
      );
      expect(meeting4?.getFirstPropertyValue('dtstart')?.toString()).toBe('2021-03-11T13:00:00');
      expect(meeting4?.getFirstPropertyValue('location')).toBe(ONLINE_LINK);
      expect(mail.filter((message) => isInvite(message)).map((invite) => start(invite))).toContain(
        '2021-03-11T13:00:00',
      );
    }
  });
});

const isInvite = (mail: Email) => mail.attachments.some((part) => part.mimeType === 'text/calendar');
const start = (mail: Email) => inviteIn(mail).vevent.getFirstPropertyValue('dtstart')?.toString();

/** The path of the member's personal link in the message with `subject`. */
function linkIn(mail: Email[], subject: string): string {
  const message = mail.find((candidate) => candidate.subject === subject);
  const path = message?.text?.match(/http:\/\/traffpunkt\.test(\/groups\/[\w-]+)/)?.[1];
  if (!path) throw new Error(`no group link in "${subject}"`);
  return path;
}
