import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Email } from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EventRecord } from '#shared/domain/event.ts';
import { meetingMessagesFor } from '#shared/i18n/meeting-messages.ts';
import { selectionMessagesFor } from '#shared/i18n/selection-messages.ts';
import { listReviewedApplications } from '#store/entities/application.ts';
import { getPoll } from '#store/entities/date-poll.ts';
import { meetingKey } from '#store/entities/meeting.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { applicationForm, apply, team } from '#test/support/application-fixture.ts';
import { putMotorburenProblematik, putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { putGroupMembers } from '#test/support/group-member-fixture.ts';
import { justBeforeTransaction } from '#test/support/just-before-transaction.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { inviteIn, mailTo } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
let organiser: string;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  organiser = await signedInOrganiser(platform, 'konferens@skr.se');
});

async function registerThree(eventId: string) {
  await putTrygghetsdag(platform.table, eventId, { capacity: 2 });
  for (const [name, email] of [
    ['Greta Berg', `greta@${eventId}.se`],
    ['Katharina Tollin', `katharina@${eventId}.se`],
    ['Oliver Berger', `oliver@${eventId}.se`],
  ]) {
    await postForm(platform.app, `/events/${eventId}/sign-up`, {
      name: name ?? '',
      email: email ?? '',
      organisation: 'Brå',
      organisationKind: 'statlig-myndighet',
      role: 'utredare',
    });
  }
  await platform.deliverOutbox();
}

const cancelEvent = (eventId: string, confirm: boolean, cookie = organiser) =>
  platform.app.request(`/organiser/events/${eventId}/cancel-event`, {
    method: 'POST',
    headers: {
      cookie,
      origin: 'http://localhost',
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: confirm ? 'confirm=yes' : '',
  });

/**
 * Stops the next run of notices as a crashed or timed-out one would: it fails when it queues message `queued + 1`,
 * once. Restore the spy it returns when done.
 */
function cutShortAfter(queued: number) {
  const { doc } = platform.table;
  const send = doc.send.bind(doc);
  let count = 0;
  return vi.spyOn(doc, 'send').mockImplementation((async (command: unknown) => {
    if (command instanceof PutCommand && command.input.Item?.type === 'outbox') {
      count += 1;
      if (count === queued + 1) throw new Error('the run was cut short');
    }
    return send(command as Parameters<typeof send>[0]);
  }) as typeof doc.send);
}

/** Cancels the event through the organisers' page with its run of notices cut short after `queued` messages. */
async function cancelCutShort(eventId: string, queued: number, cookie = organiser) {
  const cut = cutShortAfter(queued);
  try {
    expect((await cancelEvent(eventId, true, cookie)).status).toBe(500);
  } finally {
    cut.mockRestore();
  }
  expect((await getEventPage(platform.table, eventId))?.event.status).toBe('cancelled');
}

describe('an organiser cancelling an event', () => {
  it('must confirm it first; nothing changes without the confirmation', async () => {
    await registerThree('cancel-unconfirmed');
    const response = await cancelEvent('cancel-unconfirmed', false);
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('Kryssa i rutan för att bekräfta');
    expect(await (await platform.app.request('/events/cancel-unconfirmed')).text()).not.toContain(
      'Evenemanget är inställt.',
    );
  });

  it('tells everyone registered; confirmed participants get METHOD:CANCEL for the same UID with a higher SEQUENCE', async () => {
    await registerThree('cancel-event');
    const page = await (await cancelEvent('cancel-event', true)).text();
    expect(page).toContain('Evenemanget är inställt. 3 anmälda har fått besked.');
    await platform.deliverOutbox();

    const [confirmation, notice] = await mailTo(platform.mailbox, 'greta@cancel-event.se');
    expect(notice?.subject).toBe('Inställt: Trygghetsdag 2027 – Så arbetar vi mot narkotika');
    const invite = inviteIn(confirmation);
    const cancellation = inviteIn(notice);
    expect(cancellation.method).toBe('CANCEL');
    expect(cancellation.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancellation.vevent.getFirstPropertyValue('uid')).toBe(invite.vevent.getFirstPropertyValue('uid'));
    expect(Number(cancellation.vevent.getFirstPropertyValue('sequence'))).toBeGreaterThan(
      Number(invite.vevent.getFirstPropertyValue('sequence')),
    );

    const waitingNotice = (await mailTo(platform.mailbox, 'oliver@cancel-event.se')).at(-1);
    expect(waitingNotice?.subject).toBe('Inställt: Trygghetsdag 2027 – Så arbetar vi mot narkotika');
    expect(waitingNotice?.attachments).toEqual([]);

    expect(await (await platform.app.request('/events/cancel-event')).text()).toContain(
      'Evenemanget är inställt.',
    );
    const refused = await postForm(platform.app, '/events/cancel-event/sign-up', {
      name: 'Ny Person',
      email: 'ny@kommun.se',
      organisation: 'Kommun',
      organisationKind: 'kommun',
      role: 'samordnare',
    });
    expect(refused.status).toBe(409);
    expect((await platform.runJobs()).cancellationNotices).toBe(0);
  });

  it('is finished by the job when the notices were cut short, without telling anyone twice', async () => {
    await registerThree('cancel-interrupted');
    await cancelCutShort('cancel-interrupted', 1);
    expect((await platform.runJobs()).cancellationNotices).toBe(3);
    expect((await platform.runJobs()).cancellationNotices).toBe(0);
    await platform.deliverOutbox();
    const notices = (await mailTo(platform.mailbox, 'katharina@cancel-interrupted.se')).filter((mail) =>
      mail.subject?.startsWith('Inställt'),
    );
    expect(notices).toHaveLength(1);
  });
});

describe('an organiser cancelling a working group', () => {
  /** After the application deadline (2027-01-08 in Stockholm), when the organisers choose. */
  const AFTER_DEADLINE = '2027-01-08T08:00:00Z';
  const selection = selectionMessagesFor('sv');
  const meetings = meetingMessagesFor('sv');
  /** An editor of Länsstyrelsen Västra Götaland, signed in at the test's time: a session lasts hours, not weeks. */
  const signedInEditor = () =>
    signedInOrganiser(platform, 'editor.cancel@lansstyrelsen.se', 'lansstyrelsen-vg', 'editor');

  /** The meeting form giving meeting 4, still to be decided, its date. */
  const DATING_MEETING_4 = {
    sequence: '0',
    date: '2027-03-02',
    startTime: '09:00',
    endTime: '12:00',
    venueKind: 'digital',
  };

  const cancellationsOf = (mail: Email[], event: EventRecord) =>
    mail.filter(({ subject }) => subject?.startsWith(`Inställt: ${event.title}`));

  it('withdraws every meeting a member was invited to: METHOD:CANCEL, the same UID, a higher SEQUENCE', async () => {
    platform.setNow(NOW);
    const event = await putMotorburenProblematik(platform.table, 'mp-cancel-decided');
    for (const [code, tag] of [
      ['1490', 'boras'],
      ['1488', 'trollhattan'],
      ['1496', 'skovde'],
    ] as const) {
      await apply(platform, event, applicationForm(code, team(`${tag}.mp-cancel-decided`)));
    }
    platform.setNow(AFTER_DEADLINE);
    const editor = await signedInEditor();
    const organiserOfGroup = asOrganiser(platform, editor);
    for (const code of ['1490', '1488']) {
      const selected = await organiserOfGroup.post(
        `/organiser/events/${event.id}/applications/${code}/select`,
      );
      expect(selected.status).toBe(200);
    }
    const decisions = await organiserOfGroup.post(`/organiser/events/${event.id}/applications/decisions`, {
      confirm: 'yes',
    });
    expect(decisions.status).toBe(200);
    await platform.deliverOutbox();

    const response = await cancelEvent(event.id, true, editor);
    expect(response.status).toBe(200);
    await platform.deliverOutbox();
    for (const address of [
      'kim.boras.mp-cancel-decided@kommun.se',
      'pia.trollhattan.mp-cancel-decided@polisen.se',
    ]) {
      const mail = await mailTo(platform.mailbox, address);
      const invites = mail.filter(({ subject }) => subject === undefined || !subject.startsWith('Inställt'));
      const cancellations = cancellationsOf(mail, event);
      expect(cancellations.map(({ subject }) => subject).sort()).toEqual(
        [1, 2, 3].map((number) => meetings.mail.groupCancelledSubject(event.title, number)),
      );
      for (const cancellation of cancellations) {
        const { method, vevent } = inviteIn(cancellation);
        expect(method).toBe('CANCEL');
        expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
        const number = cancellation.subject?.match(/träff (\d)$/)?.[1];
        expect(vevent.getFirstPropertyValue('uid')).toBe(`${event.id}.meeting-${number}@traffpunkt.se`);
        const invite = invites
          .filter((message) => message.attachments.length > 0)
          .map(inviteIn)
          .find(
            ({ vevent: held }) => held.getFirstPropertyValue('uid') === vevent.getFirstPropertyValue('uid'),
          );
        expect(invite?.method).toBe('REQUEST');
        expect(Number(vevent.getFirstPropertyValue('sequence'))).toBeGreaterThan(
          Number(invite?.vevent.getFirstPropertyValue('sequence')),
        );
      }
    }
    // Skövde was told no before; the group's end is no news to them.
    expect(
      cancellationsOf(await mailTo(platform.mailbox, 'kim.skovde.mp-cancel-decided@kommun.se'), event),
    ).toEqual([]);
    expect((await platform.runJobs()).cancellationNotices).toBe(0);
  });

  it('closes its polls and takes no change after the cancellation, and its pages say why', async () => {
    platform.setNow(NOW);
    const event = await putMotorburenProblematik(platform.table, 'mp-cancel-frozen');
    const [member] = await putGroupMembers(platform.table, event, [['1490', 'Borås']]);
    await apply(platform, event, applicationForm('1488', team('trollhattan.mp-cancel-frozen')));
    const editor = await signedInEditor();
    const organiserOfGroup = asOrganiser(platform, editor);
    const pollOptions = {
      'options.0.date': '2027-03-02',
      'options.0.startTime': '09:00',
      'options.0.endTime': '12:00',
      'options.1.date': '2027-03-09',
      'options.1.startTime': '09:00',
      'options.1.endTime': '12:00',
    };
    expect(
      (await organiserOfGroup.post(`/organiser/events/${event.id}/meetings/4/poll`, pollOptions)).status,
    ).toBe(200);
    expect((await cancelEvent(event.id, true, editor)).status).toBe(200);
    const before = await getEventPage(platform.table, event.id);
    const applicationsBefore = await listReviewedApplications(platform.table, event.id);

    const meetingChanges = await Promise.all([
      organiserOfGroup.post(`/organiser/events/${event.id}/meetings`, {
        sequence: '0',
        date: '2027-06-08',
        startTime: '09:00',
        endTime: '12:00',
        venueKind: 'digital',
      }),
      organiserOfGroup.post(`/organiser/events/${event.id}/meetings/4`, DATING_MEETING_4),
      organiserOfGroup.post(`/organiser/events/${event.id}/meetings/4/cancel`, { confirm: 'yes' }),
      organiserOfGroup.post(`/organiser/events/${event.id}/meetings/5/poll`, pollOptions),
      organiserOfGroup.post(`/organiser/events/${event.id}/meetings/4/poll/fix/o1`),
    ]);
    for (const response of meetingChanges) {
      expect(response.status).toBe(409);
      expect(await response.text()).toBe(meetings.groupCancelled);
    }
    const applications = `/organiser/events/${event.id}/applications`;
    const choices = await Promise.all([
      organiserOfGroup.post(`${applications}/1488/review`, { notes: 'Stark', score: '80' }),
      organiserOfGroup.post(`${applications}/1488/select`),
      organiserOfGroup.post(`${applications}/decisions`, { confirm: 'yes' }),
    ]);
    for (const response of choices) {
      expect(response.status).toBe(409);
      expect(await response.text()).toBe(selection.notices.groupCancelled);
    }
    expect((await getEventPage(platform.table, event.id))?.meetings).toEqual(before?.meetings);
    expect(await listReviewedApplications(platform.table, event.id)).toEqual(applicationsBefore);

    // The poll closed with the group: its members no longer see it, nor can answer it.
    expect((await getPoll(platform.table, event.id, 4))?.status).toBe('closed');
    const memberPage = `/groups/${member?.token}`;
    expect(await (await platform.app.request(memberPage)).text()).not.toContain(
      meetings.member.pollQuestion(4),
    );
    const answer = await postForm(platform.app, `${memberPage}/polls/4`, {
      'answer.o1': 'yes',
      'answer.o2': 'no',
    });
    expect(answer.status).toBe(409);
    expect(await answer.text()).toContain(meetings.member.pollClosed);

    // The organisers' pages say why they offer no change.
    const meetingsPage = await (await organiserOfGroup.get(`/organiser/events/${event.id}/meetings`)).text();
    expect(meetingsPage).toContain(meetings.groupCancelled);
    expect(meetingsPage).not.toContain(meetings.addHeading);
    const meetingPage = await (await organiserOfGroup.get(`/organiser/events/${event.id}/meetings/4`)).text();
    expect(meetingPage).toContain(meetings.groupCancelled);
    expect(meetingPage).not.toContain(`action="/organiser/events/${event.id}/meetings/4/poll/fix/o1"`);
    const listPage = await (await organiserOfGroup.get(applications)).text();
    expect(listPage).toContain(selection.notices.groupCancelled);
    expect(listPage).not.toContain(`action="${applications}/decisions"`);
    expect(listPage).not.toContain(`action="${applications}/1488/select"`);
    expect(await (await organiserOfGroup.get(`${applications}/1488`)).text()).toContain(
      selection.notices.groupCancelled,
    );
  });

  /** Cancels the group on its event's page, as a colleague does while a change to it is on its way. */
  const cancelMeanwhile = (event: EventRecord, cookie: string) => async () => {
    expect((await cancelEvent(event.id, true, cookie)).status).toBe(200);
  };

  it('refuses a meeting dated as the group is cancelled, tells no member, and says why', async () => {
    platform.setNow(NOW);
    const event = await putMotorburenProblematik(platform.table, 'mp-cancel-race');
    const members = await putGroupMembers(platform.table, event, [['1490', 'Borås']]);
    const editor = await signedInEditor();
    const organiserOfGroup = asOrganiser(platform, editor);
    const dating = justBeforeTransaction(
      platform.table,
      ({ Put }) => Put?.Item?.SK === meetingKey(event.id, 4).SK,
      cancelMeanwhile(event, editor),
    );
    try {
      const dated = await organiserOfGroup.post(`/organiser/events/${event.id}/meetings/4`, DATING_MEETING_4);
      expect(dated.status).toBe(409);
      const html = await dated.text();
      expect(html).toContain(meetings.groupCancelled);
      expect(html).not.toContain(meetings.save);
    } finally {
      dating.mockRestore();
    }
    const meeting = (await getEventPage(platform.table, event.id))?.meetings.find(
      ({ number }) => number === 4,
    );
    expect(meeting?.startsAt).toBeUndefined();
    await platform.deliverOutbox();
    for (const { member } of members) {
      const about4 = (await mailTo(platform.mailbox, member.email)).filter(({ subject }) =>
        subject?.includes('träff 4'),
      );
      expect(about4).toEqual([]);
    }
  });

  it('refuses a municipality selected as the group is cancelled, and says why', async () => {
    platform.setNow(NOW);
    const event = await putMotorburenProblematik(platform.table, 'mp-cancel-choice');
    await apply(platform, event, applicationForm('1488', team('trollhattan.mp-cancel-choice')));
    platform.setNow(AFTER_DEADLINE);
    const editor = await signedInEditor();
    const organiserOfGroup = asOrganiser(platform, editor);
    const choosing = justBeforeTransaction(
      platform.table,
      ({ Update }) => Update?.UpdateExpression === 'ADD selectedCount :change',
      cancelMeanwhile(event, editor),
    );
    try {
      const selected = await organiserOfGroup.post(`/organiser/events/${event.id}/applications/1488/select`);
      expect(selected.status).toBe(409);
      expect(await selected.text()).toContain(selection.notices.groupCancelled);
    } finally {
      choosing.mockRestore();
    }
    const [trollhattan, ...others] = await listReviewedApplications(platform.table, event.id);
    expect(others).toEqual([]);
    expect(trollhattan?.review.selected).toBe(false);
  });

  it('tells the teams still waiting for a decision that the group will not take place', async () => {
    platform.setNow(NOW);
    const event = await putMotorburenProblematik(platform.table, 'mp-cancel-open');
    await apply(platform, event, applicationForm('1490', team('boras.mp-cancel-open')));
    expect((await cancelEvent(event.id, true, await signedInEditor())).status).toBe(200);
    await platform.deliverOutbox();
    for (const address of ['kim.boras.mp-cancel-open@kommun.se', 'pia.boras.mp-cancel-open@polisen.se']) {
      const [notice, ...more] = cancellationsOf(await mailTo(platform.mailbox, address), event);
      expect(more).toEqual([]);
      expect(notice?.subject).toBe(selection.mail.groupCancelledSubject(event.title));
      expect(notice?.text).toContain(selection.mail.groupCancelledBody(event.title));
      expect(notice?.attachments).toEqual([]);
    }
  });

  it('is finished by the job when the notices were cut short, telling each member and applicant once', async () => {
    platform.setNow(NOW);
    const event = await putMotorburenProblematik(platform.table, 'mp-cancel-cut');
    const members = await putGroupMembers(platform.table, event, [
      ['1490', 'Borås'],
      ['1488', 'Trollhättan'],
    ]);
    await apply(platform, event, applicationForm('1496', team('skovde.mp-cancel-cut')));
    // The run stops after meeting 1's four CANCELs and the first of meeting 2's.
    await cancelCutShort(event.id, 5, await signedInEditor());
    // Four members and the two people of Skövde's application.
    expect((await platform.runJobs()).cancellationNotices).toBe(6);
    expect((await platform.runJobs()).cancellationNotices).toBe(0);
    await platform.deliverOutbox();
    for (const { member } of members) {
      const cancellations = cancellationsOf(await mailTo(platform.mailbox, member.email), event);
      expect(cancellations.map(({ subject }) => subject).sort()).toEqual(
        [1, 2, 3].map((number) => meetings.mail.groupCancelledSubject(event.title, number)),
      );
    }
    const skovde = cancellationsOf(
      await mailTo(platform.mailbox, 'kim.skovde.mp-cancel-cut@kommun.se'),
      event,
    );
    expect(skovde).toHaveLength(1);
  });
});
