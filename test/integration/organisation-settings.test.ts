import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashEmail } from '#security/secret-token.ts';
import { editorValuesOf } from '#shared/organiser/event-editor-form.ts';
import { listMembers } from '#store/entities/membership.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { changeMemberRole } from '#store/transactions/organiser-accounts.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { tableItems, tableSnapshot } from '#test/support/table-snapshot.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
afterAll(() => platform.stop());

let admin: ReturnType<typeof asOrganiser>;
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  await putTrygghetsdag(platform.table, 'settings-conference', { capacity: 1, coOrganiserIds: [] });
  admin = asOrganiser(platform, await signedInOrganiser(platform, 'admin@skr.se', 'skr', 'admin'));
});

const roleField = (email: string) => `role-${hashEmail(email)}`;
const memberPath = (email: string, action: 'role' | 'remove') =>
  `/organiser/settings/people/${hashEmail(email)}/${action}`;
const settings = (changes: Record<string, string> = {}) => ({
  retentionDays: '90',
  auditRetentionDays: '730',
  senderName: '',
  replyTo: '',
  ...changes,
});
async function signUp(name: string, email: string) {
  await postForm(platform.app, '/events/settings-conference/sign-up', {
    name,
    email,
    organisation: 'Umeå kommun',
    organisationKind: 'kommun',
    role: 'samordnare',
  });
  await platform.deliverOutbox();
}
const auditItems = async (organisationId = 'skr') =>
  (await tableItems(platform.table)).filter((item) => item.PK === `AUDIT#${organisationId}`);

describe('people and roles', () => {
  it('lets an admin add a person with a role, who can then sign in', async () => {
    const page = await admin.post('/organiser/settings/people', {
      email: ' Redaktor@SKR.se ',
      name: 'Rut Redaktör',
      role: 'editor',
    });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Rut Redaktör är tillagd.');
    expect(html).toContain('redaktor@skr.se');
    const editor = asOrganiser(
      platform,
      await signedInOrganiser(platform, 'redaktor@skr.se', 'skr', 'editor'),
    );
    expect((await editor.get('/organiser/events/settings-conference')).status).toBe(200);
  });

  it('refuses bad input in Swedish and changes nothing', async () => {
    const before = await tableSnapshot(platform.table);
    const html = await (
      await admin.post('/organiser/settings/people', { email: 'inte-en-adress', name: '', role: 'owner' })
    ).text();
    expect(html).toContain('Ändringen sparades inte. Rätta följande:');
    expect(html).toContain('Skriv en e-postadress som namn@exempel.se.');
    expect(html).toContain('href="#field-name"');
    expect(await tableSnapshot(platform.table)).toBe(before);
  });

  it('refuses to add someone who is already a member', async () => {
    const response = await admin.post('/organiser/settings/people', {
      email: 'redaktor@skr.se',
      name: 'Rut',
      role: 'viewer',
    });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain('Personen finns redan i organisationen.');
  });

  it('changes a role, which holds from the next request on', async () => {
    const editor = asOrganiser(platform, await signedInOrganiser(platform, 'byter@skr.se', 'skr', 'editor'));
    const html = await (
      await admin.post(memberPath('byter@skr.se', 'role'), { [roleField('byter@skr.se')]: 'viewer' })
    ).text();
    expect(html).toContain('byter@skr.se är nu läsare.');
    const refused = await editor.post('/organiser/events/settings-conference/waiting-list', {
      mode: 'immediate',
    });
    expect(refused.status).toBe(403);
  });

  it('never removes or demotes the last admin', async () => {
    const before = await tableSnapshot(platform.table);
    const removed = await admin.post(memberPath('admin@skr.se', 'remove'));
    expect(removed.status).toBe(409);
    expect(await removed.text()).toContain('Organisationen måste ha minst en administratör.');
    const demoted = await admin.post(memberPath('admin@skr.se', 'role'), {
      [roleField('admin@skr.se')]: 'editor',
    });
    expect(demoted.status).toBe(409);
    expect(await tableSnapshot(platform.table)).toBe(before);
  });

  it('keeps an admin when two admins demote each other at the same moment', async () => {
    await signedInOrganiser(platform, 'andra@skr.se', 'skr', 'admin');
    const asAdmin = (email: string) => ({
      email,
      name: email,
      organisationId: 'skr',
      role: 'admin' as const,
    });
    // Both read the other as an admin before either writes: only the transactions' conditions stand between them.
    const outcomes = await Promise.all([
      changeMemberRole(platform.table, asAdmin('admin@skr.se'), 'editor', []),
      changeMemberRole(platform.table, asAdmin('andra@skr.se'), 'editor', []),
    ]);
    expect(outcomes.filter((refusal) => refusal === undefined)).toHaveLength(1);
    const admins = (await listMembers(platform.table, 'skr')).filter((member) => member.role === 'admin');
    expect(admins).toHaveLength(1);
    // `admin@skr.se` is the admin for what follows, whichever of the two won.
    if (admins[0]?.email !== 'admin@skr.se') {
      await changeMemberRole(platform.table, { ...asAdmin('admin@skr.se'), role: 'editor' }, 'admin', []);
    }
  });

  it('removes a person, after which their session no longer reaches the organisation', async () => {
    const leaving = asOrganiser(
      platform,
      await signedInOrganiser(platform, 'slutar@skr.se', 'skr', 'viewer'),
    );
    const html = await (await admin.post(memberPath('slutar@skr.se', 'remove'))).text();
    expect(html).toContain('slutar@skr.se är borttagen ur organisationen.');
    expect(html).not.toContain('>slutar@skr.se<');
    expect((await leaving.get('/organiser')).status).toBe(303);
  });

  it('is for admins only', async () => {
    const editor = asOrganiser(
      platform,
      await signedInOrganiser(platform, 'redaktor@skr.se', 'skr', 'editor'),
    );
    expect((await editor.get('/organiser/settings')).status).toBe(403);
    expect((await editor.get('/organiser/audit')).status).toBe(403);
    expect(await (await editor.get('/organiser')).text()).not.toContain('href="/organiser/settings"');
  });
});

describe('retention and sender', () => {
  it('refuses a retention period outside 7 to 3650 days, an audit retention outside 90 to 3650, or a sender name that would break a mail header', async () => {
    const before = await tableSnapshot(platform.table);
    for (const [field, value, message] of [
      ['retentionDays', '6', 'Ange ett helt antal dagar mellan 7 och 3650.'],
      ['retentionDays', '3651', 'Ange ett helt antal dagar mellan 7 och 3650.'],
      ['retentionDays', '30.5', 'Ange ett helt antal dagar mellan 7 och 3650.'],
      ['auditRetentionDays', '89', 'Ange ett helt antal dagar mellan 90 och 3650.'],
      ['auditRetentionDays', '', 'Ange ett helt antal dagar mellan 90 och 3650.'],
      ['senderName', 'SKR <fejk@example.com>', 'Skriv namnet utan tecknen &lt; &gt; och &quot;.'],
      ['replyTo', 'inte en adress', 'Skriv en e-postadress som namn@exempel.se.'],
    ] as const) {
      const response = await admin.post('/organiser/settings', settings({ [field]: value }));
      expect(response.status).toBe(422);
      const html = await response.text();
      expect(html).toContain(message);
      expect(html).toContain(`href="#field-${field}"`);
    }
    expect(await tableSnapshot(platform.table)).toBe(before);
  });

  it('offers the audit retention with its default of two years, in the reader’s language', async () => {
    const page = await (await admin.get('/organiser/settings?lang=nb')).text();
    expect(page).toContain('Antall dager endringsloggens rader lagres');
    expect(page).toMatch(/name="auditRetentionDays"[^>]*value="730"/);
    expect(await (await admin.get('/organiser/settings?lang=en')).text()).toContain(
      'Days each entry of the audit trail is kept',
    );
  });

  it('keeps new registrations for the retention period the admin sets', async () => {
    expect((await admin.post('/organiser/settings', settings({ retentionDays: '365' }))).status).toBe(200);
    expect((await getOrganisation(platform.table, 'skr'))?.retentionDays).toBe(365);
    await signUp('Kerstin Rörsch', 'kerstin@umea.se');
    const registration = (await tableItems(platform.table)).find((item) => item.email === 'kerstin@umea.se');
    const endsAt = (await tableItems(platform.table)).find(
      (item) => item.PK === 'EVENT#settings-conference' && item.SK === '#EVENT',
    )?.endsAt;
    expect(registration?.expiresAt).toBe(Math.floor(Date.parse(String(endsAt)) / 1000) + 365 * 86_400);
  });

  it("sends the organisation's mail under its sender name, from the platform's address, with its reply-to", async () => {
    await admin.post(
      '/organiser/settings',
      settings({ senderName: 'SKR Konferens', replyTo: 'konferens@skr.se' }),
    );
    await signUp('Seth Åberg', 'seth@umea.se');
    const mail = (await mailTo(platform.mailbox, 'seth@umea.se')).at(-1);
    expect(mail?.from).toEqual({ name: 'SKR Konferens', address: 'no-reply@traffpunkt.localhost' });
    expect(mail?.replyTo).toEqual([{ name: '', address: 'konferens@skr.se' }]);

    await admin.post('/organiser/settings', settings());
    await signUp('Anna Glas', 'anna@norrtalje.se');
    const plain = (await mailTo(platform.mailbox, 'anna@norrtalje.se')).at(-1);
    expect(plain?.from?.name).toBe('Träffpunkt');
    expect(plain?.replyTo).toBeUndefined();
  });
});

describe('the audit trail', () => {
  it("records organisers' changes with who, what, which and when, kept for the organisation's audit retention", async () => {
    await admin.post('/organiser/settings', settings({ retentionDays: '120', auditRetentionDays: '400' }));
    await admin.post('/organiser/events/settings-conference/waiting-list', {
      mode: 'offers',
      offerHours: '24',
    });
    const participants = await (
      await admin.get('/organiser/events/settings-conference/registrations')
    ).text();
    const cancelPath = participants.match(
      /action="(\/organiser\/events\/settings-conference\/registrations\/[^/"]+\/cancel)"><button[^>]*>Avboka<span class="visually-hidden"> Kerstin Rörsch</,
    )?.[1];
    await admin.post(cancelPath ?? '');
    const stored = await getEventPage(platform.table, 'settings-conference');
    if (!stored) throw new Error('the event is not stored');
    await admin.post('/organiser/events/settings-conference/edit', {
      ...editorValuesOf(stored.event, 0),
      startsAt: '2027-02-04T10:30',
    });

    const entries = await auditItems();
    const actions = entries.map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'member-added',
        'member-role-changed',
        'member-removed',
        'settings-changed',
        'waiting-list-setting-changed',
        'registration-cancelled',
        'event-edited',
      ]),
    );
    const cancelled = entries.find((entry) => entry.action === 'registration-cancelled');
    expect(cancelled).toMatchObject({
      actor: { email: 'admin@skr.se', organisationId: 'skr' },
      target: {
        kind: 'registration',
        label: 'Kerstin Rörsch, Trygghetsdag 2027 – Så arbetar vi mot narkotika',
      },
    });
    expect(cancelled?.expiresAt).toBe(Math.floor(Date.parse(String(cancelled?.at)) / 1000) + 400 * 86_400);

    const html = await (await admin.get('/organiser/audit')).text();
    expect(html).toContain('Ändringslogg');
    expect(html).toContain('Avbokade en anmälan');
    expect(html).toContain('Ändrade evenemanget');
    expect(html).toContain('Kerstin Rörsch, Trygghetsdag 2027');
    expect(html).toMatch(/22 november 2026 11\.00 CET/);
    expect(html).toContain('Raderna sparas i 400 dagar.');
  });

  it('writes no entry for a change that did not happen', async () => {
    await admin.post('/organiser/events/settings-conference/cancel-event', { confirm: 'yes' });
    const cancellations = async () =>
      (await auditItems()).filter((entry) => entry.action === 'event-cancelled').length;
    expect(await cancellations()).toBe(1);
    // Cancelled already: the second cancellation's condition fails, and its entry goes with it.
    await admin.post('/organiser/events/settings-conference/cancel-event', { confirm: 'yes' });
    expect(await cancellations()).toBe(1);
  });

  it("shows another organisation's admin none of it", async () => {
    const ks = asOrganiser(platform, await signedInOrganiser(platform, 'admin@ks.no', 'ks', 'admin'));
    const html = await (await ks.get('/organiser/audit')).text();
    expect(html).toContain('Ingen endringer ennå.');
    expect(html).not.toContain('Kerstin');
  });
});

describe('seller details for invoices', () => {
  const seller = (changes: Record<string, string> = {}) => ({
    sellerLegalName: 'Sveriges Kommuner och Regioner',
    sellerCountry: 'SE',
    sellerOrganisationNumber: '222000-1578',
    sellerVatNumber: 'SE222000157801',
    sellerStreet: 'Hornsgatan 20',
    sellerPostalCode: '11882',
    sellerCity: 'Stockholm',
    sellerBankAccount: '5050-1055',
    sellerPaymentTermsDays: '30',
    sellerPeppolId: '',
    sellerContactEmail: 'Ekonomi@SKR.se',
    ...changes,
  });

  it('saves checked seller details, audited, and opens the form filled in', async () => {
    const before = (await auditItems()).length;
    const response = await admin.post('/organiser/settings/seller', seller());
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Faktureringsuppgifterna är sparade.');
    expect((await getOrganisation(platform.table, 'skr'))?.seller).toEqual({
      legalName: 'Sveriges Kommuner och Regioner',
      organisationNumber: '2220001578',
      vatNumber: 'SE222000157801',
      address: { street: 'Hornsgatan 20', postalCode: '118 82', city: 'Stockholm', country: 'SE' },
      bankAccount: '5050-1055',
      paymentTermsDays: 30,
      contactEmail: 'ekonomi@skr.se',
    });
    expect((await auditItems()).length).toBe(before + 1);
    expect(await (await admin.get('/organiser/settings')).text()).toContain('value="SE222000157801"');
  });

  it.each([
    [
      'an organisation number with a wrong check digit',
      { sellerOrganisationNumber: '222000-1579' },
      'Organisationsnumret stämmer inte',
    ],
    [
      'a VAT number of another organisation',
      { sellerVatNumber: 'SE212000135501' },
      'Momsregistreringsnumret ska vara SE222000157801.',
    ],
    ['a bankgiro number with a wrong check digit', { sellerBankAccount: '5050-1056' }, 'Kontot stämmer inte'],
    ['a Peppol ID in no scheme', { sellerPeppolId: '9999:2220001578' }, 'Skriv Peppol-ID:t som'],
    ['a postcode of four digits in Sweden', { sellerPostalCode: '1188' }, 'Skriv postnumret med fem siffror'],
  ])('refuses %s and changes nothing', async (_, changes, message) => {
    const before = await tableSnapshot(platform.table);
    const response = await admin.post('/organiser/settings/seller', seller(changes));
    expect(response.status).toBe(422);
    expect(await response.text()).toContain(message);
    expect(await tableSnapshot(platform.table)).toEqual(before);
  });
});
