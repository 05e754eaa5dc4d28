import type { Email } from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastSessionNotice, participantWithAgenda } from '#test/support/agenda-fixture.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { inviteIn, mailTo } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const DRUG_SCENES = '1005-oppna-drogscener';
let platform: TestPlatform;
let organiser: string;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform('2026-11-22T10:00:00Z');
  organiser = await signedInOrganiser(platform, 'konferens@skr.se', 'skr', 'editor');
});

const saveProgramme = (eventId: string, programme: string) =>
  asOrganiser(platform, organiser).post(`/organiser/events/${eventId}/programme`, { programme });

/** The stored programme as the editor shows it, so a test can change one line and save it back. */
async function programmeText(eventId: string): Promise<string> {
  const html = await (
    await asOrganiser(platform, organiser).get(`/organiser/events/${eventId}/programme`)
  ).text();
  const text = html.match(/<textarea[^>]*>\n?([\s\S]*?)<\/textarea>/)?.[1] ?? '';
  return text
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"');
}

describe('when an organiser changes the programme', () => {
  it('a participant with the moved session on their agenda gets the new time with SEQUENCE+1 by e-mail', async () => {
    await putTrygghetsdag(platform.table, 'moved-session');
    await participantWithAgenda(platform, 'moved-session', 'mia@polisen.se', [DRUG_SCENES]);
    await participantWithAgenda(platform, 'moved-session', 'annan@polisen.se', []);
    const text = (await programmeText('moved-session')).replace(
      '10.05–10.30 Öppna drogscener',
      '10.06–10.30 Öppna drogscener',
    );
    const saved = await saveProgramme('moved-session', text);
    expect(saved.status).toBe(200);
    expect(await lastSessionNotice(platform, 'mia@polisen.se')).toMatchObject({
      subject: 'Ändrat i programmet: Öppna drogscener',
      method: 'REQUEST',
      uid: `moved-session.${DRUG_SCENES}@traffpunkt.se`,
      sequence: 1,
      starts: '2027-02-04T10:06:00',
    });
    expect((await mailTo(platform.mailbox, 'annan@polisen.se')).map((mail) => mail.subject)).not.toContain(
      'Ändrat i programmet: Öppna drogscener',
    );

    const again = await saveProgramme('moved-session', text);
    expect(again.status).toBe(200);
    await platform.deliverOutbox();
    const updates = (await mailTo(platform.mailbox, 'mia@polisen.se')).filter((mail) =>
      mail.subject?.startsWith('Ändrat'),
    );
    expect(updates).toHaveLength(1);
  });

  it('a removed session is withdrawn with METHOD:CANCEL under the same UID', async () => {
    await putTrygghetsdag(platform.table, 'removed-session');
    await participantWithAgenda(platform, 'removed-session', 'mia@polisen.se', [DRUG_SCENES]);
    const text = (await programmeText('removed-session'))
      .split('\n\n')
      .filter((block) => !block.includes('Öppna drogscener'))
      .join('\n\n');
    const saved = await saveProgramme('removed-session', text);
    expect(saved.status).toBe(200);
    expect(await lastSessionNotice(platform, 'mia@polisen.se')).toMatchObject({
      subject: 'Struket ur programmet: Öppna drogscener',
      method: 'CANCEL',
      status: 'CANCELLED',
      uid: `removed-session.${DRUG_SCENES}@traffpunkt.se`,
    });
  });
});

describe('when everything a participant holds is withdrawn', () => {
  const BRA = '1110-bras-kartlaggning';

  /**
   * A participant with the event's invite (their confirmation) and the invites of two sessions on their agenda, which
   * the organisers moved by five minutes (REQUEST, SEQUENCE 1). Their manage link, for cancelling.
   */
  async function holdingThreeInvites(eventId: string, email: string): Promise<string> {
    await putTrygghetsdag(platform.table, eventId);
    const link = await participantWithAgenda(platform, eventId, email, [DRUG_SCENES, BRA]);
    const moved = (await programmeText(eventId))
      .replace('10.05–10.30 Öppna drogscener', '10.10–10.30 Öppna drogscener')
      .replace('11.10–11.40 Brås kartläggning', '11.15–11.40 Brås kartläggning');
    expect((await saveProgramme(eventId, moved)).status).toBe(200);
    await platform.deliverOutbox();
    return link;
  }

  /** Every invite in the participant's mail, as their calendar reads it: METHOD, UID, SEQUENCE and STATUS. */
  const invitesIn = (mail: Email[]) =>
    mail
      .filter((message) => message.attachments.some(({ mimeType }) => mimeType === 'text/calendar'))
      .map(inviteIn)
      .map(({ method, vevent }) => ({
        method,
        uid: String(vevent.getFirstPropertyValue('uid')),
        sequence: Number(vevent.getFirstPropertyValue('sequence')),
        status: vevent.getFirstPropertyValue('status'),
      }));

  /** Each UID the participant got a REQUEST for has exactly one CANCEL, with a higher SEQUENCE than any REQUEST. */
  function expectEveryRequestCancelled(mail: Email[], eventId: string) {
    const invites = invitesIn(mail);
    const requests = invites.filter(({ method }) => method === 'REQUEST');
    const cancels = invites.filter(({ method }) => method === 'CANCEL');
    const held = [...new Set(requests.map(({ uid }) => uid))].sort();
    expect(held).toEqual(
      [eventId, `${eventId}.${DRUG_SCENES}`, `${eventId}.${BRA}`].map((id) => `${id}@traffpunkt.se`).sort(),
    );
    expect(cancels.map(({ uid }) => uid).sort()).toEqual(held);
    for (const cancel of cancels) {
      const highest = Math.max(
        ...requests.filter(({ uid }) => uid === cancel.uid).map(({ sequence }) => sequence),
      );
      expect(cancel.sequence, cancel.uid).toBeGreaterThan(highest);
      expect(cancel.status).toBe('CANCELLED');
    }
  }

  it('the event cancelled brings a CANCEL for the event and for each session, each outranking its REQUEST', async () => {
    await holdingThreeInvites('withdrawn-event', 'lina@polisen.se');
    const cancelled = await asOrganiser(platform, organiser).post(
      '/organiser/events/withdrawn-event/cancel-event',
      { confirm: 'yes' },
    );
    expect(cancelled.status).toBe(200);
    await platform.deliverOutbox();
    const mail = await mailTo(platform.mailbox, 'lina@polisen.se');
    expectEveryRequestCancelled(mail, 'withdrawn-event');
    expect(mail.map(({ subject }) => subject)).toContain(
      'Borttaget ur kalendern: Brås kartläggning om narkotikamarknader',
    );
    expect((await platform.runJobs()).cancellationNotices).toBe(0);
  });

  it('the registration cancelled by its holder does the same', async () => {
    const link = await holdingThreeInvites('withdrawn-registration', 'tove@polisen.se');
    await postForm(platform.app, `${link}/cancel`, { confirm: 'yes' });
    await platform.deliverOutbox();
    expectEveryRequestCancelled(await mailTo(platform.mailbox, 'tove@polisen.se'), 'withdrawn-registration');
  });
});
