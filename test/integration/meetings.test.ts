import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import type { Email } from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '#shared/domain/event.ts';
import { meetingMessagesFor } from '#shared/i18n/meeting-messages.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { getPoll } from '#store/entities/date-poll.ts';
import { getMeeting, meetingKey } from '#store/entities/meeting.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { transact } from '#store/table/send-transaction.ts';
import { meetingItem } from '#store/transactions/meetings.ts';
import { auditEntriesAbout, auditTrailLines } from '#test/support/audit-entries.ts';
import { putMotorburenProblematik } from '#test/support/conference-fixture.ts';
import { type MemberWithLink, putGroupMembers } from '#test/support/group-member-fixture.ts';
import { justBeforeTransaction } from '#test/support/just-before-transaction.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { readCalendar, vevents } from '#test/support/read-calendar.ts';
import { inviteIn, mailTo } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
const ONLINE_LINK = 'https://meet.example.se/motorburen-problematik';
const t = meetingMessagesFor('sv');

/** Two municipalities of the group, each with its municipal coordinator and its local police officer. */
const MUNICIPALITIES: [code: string, name: string][] = [
  ['1490', 'Borås'],
  ['1488', 'Trollhättan'],
];

let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
});

/**
 * The upcoming Motorburen problematik (meetings 1–3 dated and digital, 4–7 to be decided) with its members, as the
 * decisions make them, each with a link of their own, and a signed-in editor of Länsstyrelsen Västra Götaland.
 */
async function workingGroup(id: string) {
  platform.setNow(NOW);
  const event = await putMotorburenProblematik(platform.table, id, { onlineLink: ONLINE_LINK });
  const members = await putGroupMembers(platform.table, event, MUNICIPALITIES);
  const cookie = await signedInOrganiser(
    platform,
    `editor.${id}@lansstyrelsen.se`,
    'lansstyrelsen-vg',
    'editor',
  );
  return { event, members, organiser: asOrganiser(platform, cookie) };
}

const meetingPath = (event: EventRecord, number: number) =>
  `/organiser/events/${event.id}/meetings/${number}`;

/** The meeting form as the organiser's page fills it: the meeting's date and times, digital unless a city is given. */
function meetingForm(
  sequence: number,
  date: string,
  start: string,
  end: string,
  extra: Record<string, string> = {},
) {
  return { sequence: String(sequence), date, startTime: start, endTime: end, venueKind: 'digital', ...extra };
}

async function deliveredTo(member: MemberWithLink): Promise<Email[]> {
  await platform.deliverOutbox();
  return mailTo(platform.mailbox, member.member.email);
}

/** The members' messages about one meeting: their subjects start with the event and the meeting's number. */
async function meetingMail(member: MemberWithLink, event: EventRecord, number: number): Promise<Email[]> {
  return (await deliveredTo(member)).filter((mail) =>
    mail.subject?.startsWith(`${event.title}: träff ${number} `),
  );
}

async function feedOf(path: string): Promise<string> {
  const response = await platform.app.request(path);
  expect(response.status).toBe(200);
  return response.text();
}

/** Länsstyrelsen Västra Götaland's trail about the event, as `action: target` lines. */
const auditedChanges = (event: EventRecord) => auditTrailLines(platform.table, 'lansstyrelsen-vg', event.id);

/** The options of a date poll as the organisers' form sends them: each `[date, start, end]`. */
function pollForm(...options: [date: string, start: string, end: string][]) {
  return Object.fromEntries(
    options.flatMap(([date, start, end], n) => [
      [`options.${n}.date`, date],
      [`options.${n}.startTime`, start],
      [`options.${n}.endTime`, end],
    ]),
  );
}

/** A member's answers to a poll, posted through their link. */
function answerPoll(link: string, number: number, answers: Record<string, string>) {
  return platform.app.request(`${link}/polls/${number}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
    body: new URLSearchParams(Object.entries(answers).map(([option, value]) => [`answer.${option}`, value])),
  });
}

function meetingIn(feed: string, event: EventRecord, number: number) {
  return vevents(readCalendar(feed)).find(
    (vevent) => vevent.getFirstPropertyValue('uid') === `${event.id}.meeting-${number}@traffpunkt.se`,
  );
}

describe('a meeting to be decided gets its date', () => {
  let event: EventRecord;
  let members: MemberWithLink[];
  let organiser: ReturnType<typeof asOrganiser>;
  beforeAll(async () => {
    ({ event, members, organiser } = await workingGroup('mp-dated'));
  });

  it('sends every member the invite, REQUEST with the UID, SEQUENCE 1, Stockholm time and the digital link', async () => {
    const response = await organiser.post(
      meetingPath(event, 4),
      meetingForm(0, '2027-03-09', '09:00', '12:00'),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(t.notices.saved(4, members.length));

    for (const member of members) {
      const [mail, ...more] = await meetingMail(member, event, 4);
      expect(more).toEqual([]);
      const { method, vevent } = inviteIn(mail);
      expect(method).toBe('REQUEST');
      expect(vevent.getFirstPropertyValue('uid')).toBe(`${event.id}.meeting-4@traffpunkt.se`);
      expect(vevent.getFirstPropertyValue('sequence')).toBe(1);
      expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Stockholm');
      expect(vevent.getFirstPropertyValue('dtstart')?.toString()).toBe('2027-03-09T09:00:00');
      expect(vevent.getFirstPropertyValue('location')).toBe(ONLINE_LINK);
      expect(vevent.getFirstProperty('attendee')?.getFirstValue()).toBe(`MAILTO:${member.member.email}`);
      expect(mail?.text).toContain('tisdag 9 mars 2027, 09.00–12.00 (CET)');
    }
  });

  it('shows the meeting in every member’s feed with the link, and in the public feed without it', async () => {
    for (const member of members) {
      const feed = await feedOf(`/groups/${member.token}/meetings.ics`);
      const meeting = meetingIn(feed, event, 4);
      expect(meeting?.getFirstPropertyValue('location')).toBe(ONLINE_LINK);
      expect(meeting?.getFirstPropertyValue('sequence')).toBe(1);
    }
    const publicFeed = await feedOf(`/events/${event.id}/meetings.ics`);
    expect(meetingIn(publicFeed, event, 4)?.getFirstPropertyValue('location')).toBe('Digitalt');
    expect(publicFeed).not.toContain('meet.example.se');
  });

  it('sends a moved meeting with SEQUENCE raised, and the feeds follow', async () => {
    const response = await organiser.post(
      meetingPath(event, 4),
      meetingForm(1, '2027-03-10', '13:00', '16:00', {
        venueKind: 'place',
        venueName: 'Länsstyrelsen',
        venueAddress: 'Södra Hamngatan 3',
        venueCity: 'Göteborg',
      }),
    );
    expect(response.status).toBe(200);
    for (const member of members) {
      const mails = await meetingMail(member, event, 4);
      expect(mails.map(({ subject }) => subject)).toEqual([
        `${event.title}: träff 4 har fått ett datum`,
        `${event.title}: träff 4 är ändrad`,
      ]);
      const { method, vevent } = inviteIn(mails[1]);
      expect(method).toBe('REQUEST');
      expect(vevent.getFirstPropertyValue('sequence')).toBe(2);
      expect(vevent.getFirstPropertyValue('dtstart')?.toString()).toBe('2027-03-10T13:00:00');
      expect(vevent.getFirstPropertyValue('location')).toBe('Länsstyrelsen, Södra Hamngatan 3, Göteborg');
    }
    const feed = await feedOf(`/groups/${members[0]?.token}/meetings.ics`);
    expect(meetingIn(feed, event, 4)?.getFirstPropertyValue('sequence')).toBe(2);
  });

  it('cancels with METHOD:CANCEL, shows the meeting as cancelled in the feeds and as "Inställd" on the pages', async () => {
    const response = await organiser.post(`${meetingPath(event, 4)}/cancel`, {
      sequence: '2',
      confirm: 'yes',
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(t.notices.cancelled(4, members.length));
    for (const member of members) {
      const mails = await meetingMail(member, event, 4);
      expect(mails).toHaveLength(3);
      const { method, vevent } = inviteIn(mails[2]);
      expect(method).toBe('CANCEL');
      expect(vevent.getFirstPropertyValue('uid')).toBe(`${event.id}.meeting-4@traffpunkt.se`);
      expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
    }
    const memberFeed = await feedOf(`/groups/${members[0]?.token}/meetings.ics`);
    expect(meetingIn(memberFeed, event, 4)?.getFirstPropertyValue('status')).toBe('CANCELLED');
    const publicFeed = await feedOf(`/events/${event.id}/meetings.ics`);
    expect(meetingIn(publicFeed, event, 4)?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(await (await platform.app.request(`/groups/${members[0]?.token}`)).text()).toContain(t.cancelled);
    expect(await (await platform.app.request(`/events/${event.id}`)).text()).toContain(t.cancelled);
  });

  it('refuses to change a cancelled meeting', async () => {
    const response = await organiser.post(
      meetingPath(event, 4),
      meetingForm(3, '2027-03-11', '09:00', '12:00'),
    );
    expect(response.status).toBe(409);
    expect(await response.text()).toContain(t.notices.isCancelled);
  });

  it('records who dated, moved and cancelled it in the audit trail, and not the refused change', async () => {
    const entries = await auditEntriesAbout(platform.table, 'lansstyrelsen-vg', event.id);
    expect(entries.map(({ action }) => action).sort()).toEqual([
      'meeting-cancelled',
      'meeting-changed',
      'meeting-changed',
    ]);
    for (const entry of entries) {
      expect(entry).toMatchObject({
        actor: { email: 'editor.mp-dated@lansstyrelsen.se' },
        target: { kind: 'meeting', id: `${event.id}/4`, label: `Träff 4, ${event.title}` },
      });
    }
  });
});

describe('adding a meeting', () => {
  it('adds the next number, sends a dated one to every member, and refuses an eighth', async () => {
    const { event, members, organiser } = await workingGroup('mp-add');
    await platform.table.doc.send(
      new DeleteCommand({ TableName: platform.table.name, Key: meetingKey(event.id, 7) }),
    );
    const path = `/organiser/events/${event.id}/meetings`;
    const added = await organiser.post(path, {
      ...meetingForm(0, '2027-06-08', '09:00', '12:00'),
      agenda: 'Uppföljning',
      materials: 'Lägesbild https://example.se/lagesbild.pdf',
    });
    expect(added.status).toBe(200);
    expect(await added.text()).toContain(t.notices.added(7));
    const stored = await getMeeting(platform.table, event.id, 7);
    expect(stored?.meeting).toMatchObject({
      agenda: 'Uppföljning',
      materials: [{ title: 'Lägesbild', url: 'https://example.se/lagesbild.pdf' }],
      sequence: 0,
    });
    for (const member of members) {
      const [mail, ...more] = await meetingMail(member, event, 7);
      expect(more).toEqual([]);
      expect(inviteIn(mail).vevent.getFirstPropertyValue('sequence')).toBe(0);
      expect(mail?.text).toContain('Lägesbild: https://example.se/lagesbild.pdf');
    }
    const memberPage = await (await platform.app.request(`/groups/${members[0]?.token}`)).text();
    expect(memberPage).toContain('<a href="https://example.se/lagesbild.pdf">Lägesbild</a>');

    const eighth = await organiser.post(path, meetingForm(0, '2027-06-15', '09:00', '12:00'));
    expect(eighth.status).toBe(409);
    expect(await eighth.text()).toContain(t.notices.full(7));
    expect(await getMeeting(platform.table, event.id, 8)).toBeUndefined();
    expect(await auditedChanges(event)).toEqual([`meeting-added: Träff 7, ${event.title}`]);
  });
});

describe('two organisers saving the same meeting at once', () => {
  it('saves one change and tells the other theirs was not saved, and only the saved version is sent', async () => {
    const { event, members, organiser } = await workingGroup('mp-race');
    const cookie = await signedInOrganiser(
      platform,
      'colleague.mp-race@polisen.se',
      'polisregion-vast',
      'admin',
    );
    const colleague = asOrganiser(platform, cookie);
    const responses = await Promise.all([
      organiser.post(meetingPath(event, 5), meetingForm(0, '2027-04-06', '09:00', '12:00')),
      colleague.post(meetingPath(event, 5), meetingForm(0, '2027-04-07', '09:00', '12:00')),
    ]);
    const statuses = responses.map(({ status }) => status).sort();
    expect(statuses).toEqual([200, 409]);
    const refused = responses.find(({ status }) => status === 409);
    expect(await refused?.text()).toContain(t.notices.changedMeanwhile);

    const stored = await getMeeting(platform.table, event.id, 5);
    expect(stored?.meeting.sequence).toBe(1);
    const winner = responses[0]?.status === 200 ? '2027-04-06' : '2027-04-07';
    for (const member of members) {
      const mails = await meetingMail(member, event, 5);
      expect(mails).toHaveLength(1);
      expect(inviteIn(mails[0]).vevent.getFirstPropertyValue('dtstart')?.toString()).toBe(
        `${winner}T09:00:00`,
      );
    }
  });
});

describe('a fan-out cut short', () => {
  it('is finished by the scheduled jobs, and running them again sends nobody anything twice', async () => {
    const { event, members } = await workingGroup('mp-rerun');
    const before = await getMeeting(platform.table, event.id, 6);
    if (!before) throw new Error('no meeting 6');
    // The date was saved and its notice marked pending, but the run stopped before any member's invite was queued.
    const dated = {
      ...before.meeting,
      startsAt: '2027-05-04T07:00:00Z',
      endsAt: '2027-05-04T10:00:00Z',
      sequence: 1,
    };
    await transact(platform.table, [
      meetingItem(platform.table, dated, { expectedSequence: 0, notice: 'scheduled' }),
    ]);

    expect((await platform.runJobs()).memberNoticesFinished).toBe(1);
    expect((await platform.runJobs()).memberNoticesFinished).toBe(0);
    for (const member of members) {
      const mails = await meetingMail(member, event, 6);
      expect(mails).toHaveLength(1);
      expect(inviteIn(mails[0]).vevent.getFirstPropertyValue('sequence')).toBe(1);
    }
    expect((await getMeeting(platform.table, event.id, 6))?.noticePending).toBeUndefined();
  });
});

describe('a date poll', () => {
  let event: EventRecord;
  let members: MemberWithLink[];
  let organiser: ReturnType<typeof asOrganiser>;
  /** Each member's link from the poll's e-mail. */
  const pollLinks = new Map<string, string>();
  beforeAll(async () => {
    ({ event, members, organiser } = await workingGroup('mp-poll'));
  });

  const options = pollForm(
    ['2027-04-13', '09:00', '12:00'],
    ['2027-04-14', '13:00', '16:00'],
    ['2027-04-20', '09:00', '12:00'],
  );

  it('asks every member, each through a fresh link of their own', async () => {
    const response = await organiser.post(`${meetingPath(event, 4)}/poll`, options);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(t.notices.pollSent(members.length));
    for (const member of members) {
      const mails = (await deliveredTo(member)).filter(
        ({ subject }) => subject === t.mail.pollSubject(event.title, 4),
      );
      expect(mails).toHaveLength(1);
      const text = mails[0]?.text ?? '';
      expect(text).toContain('tisdag 13 april 2027, 09.00–12.00 (CEST)');
      expect(text).toContain('onsdag 14 april 2027, 13.00–16.00 (CEST)');
      const link = text.match(/\/groups\/[A-Za-z0-9_-]+/)?.[0];
      expect(link).toBeDefined();
      expect(link).not.toBe(`/groups/${member.token}`);
      pollLinks.set(member.member.memberId, link ?? '');
    }
    expect(new Set(pollLinks.values()).size).toBe(members.length);
  });

  it('takes each member’s answers through their link, and lets them change them', async () => {
    // Borås: the coordinator can on the 13th, the police officer if need be; both cannot on the 20th.
    // Trollhättan: the coordinator only on the 14th, and changes their mind to the 13th; the police officer never answers.
    const answers: [string, Record<string, string>][] = [
      ['1490-1', { o1: 'yes', o2: 'no', o3: 'no' }],
      ['1490-2', { o1: 'maybe', o2: 'yes', o3: 'no' }],
      ['1488-1', { o1: 'no', o2: 'yes', o3: 'yes' }],
      ['1488-1', { o1: 'yes', o2: 'yes', o3: 'no' }],
    ];
    for (const [memberId, answer] of answers) {
      const response = await answerPoll(pollLinks.get(memberId) ?? '', 4, answer);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(t.member.answerSaved);
    }
    const page = await (await platform.app.request(pollLinks.get('1488-1') ?? '')).text();
    expect(page).toMatch(/id="answer\.o1-yes" name="answer\.o1" value="yes" checked/);
    expect(page).toMatch(/id="answer\.o3-no" name="answer\.o3" value="no" checked/);
  });

  it('shows the organisers the answers per municipality and which times every municipality can make', async () => {
    const html = await (await organiser.get(meetingPath(event, 4))).text();
    expect(html).toContain(t.poll.answered(3, 4));
    const row = (municipality: string) =>
      html.slice(html.indexOf(`<th scope="row">${municipality}</th>`)).split('</tr>')[0] ?? '';
    expect(row('Borås')).toContain(`${t.poll.municipalityCan} (${t.poll.counts(1, 1, 0)})`);
    expect(row('Borås')).toContain(`${t.poll.municipalityCannot} (${t.poll.counts(0, 0, 2)})`);
    expect(row('Trollhättan')).toContain(`${t.poll.municipalityCan} (${t.poll.counts(1, 0, 0)})`);
    const totals = row(t.poll.total);
    expect(totals).toContain(t.poll.counts(2, 1, 0));
    expect(totals.match(new RegExp(t.poll.everyoneCan, 'g'))).toHaveLength(2);
    expect(totals).toContain(t.poll.someCannot('Borås, Trollhättan'));
  });

  it('fixes the date in one action: the poll closes, the meeting is dated, every member gets the invite and every feed shows it', async () => {
    const response = await organiser.post(`${meetingPath(event, 4)}/poll/fix/o1`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(
      t.notices.fixed(4, 'tisdag 13 april 2027, 09.00–12.00 (CEST)', members.length),
    );
    expect((await getPoll(platform.table, event.id, 4))?.status).toBe('closed');
    const meeting = (await getEventPage(platform.table, event.id))?.meetings.find(
      ({ number }) => number === 4,
    );
    expect(Date.parse(meeting?.startsAt ?? '')).toBe(Date.parse('2027-04-13T07:00:00Z'));
    for (const member of members) {
      const mails = await meetingMail(member, event, 4);
      expect(mails).toHaveLength(1);
      const { method, vevent } = inviteIn(mails[0]);
      expect(method).toBe('REQUEST');
      expect(vevent.getFirstPropertyValue('dtstart')?.toString()).toBe('2027-04-13T09:00:00');
      for (const link of [`/groups/${member.token}`, pollLinks.get(member.member.memberId)]) {
        const feed = await feedOf(`${link}/meetings.ics`);
        expect(meetingIn(feed, event, 4)?.getFirstPropertyValue('location')).toBe(ONLINE_LINK);
      }
    }
  });

  it('takes no answers once the date is fixed', async () => {
    const response = await answerPoll(pollLinks.get('1488-2') ?? '', 4, { o1: 'yes', o2: 'yes', o3: 'yes' });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain(t.member.pollClosed);
  });

  it('records the poll and the date fixed in the audit trail', async () => {
    expect(await auditedChanges(event)).toEqual([
      `date-poll-opened: Träff 4, ${event.title}`,
      `meeting-date-fixed: Träff 4, ${event.title}`,
    ]);
  });
});

describe('a date poll of a meeting an organiser dates or cancels by hand', () => {
  let event: EventRecord;
  let members: MemberWithLink[];
  let organiser: ReturnType<typeof asOrganiser>;
  beforeAll(async () => {
    ({ event, members, organiser } = await workingGroup('mp-by-hand'));
    for (const number of [5, 6, 7]) {
      const opened = await organiser.post(
        `${meetingPath(event, number)}/poll`,
        pollForm(['2027-05-11', '09:00', '12:00'], ['2027-05-12', '09:00', '12:00']),
      );
      expect(opened.status).toBe(200);
    }
  });

  it('closes when the meeting gets its date by hand: members no longer see it nor can answer it', async () => {
    const dated = await organiser.post(meetingPath(event, 5), meetingForm(0, '2027-05-18', '09:00', '12:00'));
    expect(dated.status).toBe(200);
    expect((await getPoll(platform.table, event.id, 5))?.status).toBe('closed');
    const page = await (await platform.app.request(`/groups/${members[0]?.token}`)).text();
    expect(page).not.toContain(t.member.pollQuestion(5));
    expect(page).toContain(t.member.pollQuestion(6));
    const answer = await answerPoll(`/groups/${members[0]?.token}`, 5, { o1: 'yes', o2: 'yes' });
    expect(answer.status).toBe(409);
    expect(await answer.text()).toContain(t.member.pollClosed);
    // The organisers see why the poll is closed without a time chosen from it.
    expect(await (await organiser.get(meetingPath(event, 5))).text()).toContain(t.poll.closedWithoutChoice);
  });

  it('closes when the meeting is cancelled', async () => {
    const cancelled = await organiser.post(`${meetingPath(event, 6)}/cancel`, {
      sequence: '0',
      confirm: 'yes',
    });
    expect(cancelled.status).toBe(200);
    expect((await getPoll(platform.table, event.id, 6))?.status).toBe('closed');
    const page = await (await platform.app.request(`/groups/${members[0]?.token}`)).text();
    expect(page).not.toContain(t.member.pollQuestion(6));
    expect((await answerPoll(`/groups/${members[0]?.token}`, 6, { o1: 'yes', o2: 'no' })).status).toBe(409);
  });

  it('stays open while a change leaves the meeting to be decided', async () => {
    const agenda = await organiser.post(meetingPath(event, 7), {
      ...meetingForm(0, '', '', ''),
      agenda: 'Uppföljning av åtgärderna',
    });
    expect(agenda.status).toBe(200);
    expect((await getPoll(platform.table, event.id, 7))?.status).toBe('open');
  });

  it('refuses a date set by hand while a poll is opened for the meeting, so no poll stays open beside a date', async () => {
    const dating = justBeforeTransaction(
      platform.table,
      ({ Put }) => Put?.Item?.SK === meetingKey(event.id, 4).SK && Put.Item.startsAt !== undefined,
      async () => {
        const opened = await organiser.post(
          `${meetingPath(event, 4)}/poll`,
          pollForm(['2027-05-11', '09:00', '12:00'], ['2027-05-12', '09:00', '12:00']),
        );
        expect(opened.status).toBe(200);
      },
    );
    try {
      const dated = await organiser.post(
        meetingPath(event, 4),
        meetingForm(0, '2027-05-18', '09:00', '12:00'),
      );
      expect(dated.status).toBe(409);
      expect(await dated.text()).toContain(t.notices.changedMeanwhile);
    } finally {
      dating.mockRestore();
    }
    expect((await getMeeting(platform.table, event.id, 4))?.meeting.startsAt).toBeUndefined();
    expect((await getPoll(platform.table, event.id, 4))?.status).toBe('open');
    for (const member of members) expect(await meetingMail(member, event, 4)).toEqual([]);
  });

  it('refuses to fix a poll’s time for a meeting that got its date meanwhile, and moves nothing', async () => {
    // The meeting is dated while its poll stays open (as before polls were closed by a date set by hand), just as
    // the organiser fixes the poll's time; its SEQUENCE is left as it was, so the store's condition that the meeting
    // is still to be decided is what refuses.
    const before = await getMeeting(platform.table, event.id, 7);
    if (!before) throw new Error('no meeting 7');
    const dated = { ...before.meeting, startsAt: '2027-06-01T07:00:00Z', endsAt: '2027-06-01T10:00:00Z' };
    const fixing = justBeforeTransaction(
      platform.table,
      ({ Update }) => Update?.UpdateExpression?.includes('fixedOptionId') ?? false,
      () =>
        transact(platform.table, [meetingItem(platform.table, dated, { expectedSequence: dated.sequence })]),
    );
    try {
      const response = await organiser.post(`${meetingPath(event, 7)}/poll/fix/o1`);
      expect(response.status).toBe(409);
      expect(await response.text()).toContain(t.notices.changedMeanwhile);
    } finally {
      fixing.mockRestore();
    }
    const after = await getMeeting(platform.table, event.id, 7);
    expect(after?.meeting).toEqual(dated);
    expect((await getPoll(platform.table, event.id, 7))?.status).toBe('open');
    for (const member of members) expect(await meetingMail(member, event, 7)).toEqual([]);
  });
});

describe('bad input', () => {
  let event: EventRecord;
  let members: MemberWithLink[];
  let organiser: ReturnType<typeof asOrganiser>;
  beforeAll(async () => {
    ({ event, members, organiser } = await workingGroup('mp-bad'));
  });

  async function nothingChanged() {
    expect((await getMeeting(platform.table, event.id, 5))?.meeting.sequence).toBe(0);
    expect(await getPoll(platform.table, event.id, 5)).toBeUndefined();
    for (const member of members) expect(await deliveredTo(member)).toEqual([]);
    expect(await auditedChanges(event)).toEqual([]);
  }

  it.each([
    ['a date that has passed', meetingForm(0, '2026-11-01', '09:00', '12:00'), t.errors.past],
    ['an end before the start', meetingForm(0, '2027-03-09', '12:00', '09:00'), t.errors.order],
    ['a date without times', meetingForm(0, '2027-03-09', '', ''), t.errors.bothTimes],
    [
      'a place without a town',
      meetingForm(0, '2027-03-09', '09:00', '12:00', { venueKind: 'place' }),
      t.errors.venueCity,
    ],
    [
      'a material without an address',
      { ...meetingForm(0, '', '', ''), materials: 'Lägesbild' },
      t.errors.material(1),
    ],
  ])('refuses %s in Swedish and changes nothing', async (_, form, message) => {
    const response = await organiser.post(meetingPath(event, 5), form);
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain(t.errorSummary);
    expect(html).toContain(message);
    await nothingChanged();
  });

  it.each([
    [
      'a single option',
      { 'options.0.date': '2027-04-13', 'options.0.startTime': '09:00', 'options.0.endTime': '12:00' },
      t.errors.options(2, 10),
    ],
    [
      'an option in the past',
      {
        'options.0.date': '2026-11-20',
        'options.0.startTime': '09:00',
        'options.0.endTime': '12:00',
        'options.1.date': '2027-04-14',
        'options.1.startTime': '09:00',
        'options.1.endTime': '12:00',
      },
      t.errors.past,
    ],
    [
      'an option ending before it starts',
      {
        'options.0.date': '2027-04-13',
        'options.0.startTime': '12:00',
        'options.0.endTime': '09:00',
        'options.1.date': '2027-04-14',
        'options.1.startTime': '09:00',
        'options.1.endTime': '12:00',
      },
      t.errors.order,
    ],
  ])('refuses a poll with %s in Swedish and asks nobody', async (_, form, message) => {
    const response = await organiser.post(`${meetingPath(event, 5)}/poll`, form);
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain(t.poll.errorSummary);
    expect(html).toContain(message);
    await nothingChanged();
  });

  it('refuses a poll for a meeting that has its date', async () => {
    const response = await organiser.post(
      `${meetingPath(event, 1)}/poll`,
      pollForm(['2027-04-13', '09:00', '12:00'], ['2027-04-14', '09:00', '12:00']),
    );
    expect(response.status).toBe(409);
    expect(await getPoll(platform.table, event.id, 1)).toBeUndefined();
  });

  it('refuses to take a dated meeting’s date away', async () => {
    const response = await organiser.post(meetingPath(event, 1), meetingForm(0, '', '', ''));
    expect(response.status).toBe(422);
    expect(await response.text()).toContain(t.errors.undated);
  });

  it('answers an unknown member link with a plain 404, without a hint, in the reader’s language', async () => {
    for (const path of ['/groups/not-a-real-token', '/groups/not-a-real-token/meetings.ics']) {
      const response = await platform.app.request(path, { headers: { 'accept-language': 'nb-NO,nb;q=0.9' } });
      expect(response.status).toBe(404);
      const html = await response.text();
      expect(html).not.toContain(event.title);
      expect(html).toContain(messagesFor('nb').notFound);
    }
  });

  it('answers a member’s link to a poll that does not exist in the event’s language', async () => {
    const norwegian = await putMotorburenProblematik(platform.table, 'mp-bad-nb', { language: 'nb' });
    const [member] = await putGroupMembers(platform.table, norwegian, MUNICIPALITIES);
    const response = await answerPoll(`/groups/${member?.token}`, 5, { o1: 'yes' });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain(messagesFor('nb').notFound);
  });

  it('refuses an answer that leaves an option out', async () => {
    await organiser.post(
      `${meetingPath(event, 6)}/poll`,
      pollForm(['2027-05-11', '09:00', '12:00'], ['2027-05-12', '09:00', '12:00']),
    );
    const response = await answerPoll(`/groups/${members[0]?.token}`, 6, { o1: 'yes' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain(t.member.answerSummary);
    expect(html).toContain(t.errors.answer);
  });
});

describe('who may see and change meetings', () => {
  it('lets viewers see the meetings but not change them, and shows another organisation nothing', async () => {
    const { event } = await workingGroup('mp-roles');
    const viewer = asOrganiser(
      platform,
      await signedInOrganiser(platform, 'viewer.mp-roles@lansstyrelsen.se', 'lansstyrelsen-vg', 'viewer'),
    );
    const page = await (await viewer.get(`/organiser/events/${event.id}/meetings`)).text();
    expect(page).toContain(t.title(event.title));
    expect(page).not.toContain(t.add);
    const refused = await viewer.post(meetingPath(event, 4), meetingForm(0, '2027-03-09', '09:00', '12:00'));
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe(workspaceMessagesFor('sv').forbidden);
    expect((await getMeeting(platform.table, event.id, 4))?.meeting.sequence).toBe(0);

    const stranger = asOrganiser(
      platform,
      await signedInOrganiser(platform, 'admin.mp-roles@skr.se', 'skr', 'admin'),
    );
    expect((await stranger.get(`/organiser/events/${event.id}/meetings`)).status).toBe(404);
  });

  it('sends the member page with no-referrer and no-store, and the group by municipality, not addresses', async () => {
    const { members } = await workingGroup('mp-page');
    const response = await platform.app.request(`/groups/${members[0]?.token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain(t.member.group('Borås, Trollhättan'));
    expect(html).toContain(ONLINE_LINK);
    for (const other of members.slice(1)) expect(html).not.toContain(other.member.email);
  });
});
