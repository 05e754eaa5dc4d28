import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastSessionNotice, participantWithAgenda } from '#test/support/agenda-fixture.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { mailTo } from '#test/support/read-mail.ts';
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
