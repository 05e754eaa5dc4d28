import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Registration } from '#shared/domain/registration.ts';
import { listAuditEntries } from '#store/entities/audit-entry.ts';
import { getNeeds } from '#store/entities/needs.ts';
import { getRegistration, listRegistrations, type StoredRegistration } from '#store/entities/registration.ts';
import { updateRegistrationDetails } from '#store/transactions/registration-details.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { inviteIn, mailTo } from '#test/support/read-mail.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';
import { tableSnapshot } from '#test/support/table-snapshot.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
const EVENT = 'editing-conference';
const EVENT_PAGE = `/organiser/events/${EVENT}`;

let platform: TestPlatform;
let title: string;
let editor: ReturnType<typeof asOrganiser>;
afterAll(() => platform.stop());

/** The sign-up form as a municipal strategist fills it in, with an answer to the event's question. */
const person = (name: string, email: string, extra: Record<string, string> = {}): Record<string, string> => ({
  ...signUpFields(name, email),
  'answer.workshop': 'Trygghetsvandring',
  ...extra,
});

beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  ({ title } = await putTrygghetsdag(platform.table, EVENT, {
    capacity: 3,
    coOrganiserIds: [],
    venue: { kind: 'place', name: 'Kulturhuset', city: 'Norrtälje' },
    questions: [
      {
        id: 'workshop',
        label: 'Workshop',
        required: true,
        type: 'one-choice',
        choices: [
          { id: 'Trygghetsvandring', label: 'Trygghetsvandring' },
          { id: 'drogscener', label: 'Öppna drogscener' },
        ],
      },
    ],
  }));
  const people: [name: string, email: string, diet: string][] = [
    ['Kerstin Rörsch', 'kerstin@umea.se', 'Vegetarisk'],
    ['Seth Åberg', 'seth@umea.sr', ''],
    ['Anna Glas', 'anna@norrtalje.se', ''],
    ['Oliver Berger', 'oliver@urban.se', ''],
  ];
  for (const [name, email, diet] of people)
    await postForm(platform.app, `/events/${EVENT}/sign-up`, person(name, email, { diet }));
  await platform.deliverOutbox();
  editor = asOrganiser(platform, await signedInOrganiser(platform, 'redaktor@skr.se', 'skr', 'editor'));
});

async function registrationOf(email: string): Promise<Registration> {
  const registration = (await listRegistrations(platform.table, EVENT)).find((r) => r.email === email);
  if (!registration) throw new Error(`nobody is registered as ${email}`);
  return registration;
}

/** The registration as the store holds it, its manage link's hash included, as the edit route reads it. */
async function storedRegistration(registration: Registration): Promise<StoredRegistration> {
  const stored = await getRegistration(platform.table, registration.eventId, registration.id);
  if (!stored) throw new Error(`${registration.name} is not stored`);
  return { ...stored, revision: registration.revision };
}

const editPath = (registration: Registration) => `${EVENT_PAGE}/registrations/${registration.id}`;

/** The form's fields as the edit page fills them, with the changes an organiser types. */
async function editForm(registration: Registration, changes: Record<string, string>) {
  const page = await (await editor.get(editPath(registration))).text();
  const revision = page.match(/name="revision" value="(\d+)"/)?.[1];
  if (revision === undefined) throw new Error(`the edit page of ${registration.name} has no form`);
  return {
    revision,
    name: registration.name,
    email: registration.email,
    organisation: registration.organisation,
    organisationKind: registration.organisationKind,
    role: registration.role,
    'answer.workshop': String(registration.answers?.workshop ?? ''),
    ...changes,
  };
}

const manageLinkIn = (text?: string) => text?.match(/\/manage\/[A-Za-z0-9_-]+/)?.[0];

async function editEntries() {
  const { entries } = await listAuditEntries(platform.table, 'skr');
  return entries.filter((entry) => entry.action === 'registration-edited');
}

describe("an organiser's edit of a registration", () => {
  it('is linked from the participants page, and its form shows the details and answers but no needs', async () => {
    const kerstin = await registrationOf('kerstin@umea.se');
    expect(await (await editor.get(`${EVENT_PAGE}/registrations`)).text()).toContain(
      `href="${editPath(kerstin)}"`,
    );
    const form = await (await editor.get(editPath(kerstin))).text();
    expect(form).toContain('value="Kerstin Rörsch"');
    expect(form).toContain('value="kerstin@umea.se"');
    expect(form).toMatch(/value="Trygghetsvandring" checked/);
    expect(form).not.toContain('name="diet"');
    expect(form).not.toContain('Vegetarisk');
  });

  it('saves a corrected name and role, records which details changed, and neither shows nor touches needs', async () => {
    const kerstin = await registrationOf('kerstin@umea.se');
    const mailsBefore = (await mailTo(platform.mailbox, 'kerstin@umea.se')).length;
    const response = await editor.post(
      editPath(kerstin),
      await editForm(kerstin, { name: 'Kerstin Rörsch Lund', role: 'säkerhetssamordnare', diet: '' }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Ändringarna är sparade.');
    const saved = await registrationOf('kerstin@umea.se');
    expect(saved).toMatchObject({
      name: 'Kerstin Rörsch Lund',
      role: 'säkerhetssamordnare',
      status: 'confirmed',
    });
    expect(await getNeeds(platform.table, EVENT, kerstin.id)).toEqual({ diet: 'Vegetarisk' });
    expect(await editEntries()).toContainEqual(
      expect.objectContaining({
        actor: expect.objectContaining({ email: 'redaktor@skr.se' }),
        target: { kind: 'registration', id: kerstin.id, label: `Kerstin Rörsch, ${title}` },
        detail: 'name, role',
      }),
    );
    await platform.deliverOutbox();
    expect(await mailTo(platform.mailbox, 'kerstin@umea.se')).toHaveLength(mailsBefore);
    const admin = asOrganiser(platform, await signedInOrganiser(platform, 'admin@skr.se', 'skr', 'admin'));
    const trail = await (await admin.get('/organiser/audit')).text();
    expect(trail).toMatch(
      /Ändrade en anmälan<\/td><td>Kerstin Rörsch, [^<]+<\/td><td>Namn, Titel eller roll</,
    );
  });

  it('moves a registration to a corrected address: the new address gets a working link, the old link opens nothing', async () => {
    const seth = await registrationOf('seth@umea.sr');
    const oldLink = manageLinkIn((await mailTo(platform.mailbox, 'seth@umea.sr')).at(-1)?.text);
    expect((await platform.app.request(oldLink ?? '')).status).toBe(200);
    const response = await editor.post(editPath(seth), await editForm(seth, { email: 'Seth@Umea.se ' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('seth@umea.se har fått ett meddelande med en ny länk');
    expect(await registrationOf('seth@umea.se')).toMatchObject({ id: seth.id, status: 'confirmed' });

    await platform.deliverOutbox();
    const [mail] = await mailTo(platform.mailbox, 'seth@umea.se');
    expect(mail?.subject).toBe(`Uppdaterad anmälan: ${title}`);
    expect(mail?.text).toContain('Arrangören har uppdaterat din anmälan');
    expect(mail?.text).toContain('Du är anmäld till');
    expect(inviteIn(mail).method).toBe('REQUEST');
    const newLink = manageLinkIn(mail?.text);
    const managed = await platform.app.request(newLink ?? '');
    expect(managed.status).toBe(200);
    expect(await managed.text()).toContain('value="seth@umea.se"');
    expect((await platform.app.request(oldLink ?? '')).status).toBe(404);
    expect(await editEntries()).toContainEqual(
      expect.objectContaining({ target: expect.objectContaining({ id: seth.id }), detail: 'email' }),
    );
  });

  it('lets the old address sign up again and keeps the new one to one registration', async () => {
    const again = await postForm(
      platform.app,
      `/events/${EVENT}/sign-up`,
      person('Seth Åberg', 'seth@umea.se'),
    );
    expect(await again.text()).toContain('Du är redan anmäld');
    const typo = await postForm(platform.app, `/events/${EVENT}/sign-up`, person('Sten Ås', 'seth@umea.sr'));
    expect(await typo.text()).toContain('Du står på väntelistan');
    const registrations = await listRegistrations(platform.table, EVENT);
    expect(registrations.filter((r) => r.email === 'seth@umea.se')).toHaveLength(1);
    expect(registrations.filter((r) => r.email === 'seth@umea.sr')).toHaveLength(1);
  });

  it('tells someone waiting their place in line at the new address, without an invite', async () => {
    const sten = await registrationOf('seth@umea.sr');
    expect(sten.status).toBe('waiting');
    await editor.post(editPath(sten), await editForm(sten, { email: 'sten@umea.se' }));
    await platform.deliverOutbox();
    const [mail] = await mailTo(platform.mailbox, 'sten@umea.se');
    expect(mail?.text).toContain('Du står som nummer 2 på väntelistan');
    expect(mail?.attachments.some((part) => part.mimeType === 'text/calendar')).toBe(false);
  });

  it('refuses an address registered already, saying so, and changes nothing', async () => {
    const kerstin = await registrationOf('kerstin@umea.se');
    const form = await editForm(kerstin, { email: 'anna@norrtalje.se', role: 'kommunpolis' });
    const before = await tableSnapshot(platform.table);
    const response = await editor.post(editPath(kerstin), form);
    expect(response.status).toBe(409);
    const page = await response.text();
    expect(page).toContain('Den e-postadressen är redan anmäld till evenemanget.');
    expect(page).toContain('href="#field-email"');
    expect(await tableSnapshot(platform.table)).toBe(before);
  });

  it('refuses a form filled in before a change saved meanwhile', async () => {
    const anna = await registrationOf('anna@norrtalje.se');
    const stale = await editForm(anna, { role: 'samordnare' });
    await editor.post(
      editPath(anna),
      await editForm(anna, { organisation: 'Norrtälje kommun, socialtjänsten' }),
    );
    const response = await editor.post(editPath(anna), stale);
    expect(response.status).toBe(409);
    const page = await response.text();
    expect(page).toContain('Någon annan ändrade anmälan under tiden');
    expect(page).toContain('value="Norrtälje kommun, socialtjänsten"');
    expect(await registrationOf('anna@norrtalje.se')).toMatchObject({
      organisation: 'Norrtälje kommun, socialtjänsten',
      role: 'brottsförebyggande strateg',
    });
  });

  it('answers bad input with an error for each field, in the organiser’s language, and stores nothing', async () => {
    await putTrygghetsdag(platform.table, 'editing-in-english', { language: 'en', coOrganiserIds: [] });
    await postForm(platform.app, '/events/editing-in-english/sign-up', person('Ann Lee', 'ann@example.org'));
    const [ann] = await listRegistrations(platform.table, 'editing-in-english');
    const before = await tableSnapshot(platform.table);
    const response = await editor.post(`/organiser/events/editing-in-english/registrations/${ann?.id}`, {
      revision: '0',
      name: ' ',
      email: 'ann.example.org',
      organisation: 'Lund',
      organisationKind: 'kommun',
      role: 'analyst',
    });
    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain('Ändringarna sparades inte. Rätta följande:');
    expect(page).toContain('Namn: Fyll i fältet.');
    expect(page).toContain('E-postadress: Skriv en e-postadress i formen namn@exempel.se.');
    expect(await tableSnapshot(platform.table)).toBe(before);
  });

  it('keeps a cancelled registration read only', async () => {
    const oliver = await registrationOf('oliver@urban.se');
    await editor.post(`${editPath(oliver)}/cancel`);
    const page = await (await editor.get(editPath(oliver))).text();
    expect(page).toContain('Anmälan är avbokad och kan inte ändras.');
    expect(page).not.toContain('name="revision"');
    const before = await tableSnapshot(platform.table);
    const response = await editor.post(editPath(oliver), {
      revision: '0',
      ...person('Oliver Berger', 'oliver@berger.se'),
    });
    expect(response.status).toBe(409);
    const refusal = await response.text();
    expect(refusal).toContain('Anmälan är avbokad och kan inte ändras.');
    expect(refusal).not.toContain('Någon annan ändrade anmälan under tiden');
    expect(await tableSnapshot(platform.table)).toBe(before);
  });

  it('is refused by the store too when the registration changed after it was read', async () => {
    const read = await registrationOf('kerstin@umea.se');
    await editor.post(editPath(read), await editForm(read, { role: 'samordnare' }));
    const before = await tableSnapshot(platform.table);
    const stale = await updateRegistrationDetails(platform.table, await storedRegistration(read), {
      now: NOW,
      details: { ...read, answers: read.answers ?? {}, role: 'kommunpolis' },
      seenRevision: read.revision ?? 0,
    });
    expect(stale).toBe('changed-meanwhile');
    expect(await tableSnapshot(platform.table)).toBe(before);
  });

  it('is refused to viewers, and unknown to other organisations and for registrations of other events', async () => {
    const kerstin = await registrationOf('kerstin@umea.se');
    const viewer = asOrganiser(platform, await signedInOrganiser(platform, 'lasare@skr.se', 'skr', 'viewer'));
    const stranger = asOrganiser(platform, await signedInOrganiser(platform, 'admin@ks.no', 'ks', 'admin'));
    const form = await editForm(kerstin, { role: 'kommunpolis' });
    const before = await tableSnapshot(platform.table);
    expect((await viewer.get(editPath(kerstin))).status).toBe(403);
    expect((await viewer.post(editPath(kerstin), form)).status).toBe(403);
    expect((await stranger.get(editPath(kerstin))).status).toBe(404);
    expect((await stranger.post(editPath(kerstin), form)).status).toBe(404);
    const elsewhere = `/organiser/events/editing-in-english/registrations/${kerstin.id}`;
    expect((await editor.post(elsewhere, form)).status).toBe(404);
    expect(await tableSnapshot(platform.table)).toBe(before);
    expect(await (await viewer.get(EVENT_PAGE)).text()).not.toContain(`href="${editPath(kerstin)}"`);
  });
});
