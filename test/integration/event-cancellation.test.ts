import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markEventCancelled } from '../../functions/store/event-cancellation-items.ts';
import { putTrygghetsdag } from '../support/conference-fixture.ts';
import { signedInOrganiser } from '../support/organiser-session.ts';
import { postForm } from '../support/post-form.ts';
import { inviteIn, mailTo } from '../support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '../support/test-platform.ts';

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

const cancelEvent = (eventId: string, confirm: boolean) =>
  platform.app.request(`/organiser/events/${eventId}/cancel-event`, {
    method: 'POST',
    headers: {
      cookie: organiser,
      origin: 'http://localhost',
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: confirm ? 'confirm=yes' : '',
  });

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
    await markEventCancelled(platform.table, 'cancel-interrupted', NOW);
    expect((await platform.runJobs()).cancellationNotices).toBe(3);
    expect((await platform.runJobs()).cancellationNotices).toBe(0);
    await platform.deliverOutbox();
    const notices = (await mailTo(platform.mailbox, 'katharina@cancel-interrupted.se')).filter((mail) =>
      mail.subject?.startsWith('Inställt'),
    );
    expect(notices).toHaveLength(1);
  });
});
