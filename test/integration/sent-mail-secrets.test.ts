import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashEmail } from '#security/secret-token.ts';
import { applicationForm, apply, team } from '#test/support/application-fixture.ts';
import {
  putKsStudyTrip,
  putMotorburenProblematik,
  putTrygghetsdag,
} from '#test/support/conference-fixture.ts';
import { DRAMMEN_INVOICE_FIELDS } from '#test/support/invoice-fixture.ts';
import { signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { receivedMail } from '#test/support/read-mail.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';
import { tableItems } from '#test/support/table-snapshot.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';

let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
});

/**
 * The secret part of every link a mail or page carries that opens something: a sign-in, a booking, an application,
 * a delegation, an agenda feed.
 */
const secretsIn = (text: string) =>
  [...text.matchAll(/(?:traffpunkt\.test|localhost)\/[a-z/-]*\/([A-Za-z0-9_-]{32,})/g)].map(
    (match) => match[1] ?? '',
  );

describe('a mail once sent', () => {
  it('leaves no link that opens anything in the table: only its recipient’s hash, kind and times', async () => {
    await signedInOrganiser(platform, 'ulla@skr.se', 'skr');
    const conference = await putTrygghetsdag(platform.table, 'secrets-conference', { capacity: 10 });
    await postForm(
      platform.app,
      `/events/${conference.id}/sign-up`,
      signUpFields('Greta Berg', 'greta@umea.se'),
    );
    const group = await putMotorburenProblematik(platform.table, 'secrets-group');
    expect((await apply(platform, group, applicationForm('1486', team('stromstad')))).status).toBe(201);
    const trip = await putKsStudyTrip(platform.table, 'secrets-trip');
    const delegation = await postForm(platform.app, `/events/${trip.id}/delegation`, {
      organisation: 'Drammen',
      leadName: 'Leder Drammen',
      leadEmail: 'leder@drammen.kommune.no',
      'members.0.name': 'Ola Nordmann',
      'members.0.email': 'ola@drammen.kommune.no',
      'members.0.role': 'politician',
      ...DRAMMEN_INVOICE_FIELDS,
      intent: 'send-anyway',
    });
    expect(delegation.status).toBe(201);
    await platform.deliverOutbox();

    const mailed = (await receivedMail(platform.mailbox)).flatMap((mail) => secretsIn(mail.text ?? ''));
    // A sign-in link, a manage link, each member's link to the team's application, the delegation's links.
    expect(mailed.length).toBeGreaterThanOrEqual(6);
    // The agenda feed's address, which the manage page shows.
    const manageLink = (await receivedMail(platform.mailbox))
      .map((mail) => mail.text?.match(/\/manage\/[A-Za-z0-9_-]+/)?.[0])
      .find(Boolean);
    const managePage = await (await platform.app.request(manageLink ?? '')).text();
    const feeds = [
      ...new Set(
        [...managePage.matchAll(/\/agenda\/([A-Za-z0-9_-]{32,})\.ics/g)].map((match) => match[1] ?? ''),
      ),
    ];
    expect(feeds).toHaveLength(1);
    expect((await platform.app.request(`/agenda/${feeds[0]}.ics`)).status).toBe(200);
    const secrets = [...mailed, ...feeds];
    const items = (await tableItems(platform.table)).map((item) => JSON.stringify(item));
    expect(secrets.filter((secret) => items.some((item) => item.includes(secret)))).toEqual([]);

    const sent = (await tableItems(platform.table)).filter((item) => item.type === 'outbox');
    expect(sent.length).toBeGreaterThanOrEqual(4);
    for (const item of sent) {
      expect(item).toMatchObject({ status: 'sent', recipientHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(item).not.toHaveProperty('message');
      expect(item).not.toHaveProperty('mail');
    }
    expect(sent.map((item) => item.recipientHash)).toContain(hashEmail('greta@umea.se'));
  });
});
