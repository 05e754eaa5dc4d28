import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashEmail, participantPseudonym } from '#security/secret-token.ts';
import { getErasureRecord } from '#store/entities/erasure-record.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import {
  putKsStudyTrip,
  putMotorburenProblematik,
  putTrygghetsdag,
} from '#test/support/conference-fixture.ts';
import { DRAMMEN_INVOICE_FIELDS } from '#test/support/invoice-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
});

interface Person {
  name: string;
  email: string;
}

/**
 * Posts a form as a browser does: draws the form, takes the idempotency key it carries, posts with it. The answer is
 * then kept for retries, and it names the people the form named.
 */
async function postDrawnForm(path: string, fields: Record<string, string>) {
  const form = await (await platform.app.request(path)).text();
  const idempotencyKey = /name="idempotencyKey" value="([^"]+)"/.exec(form)?.[1];
  if (!idempotencyKey) throw new Error(`the form at ${path} carries no idempotency key`);
  return postForm(platform.app, path, { ...fields, idempotencyKey });
}

/** Signs up through the form, with needs, and returns the manage link from the confirmation. */
async function signUp(eventId: string, person: Person): Promise<string> {
  const response = await postDrawnForm(`/events/${eventId}/sign-up`, {
    ...person,
    organisation: 'Norrtälje kommun',
    organisationKind: 'kommun',
    role: 'samordnare',
    diet: 'glutenfri',
    accessibility: 'hörslinga',
  });
  expect(response.status).toBe(201);
  return manageLinkOf(person.email);
}

/** The manage link in the latest mail to the address, once the outbox is delivered. */
async function manageLinkOf(email: string): Promise<string> {
  await platform.deliverOutbox();
  const link = (await mailTo(platform.mailbox, email)).at(-1)?.text?.match(/\/manage\/[A-Za-z0-9_-]+/)?.[0];
  if (!link) throw new Error(`no manage link reached ${email}`);
  return link;
}

const delegationOfBergen = (lead: Person, member: Person) => ({
  organisation: 'Bergen',
  leadName: lead.name,
  leadEmail: lead.email,
  'members.0.name': member.name,
  'members.0.email': member.email,
  'members.0.role': 'police',
  ...DRAMMEN_INVOICE_FIELDS,
  intent: 'send-anyway',
});

const applicationOfGoteborg = (municipal: Person, police: Person) => ({
  municipality: '1480',
  localSituation: 'Cruising på handelsområdet fredagskvällar.',
  commitment: 'yes',
  'members.0.name': municipal.name,
  'members.0.email': municipal.email,
  'members.0.title': 'Samordnare',
  'members.0.representation': 'municipality',
  'members.1.name': police.name,
  'members.1.email': police.email,
  'members.1.title': 'Kommunpolis',
  'members.1.representation': 'police',
});

async function pickFirstSession(eventId: string, link: string) {
  const slot = (await getEventPage(platform.table, eventId))?.slots.find((s) => s.kind === 'talk');
  await postForm(platform.app, `${link}/agenda`, { slot: slot?.id ?? '' });
}

async function everyItem(): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await platform.table.doc.send(
      new ScanCommand({ TableName: platform.table.name, ExclusiveStartKey: startKey, ConsistentRead: true }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** Every item in the table that holds anything of the person: address, its hash, name or registration id. */
async function itemsHoldingDataOf(person: Person, registrationId?: string) {
  const traces = [
    person.email,
    hashEmail(person.email),
    person.name,
    ...(registrationId ? [registrationId] : []),
  ];
  return (await everyItem()).filter((item) => {
    const text = JSON.stringify(item);
    return traces.some((trace) => text.includes(trace));
  });
}

/**
 * What one conference participant leaves in the table: registration (which holds their links' hashes: the links say
 * where it is), address key, needs, picks, mail, and the answer to their sign-up kept for a retry.
 */
const EVERY_KIND_OF_PERSONAL_ITEM = ['email', 'idempotency', 'needs', 'outbox', 'pick', 'registration'];

const typesOf = (items: Record<string, unknown>[]) =>
  [...new Set(items.map((item) => String(item.type)))].sort();

describe('erasing one’s own data from the manage link', () => {
  it('leaves no item that held the person’s data, outbox copies included', async () => {
    await putTrygghetsdag(platform.table, 'self-erase', { capacity: 5 });
    const anna = { name: 'Alva Strandberg', email: 'alva.strandberg@norrtalje.se' };
    const bo = { name: 'Bo Ek', email: 'bo.ek@norrtalje.se' };
    const link = await signUp('self-erase', anna);
    await signUp('self-erase', bo);
    await pickFirstSession('self-erase', link);
    const registrationId = (await listRegistrations(platform.table, 'self-erase')).find(
      (r) => r.email === anna.email,
    )?.id;
    if (!registrationId) throw new Error('Anna is not registered');

    const before = await itemsHoldingDataOf(anna, registrationId);
    expect(typesOf(before)).toEqual(EVERY_KIND_OF_PERSONAL_ITEM);

    const erased = await postForm(platform.app, `${link}/erase`, { confirm: 'yes' });
    expect(await erased.text()).toContain('Dina uppgifter är raderade.');
    await platform.deliverOutbox();

    expect(await itemsHoldingDataOf(anna, registrationId)).toEqual([]);
    const boId = (await listRegistrations(platform.table, 'self-erase')).find(
      (r) => r.email === bo.email,
    )?.id;
    expect(typesOf(await itemsHoldingDataOf(bo, boId))).toContain('registration');
  });
});

/** The registration of `person` for the event, as stored. */
async function registrationOf(eventId: string, person: Person) {
  const registration = (await listRegistrations(platform.table, eventId)).find(
    (r) => r.email === person.email,
  );
  if (!registration) throw new Error(`${person.name} is not registered`);
  return registration;
}

/** An organiser corrects the person's role through the edit form, as from the event page. */
async function correctRole(
  organiser: ReturnType<typeof asOrganiser>,
  eventId: string,
  person: Person,
  role: string,
) {
  const path = `/organiser/events/${eventId}/registrations/${(await registrationOf(eventId, person)).id}`;
  const revision = /name="revision" value="(\d+)"/.exec(await (await organiser.get(path)).text())?.[1] ?? '';
  const saved = await organiser.post(path, {
    revision,
    ...person,
    organisation: 'Norrtälje kommun',
    organisationKind: 'kommun',
    role,
  });
  expect(saved.status).toBe(200);
}

/** The audit trail of the organisation `admin` acts for, as its page shows it in `language`. */
const auditPage = async (admin: ReturnType<typeof asOrganiser>, language = 'sv') =>
  (await admin.get(`/organiser/audit?lang=${language}`)).text();

describe('erasing one’s own data after organisers changed the registration', () => {
  it('leaves their changes in every trail, with the person’s pseudonym in place of their name', async () => {
    const event = await putTrygghetsdag(platform.table, 'audited-erase', { capacity: 5 });
    const alva = { name: 'Alva Lindqvist', email: 'alva.lindqvist@norrtalje.se' };
    const bo = { name: 'Bo Ek', email: 'bo.ek@norrtalje.se' };
    const link = await signUp('audited-erase', alva);
    await signUp('audited-erase', bo);
    // BRÅ co-organises: its editor's changes go to BRÅ's trail and to SKR's, the owner's.
    const editor = asOrganiser(
      platform,
      await signedInOrganiser(platform, 'redaktor@bra.se', 'bra', 'editor'),
    );
    await correctRole(editor, 'audited-erase', alva, 'strateg');
    await correctRole(editor, 'audited-erase', alva, 'kommunpolis');
    await correctRole(editor, 'audited-erase', bo, 'strateg');
    const skr = asOrganiser(platform, await signedInOrganiser(platform, 'admin@skr.se', 'skr', 'admin'));
    const bra = asOrganiser(platform, await signedInOrganiser(platform, 'admin@bra.se', 'bra', 'admin'));
    expect(await auditPage(skr)).toContain(`${alva.name}, ${event.title}`);
    const { id } = await registrationOf('audited-erase', alva);

    await postForm(platform.app, `${link}/erase`, { confirm: 'yes' });

    expect(await itemsHoldingDataOf(alva, id)).toEqual([]);
    const pseudonym = participantPseudonym(id);
    expect(pseudonym).toMatch(/^[0-9a-f]{8}$/);
    for (const [admin, language, erased] of [
      [skr, 'sv', `Raderad deltagare ${pseudonym}, ${event.title}`],
      [bra, 'nb', `Slettet deltaker ${pseudonym}, ${event.title}`],
      [bra, 'en', `Erased participant ${pseudonym}, ${event.title}`],
    ] as const) {
      const page = await auditPage(admin, language);
      expect(page.split(erased).length - 1).toBe(2);
      expect(page).not.toContain(alva.name);
      expect(page).toContain(`${bo.name}, ${event.title}`);
    }
  });
});

describe('erasing one’s own data as a member of a delegation', () => {
  it("leaves nothing naming the member: the form's kept answer and the lead's receipt go too", async () => {
    await putKsStudyTrip(platform.table, 'member-erase');
    const lead = { name: 'Torild Haugen', email: 'torild.haugen@bergen.kommune.no' };
    const member = { name: 'Ingvild Skaar', email: 'ingvild.skaar@bergen.kommune.no' };
    const registered = await postDrawnForm(
      '/events/member-erase/delegation',
      delegationOfBergen(lead, member),
    );
    expect(registered.status).toBe(201);
    expect(await registered.text()).toContain(member.name);
    const link = await manageLinkOf(member.email);
    expect(typesOf(await itemsHoldingDataOf(member))).toContain('idempotency');

    await postForm(platform.app, `${link}/erase`, { confirm: 'yes' });
    await platform.deliverOutbox();

    expect(await itemsHoldingDataOf(member)).toEqual([]);
    expect(typesOf(await itemsHoldingDataOf(lead))).toContain('delegation');
  });
});

describe('the retention job', () => {
  it('erases needs a week after the event, then all personal data after the retention period, keeping counts', async () => {
    const event = await putTrygghetsdag(platform.table, 'retention', { capacity: 2 });
    const people = [
      { name: 'Karin Lundqvist', email: 'karin.lundqvist@umea.se' },
      { name: 'Sven Bergholm', email: 'sven.bergholm@umea.se' },
      { name: 'Maja Holmér', email: 'maja.holmer@polisen.se' },
      { name: 'Olle Dahlgren', email: 'olle.dahlgren@lansstyrelsen.se' },
    ];
    const links = [];
    for (const person of people) links.push(await signUp('retention', person));
    await pickFirstSession('retention', links[0] ?? '');
    await postForm(platform.app, `${links[1]}/cancel`, { confirm: 'yes' });
    await platform.deliverOutbox();
    const partition = async () =>
      (await everyItem()).filter((item) => item.PK === 'EVENT#retention' || item.eventId === 'retention');
    const personal = async () =>
      (await partition()).filter((item) => !String(item.SK).startsWith('#') && item.type !== 'quota');
    expect(typesOf(await personal())).toEqual(EVERY_KIND_OF_PERSONAL_ITEM);

    const ends = Date.parse(event.endsAt);
    const day = 86_400_000;
    platform.setNow(new Date(ends + day).toISOString());
    await platform.runJobs();
    expect(typesOf(await personal())).toContain('needs');

    platform.setNow(new Date(ends + 8 * day).toISOString());
    const needsRun = await platform.runJobs();
    expect(needsRun.personalDataErased).toBeGreaterThanOrEqual(3);
    expect(typesOf(await personal())).not.toContain('needs');
    expect(typesOf(await personal())).toContain('registration');

    platform.setNow(new Date(ends + 91 * day).toISOString());
    const run = await platform.runJobs();
    expect(run.personalDataErased).toBeGreaterThan(0);
    expect((await personal()).map((item) => String(item.SK))).toEqual(['ERASURE']);
    for (const person of people) expect(await itemsHoldingDataOf(person)).toEqual([]);
    expect((await getErasureRecord(platform.table, 'retention')).counts).toEqual({
      registrations: { confirmed: 2, offered: 0, waiting: 1, cancelled: 1 },
      delegations: 0,
      applications: 0,
      groupMembers: 0,
      // The attendance figures as they stood: counts by kind and county, nobody named.
      attendance: expect.objectContaining({
        total: { registered: 4, confirmed: 2, checkedIn: 0, noShows: 2, cancelled: 1, waiting: 1 },
      }),
    });
    const page = await getEventPage(platform.table, 'retention');
    expect(page?.event.title).toBe(event.title);
    expect(page?.slots.length).toBeGreaterThan(0);
    expect((await platform.runJobs()).personalDataErased).toBe(0);
  });

  it('keeps the audit trail past the purge, the participants it named pseudonymised, for the audit retention', async () => {
    platform.setNow(NOW);
    const event = await putTrygghetsdag(platform.table, 'audited-retention', { capacity: 5 });
    const people = [
      { name: 'Greta Sundin', email: 'greta.sundin@umea.se' },
      { name: 'Hugo Falk', email: 'hugo.falk@umea.se' },
    ] as const;
    for (const person of people) await signUp('audited-retention', person);
    const ids = await Promise.all(
      people.map(async (person) => (await registrationOf('audited-retention', person)).id),
    );
    const skr = asOrganiser(platform, await signedInOrganiser(platform, 'admin@skr.se', 'skr', 'admin'));
    await correctRole(skr, 'audited-retention', people[0], 'strateg');
    expect(
      (await skr.post(`/organiser/events/audited-retention/registrations/${ids[1]}/cancel`)).status,
    ).toBe(303);
    // Named by the registration's id, and once pseudonymised by the event's.
    const entries = async () =>
      (await everyItem()).filter((item) => {
        const id = item.PK === 'AUDIT#skr' ? (item.target as { id: string }).id : '';
        return ids.includes(id) || id.startsWith('audited-retention/');
      });
    expect(await entries()).toHaveLength(2);

    platform.setNow(new Date(Date.parse(event.endsAt) + 91 * 86_400_000).toISOString());
    await platform.runJobs();

    for (const person of people) expect(await itemsHoldingDataOf(person)).toEqual([]);
    const kept = await entries();
    expect(
      kept.map((entry) => [entry.action, (entry.target as { pseudonym?: string }).pseudonym]).sort(),
    ).toEqual([
      ['registration-cancelled', participantPseudonym(ids[1] ?? '')],
      ['registration-edited', participantPseudonym(ids[0] ?? '')],
    ]);
    for (const entry of kept)
      expect(entry.expiresAt).toBe(Math.floor(Date.parse(String(entry.at)) / 1000) + 730 * 86_400);
    // The session of before has long expired: the admin signs in again.
    const admin = asOrganiser(platform, await signedInOrganiser(platform, 'admin@skr.se', 'skr', 'admin'));
    expect(await auditPage(admin)).toContain(
      `Raderad deltagare ${participantPseudonym(ids[0] ?? '')}, ${event.title}`,
    );
  });

  it('erases the answers kept for retries of every form, whoever they name', async () => {
    platform.setNow(NOW);
    const trip = await putKsStudyTrip(platform.table, 'retention-trip');
    const group = await putMotorburenProblematik(platform.table, 'retention-group');
    const people = [
      { name: 'Eirik Vold', email: 'eirik.vold@bergen.kommune.no' },
      { name: 'Sigrid Nes', email: 'sigrid.nes@politiet.no' },
      { name: 'Kim Karlsson', email: 'kim.karlsson@goteborg.se' },
      { name: 'Pia Persson', email: 'pia.persson@polisen.se' },
    ] as const;
    const [lead, member, municipal, police] = people;
    const delegation = delegationOfBergen(lead, member);
    expect((await postDrawnForm('/events/retention-trip/delegation', delegation)).status).toBe(201);
    const application = applicationOfGoteborg(municipal, police);
    expect((await postDrawnForm('/events/retention-group/apply', application)).status).toBe(201);
    await platform.deliverOutbox();
    const keptAnswers = async () =>
      (await everyItem()).filter(
        (item) =>
          item.type === 'idempotency' &&
          ['EVENT#retention-trip', 'EVENT#retention-group'].includes(String(item.PK)),
      );
    expect(await keptAnswers()).toHaveLength(2);

    const lastEnd = Math.max(Date.parse(trip.endsAt), Date.parse(group.endsAt));
    platform.setNow(new Date(lastEnd + 91 * 86_400_000).toISOString());
    await platform.runJobs();

    expect(await keptAnswers()).toEqual([]);
    for (const person of people) expect(await itemsHoldingDataOf(person)).toEqual([]);
  });
});
