import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '#http/app.tsx';
import { loadDemoData } from '#operations/demo/load-demo-data.ts';
import { signInLinkFor } from '#operations/organisers/organiser-sign-in.ts';
import { hashEmail, hashSecret } from '#security/secret-token.ts';
import { getOrganisation, listOrganisations } from '#store/entities/organisation.ts';
import { getOrganiserAccount } from '#store/reads/organiser-account.ts';
import { putOrganisation } from '#store/transactions/organisations.ts';
import { putOrganiser, removeMember } from '#store/transactions/organiser-accounts.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser, signInAsOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { tableItems } from '#test/support/table-snapshot.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';
import { createTestTable } from '#test/support/test-table.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
afterAll(() => platform.stop());

beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  // The demo Trygghetsdag is SKR's, co-organised by Brå.
  await putTrygghetsdag(platform.table, 'accounts-conference');
  await putOrganiser(platform.table, hashEmail('konferens@skr.se'), {
    email: 'konferens@skr.se',
    name: 'Konferens SKR',
    organisationId: 'skr',
    role: 'admin',
  });
});

// Each test starts an hour after the last, in a window of its own for the sign-in rate limits (per client and
// address), which every request here shares.
let testStart = Date.parse(NOW);
beforeEach(() => {
  testStart += 3_600_000;
  platform.setNow(new Date(testStart).toISOString());
});
const at = (instant: string) => platform.setNow(instant);
const minutesAfter = (minutes: number) => new Date(testStart + minutes * 60_000).toISOString();

async function requestLink(email: string, app = platform.app, origin = 'http://localhost'): Promise<string> {
  await postForm(app, '/organiser/sign-in', { email }, origin);
  await platform.deliverOutbox();
  const link = (await mailTo(platform.mailbox, email))
    .at(-1)
    ?.text?.match(/https?:\/\/\S+\/organiser\/sign-in\/[\w-]+/)?.[0];
  if (!link) throw new Error(`no link reached ${email}`);
  return link;
}
const pathOf = (link: string) => new URL(link).pathname;

describe('the sign-in link', () => {
  it('answers an unknown address exactly as a known one, and sends it nothing', async () => {
    const known = await postForm(platform.app, '/organiser/sign-in', { email: 'konferens@skr.se' });
    const unknown = await postForm(platform.app, '/organiser/sign-in', { email: 'nobody@example.com' });
    await platform.deliverOutbox();
    expect(unknown.status).toBe(known.status);
    expect(await unknown.text()).toBe(await known.text());
    expect(await mailTo(platform.mailbox, 'nobody@example.com')).toEqual([]);
  });

  it('is stored only as the SHA-256 of its token', async () => {
    const token =
      pathOf(await requestLink('konferens@skr.se'))
        .split('/')
        .at(-1) ?? '';
    const items = await tableItems(platform.table);
    const stored = items.filter((item) => item.PK === `SIGNIN#${hashSecret(token)}`);
    expect(stored).toHaveLength(1);
    const withToken = items.filter((item) => item.type !== 'outbox' && JSON.stringify(item).includes(token));
    expect(withToken).toEqual([]);
  });

  it('works once', async () => {
    const path = pathOf(await requestLink('konferens@skr.se'));
    expect((await postForm(platform.app, path, {})).status).toBe(303);
    const again = await postForm(platform.app, path, {});
    expect(again.status).toBe(400);
    expect(again.headers.get('set-cookie')).toBeNull();
  });

  it('works until ten minutes have passed, and not from then on', async () => {
    const early = pathOf(await requestLink('konferens@skr.se'));
    const late = pathOf(await requestLink('konferens@skr.se'));
    at(minutesAfter(9.9));
    expect((await postForm(platform.app, early, {})).status).toBe(303);
    at(minutesAfter(10));
    expect((await postForm(platform.app, late, {})).status).toBe(400);
    at(minutesAfter(0));
  });

  it('can be handed to whoever runs the platform, as `npm start` prints one for the demo admin', async () => {
    const context = {
      table: platform.table,
      clock: () => new Date(testStart),
      publicBaseUrl: 'http://traffpunkt.test',
      linkSecret: platform.context.linkSecret,
    };
    const link = await signInLinkFor(context, 'konferens@skr.se');
    expect(link).toMatch(/^http:\/\/traffpunkt\.test\/organiser\/sign-in\/[\w-]{43}$/);
    expect((await postForm(platform.app, pathOf(link ?? ''), {})).status).toBe(303);
    expect(await signInLinkFor(context, 'nobody@example.com')).toBeUndefined();
  });

  it('refuses a made-up token', async () => {
    expect((await postForm(platform.app, '/organiser/sign-in/not-a-real-token', {})).status).toBe(400);
  });
});

describe('the session', () => {
  it('is an HttpOnly, SameSite=Lax cookie for the whole site, not Secure in a local run over plain HTTP', async () => {
    const response = await postForm(platform.app, pathOf(await requestLink('konferens@skr.se')), {});
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^traffpunkt-session=[\w-]{43};/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure|Domain/);
  });

  it('is a __Host- cookie and Secure over HTTPS, as in AWS', async () => {
    const https = createApp({
      table: platform.table,
      clock: () => new Date(testStart),
      publicBaseUrl: 'https://traffpunkt.se',
      linkSecret: platform.context.linkSecret,
    });
    const link = await requestLink('konferens@skr.se', https, 'https://traffpunkt.se');
    expect(link).toMatch(/^https:\/\/traffpunkt\.se\//);
    const response = await postForm(https, pathOf(link), {}, 'https://traffpunkt.se');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-traffpunkt-session=[\w-]{43}; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    const signedIn = await https.request('/organiser', { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(signedIn.status).toBe(200);
  });

  it('ends after 30 minutes without a request, while each request moves that on', async () => {
    const organiser = asOrganiser(platform, await signInAsOrganiser(platform, 'konferens@skr.se'));
    at(minutesAfter(29));
    expect((await organiser.get('/organiser')).status).toBe(200);
    at(minutesAfter(58));
    expect((await organiser.get('/organiser')).status).toBe(200);
    at(minutesAfter(88.5));
    const expired = await organiser.get('/organiser');
    expect(expired.status).toBe(303);
    expect(expired.headers.get('location')).toBe('/organiser/sign-in');
    at(minutesAfter(0));
  });

  it('ends eight hours after signing in, however busy the organiser is', async () => {
    const organiser = asOrganiser(platform, await signInAsOrganiser(platform, 'konferens@skr.se'));
    for (let minutes = 20; minutes < 480; minutes += 20) {
      at(minutesAfter(minutes));
      expect((await organiser.get('/organiser')).status).toBe(200);
    }
    at(minutesAfter(480));
    expect((await organiser.get('/organiser')).status).toBe(303);
    at(minutesAfter(0));
  });

  it('ends in the store at sign-out, so a copy of the cookie stops working too', async () => {
    const cookie = await signInAsOrganiser(platform, 'konferens@skr.se');
    const organiser = asOrganiser(platform, cookie);
    const signedOut = await organiser.post('/organiser/sign-out');
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('set-cookie')).toMatch(/^traffpunkt-session=;/);
    expect((await organiser.get('/organiser')).status).toBe(303);
    const token = cookie.split('=')[1] ?? '';
    const sessions = (await tableItems(platform.table)).filter(
      (item) => item.PK === `SESSION#${hashSecret(token)}`,
    );
    expect(sessions).toEqual([]);
  });
});

describe('organisers of several organisations', () => {
  it('act for one at a time and switch between their own organisations only', async () => {
    await putOrganiser(platform.table, hashEmail('samordnare@bra.se'), {
      email: 'samordnare@bra.se',
      name: 'Samordnare',
      organisationId: 'skr',
      role: 'viewer',
    });
    const cookie = await signedInOrganiser(platform, 'samordnare@bra.se', 'bra', 'editor');
    const organiser = asOrganiser(platform, cookie);
    const first = await (await organiser.get('/organiser')).text();
    expect(first).toContain('Brottsförebyggande rådet (Brå)');
    expect(first).toContain('href="/organiser/organisation"');

    const switched = await organiser.post('/organiser/organisation', { organisationId: 'skr' });
    expect(switched.status).toBe(303);
    const now = await (await organiser.get('/organiser')).text();
    expect(now).toContain('Sveriges Kommuner och Regioner (SKR)');
    // A viewer at SKR: reads the event, may not change it.
    expect(
      (await organiser.post('/organiser/events/accounts-conference/waiting-list', { mode: 'immediate' }))
        .status,
    ).toBe(403);

    expect((await organiser.post('/organiser/organisation', { organisationId: 'ks' })).status).toBe(403);
    expect(await (await organiser.get('/organiser')).text()).toContain(
      'Sveriges Kommuner och Regioner (SKR)',
    );
  });

  it('lose an organisation at once when an admin removes them, and keep the others', async () => {
    await putOrganiser(platform.table, hashEmail('tva@skr.se'), {
      email: 'tva@skr.se',
      name: 'Två',
      organisationId: 'ks',
      role: 'editor',
    });
    const organiser = asOrganiser(platform, await signedInOrganiser(platform, 'tva@skr.se', 'skr', 'editor'));
    await organiser.post('/organiser/organisation', { organisationId: 'skr' });
    expect((await organiser.get('/organiser/events/accounts-conference')).status).toBe(200);
    await removeMember(
      platform.table,
      { email: 'tva@skr.se', name: 'Två', organisationId: 'skr', role: 'editor' },
      [],
    );
    expect((await organiser.get('/organiser/events/accounts-conference')).status).toBe(404);
    expect(await (await organiser.get('/organiser')).text()).toContain('KS – Kommunesektorens organisasjon');
  });

  it('whose only organisation removes them are signed out and get no more links', async () => {
    const organiser = asOrganiser(
      platform,
      await signedInOrganiser(platform, 'ensam@skr.se', 'skr', 'viewer'),
    );
    await removeMember(
      platform.table,
      { email: 'ensam@skr.se', name: 'ensam@skr.se', organisationId: 'skr', role: 'viewer' },
      [],
    );
    expect((await organiser.get('/organiser')).status).toBe(303);
    await postForm(platform.app, '/organiser/sign-in', { email: 'ensam@skr.se' });
    const before = (await mailTo(platform.mailbox, 'ensam@skr.se')).length;
    await platform.deliverOutbox();
    expect((await mailTo(platform.mailbox, 'ensam@skr.se')).length).toBe(before);
  });
});

describe('co-organisers', () => {
  it('work on an event whose owner named their organisation, and others do not see it', async () => {
    const bra = asOrganiser(platform, await signedInOrganiser(platform, 'arrangor@bra.se', 'bra', 'editor'));
    expect(await (await bra.get('/organiser')).text()).toContain('/organiser/events/accounts-conference');
    expect((await bra.get('/organiser/events/accounts-conference')).status).toBe(200);
    expect((await bra.get('/organiser/events/accounts-conference/participants.csv')).status).toBe(200);

    const ks = asOrganiser(platform, await signedInOrganiser(platform, 'arrangor@ks.no', 'ks', 'admin'));
    expect(await (await ks.get('/organiser')).text()).not.toContain('accounts-conference');
    expect((await ks.get('/organiser/events/accounts-conference')).status).toBe(404);
  });
});

describe('the demo data', () => {
  it('has all five organisations, an admin for each who can sign in, and keeps what admins changed', async () => {
    const table = await createTestTable();
    // An organiser as the model stored them before memberships: one organisation and role on the person.
    await table.doc.send(
      new PutCommand({
        TableName: table.name,
        Item: {
          PK: `ORGANISER#${hashEmail('konferens@skr.se')}`,
          SK: '#ORGANISER',
          type: 'organiser',
          email: 'konferens@skr.se',
          name: 'Konferensavdelningen, SKR',
          organisationId: 'skr',
          role: 'admin',
        },
      }),
    );
    // An organisation stored before organisations were listed, with a retention its admin chose.
    await table.doc.send(
      new PutCommand({
        TableName: table.name,
        Item: { PK: 'ORG#ks', SK: '#ORG', type: 'organisation', id: 'ks', name: 'KS', retentionDays: 30 },
      }),
    );
    await loadDemoData(table, '2026-11-22');
    expect((await listOrganisations(table)).map(({ id }) => id).sort()).toEqual([
      'bra',
      'ks',
      'lansstyrelsen-vg',
      'polisregion-vast',
      'skr',
    ]);
    expect((await getOrganisation(table, 'ks'))?.retentionDays).toBe(30);
    for (const id of ['skr', 'ks', 'lansstyrelsen-vg', 'polisregion-vast', 'bra']) {
      expect((await getOrganisation(table, id))?.id).toBe(id);
    }
    expect((await getOrganisation(table, 'bra'))?.name).toBe('Brottsförebyggande rådet (Brå)');
    expect(await getOrganiserAccount(table, hashEmail('konferens@skr.se'))).toEqual({
      email: 'konferens@skr.se',
      name: 'Konferensavdelningen, SKR',
      memberships: [{ organisationId: 'skr', role: 'admin' }],
    });
    expect((await getOrganiserAccount(table, hashEmail('ann.ronnang@polisen.se')))?.memberships).toEqual([
      { organisationId: 'polisregion-vast', role: 'admin' },
    ]);

    const skr = await getOrganisation(table, 'skr');
    if (skr) await putOrganisation(table, { ...skr, retentionDays: 365 });
    await loadDemoData(table, '2026-11-22');
    expect((await getOrganisation(table, 'skr'))?.retentionDays).toBe(365);
  });
});
