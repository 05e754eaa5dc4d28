import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '#shared/demo/demo-organisations.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { editorValuesOf } from '#shared/organiser/event-editor-form.ts';
import { eventAttributesNow } from '#store/entities/event.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { seatCounterNow } from '#store/entities/seat-counter.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { putOrganisation } from '#store/transactions/organisations.ts';
import { applicationForm, apply, team } from '#test/support/application-fixture.ts';
import { auditEntriesAbout } from '#test/support/audit-entries.ts';
import {
  putKsStudyTrip,
  putMotorburenProblematik,
  putTrygghetsdag,
} from '#test/support/conference-fixture.ts';
import { DRAMMEN_INVOICE_FIELDS } from '#test/support/invoice-fixture.ts';
import { justBeforeTransaction } from '#test/support/just-before-transaction.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { signUpFields, signUpParticipant } from '#test/support/sign-up-fixture.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
const TITLE = 'Trygghetsdag 2027 – Så arbetar vi mot narkotika';
let platform: TestPlatform;
let skr: ReturnType<typeof asOrganiser>;
let colleague: ReturnType<typeof asOrganiser>;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  for (const organisation of DEMO_ORGANISATIONS) await putOrganisation(platform.table, organisation);
  skr = asOrganiser(platform, await signedInOrganiser(platform, 'redaktor@skr.se', 'skr', 'editor'));
  colleague = asOrganiser(platform, await signedInOrganiser(platform, 'kollega@skr.se', 'skr', 'admin'));
});

/** The editor's form of the event as stored, as a browser posts it back, with `changes` typed in. */
async function formOf(eventId: string, changes: Record<string, string> = {}) {
  const page = await getEventPage(platform.table, eventId);
  if (!page) throw new Error(`no event ${eventId}`);
  return { ...editorValuesOf(page.event, page.meetings.length), ...changes };
}

const save = async (organiser: typeof skr, eventId: string, form: Record<string, string>) => {
  const response = await organiser.post(`/organiser/events/${eventId}/edit`, form);
  return { status: response.status, html: await response.text() };
};

/** A conference of `capacity` seats with `people` signed up through the public form, the first `capacity` confirmed. */
async function conferenceWith(
  id: string,
  capacity: number,
  people: number,
  changes: Partial<EventRecord> = {},
) {
  const event = await putTrygghetsdag(platform.table, id, { capacity, ...changes });
  for (let n = 1; n <= people; n += 1)
    await postForm(platform.app, `/events/${id}/sign-up`, signUpFields(`Person ${n}`, `person${n}@${id}.se`));
  await platform.deliverOutbox();
  return event;
}

const statuses = async (eventId: string) =>
  (await listRegistrations(platform.table, eventId))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv', { numeric: true }))
    .map(({ name, status }) => `${name}: ${status}`);

const subjectsTo = async (address: string) => (await mailTo(platform.mailbox, address)).map((m) => m.subject);

describe('more seats on a published conference', () => {
  it('move the first three on the waiting list to a seat at once, each mailed, the change audited', async () => {
    await conferenceWith('more-seats', 2, 6);
    const saved = await save(skr, 'more-seats', await formOf('more-seats', { capacity: '5' }));
    expect(saved.status).toBe(200);
    expect(saved.html).toContain(
      'Ändringarna är sparade. 3 personer på väntelistan har fått en plats och ett mejl om det.',
    );
    expect(saved.html).toContain('<li>Antal platser: 2 → 5</li>');
    expect(await statuses('more-seats')).toEqual([
      'Person 1: confirmed',
      'Person 2: confirmed',
      'Person 3: confirmed',
      'Person 4: confirmed',
      'Person 5: confirmed',
      'Person 6: waiting',
    ]);
    await platform.deliverOutbox();
    for (const n of [3, 4, 5])
      expect(await subjectsTo(`person${n}@more-seats.se`)).toContain(`Du har fått en plats: ${TITLE}`);
    expect(await subjectsTo('person6@more-seats.se')).toEqual([`Väntelista: ${TITLE}`]);
    // Nothing calendars show changed: the confirmed get no updated invite.
    expect(await subjectsTo('person1@more-seats.se')).toEqual([`Bekräftelse: ${TITLE}`]);

    const [entry, ...more] = await auditEntriesAbout(platform.table, 'skr', 'more-seats');
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ action: 'event-edited', detail: 'Antal platser: 2 → 5' });
    const { confirmedCount, waitingCount } = await seatCounterNow(platform.table, 'more-seats');
    expect({ confirmedCount, waitingCount }).toEqual({ confirmedCount: 5, waitingCount: 1 });
    expect(
      (await eventAttributesNow(platform.table, 'more-seats', ['freedSeatsPending']))?.freedSeatsPending,
    ).toBe(undefined);
  });

  it('are offered for the answering time where the event offers freed seats', async () => {
    await conferenceWith('more-offers', 1, 4);
    const setting = await skr.post('/organiser/events/more-offers/waiting-list', {
      mode: 'offers',
      offerHours: '48',
    });
    expect(setting.status).toBe(200);
    const saved = await save(skr, 'more-offers', await formOf('more-offers', { capacity: '3' }));
    expect(saved.html).toContain('2 personer på väntelistan har erbjudits en plats och ett mejl om det.');
    expect(await statuses('more-offers')).toEqual([
      'Person 1: confirmed',
      'Person 2: offered',
      'Person 3: offered',
      'Person 4: waiting',
    ]);
    await platform.deliverOutbox();
    const offer = (await mailTo(platform.mailbox, 'person2@more-offers.se')).at(-1);
    expect(offer?.subject).toBe(`En plats är ledig: ${TITLE}`);
    expect(offer?.text).toContain('senast tisdag 24 november 2026');
  });

  it('never give a seat twice: a sign-up taking one while the list moves leaves the list the rest', async () => {
    const event = await conferenceWith('raced-seats', 2, 4);
    const racing = justBeforeTransaction(
      platform.table,
      (item) => item.Update?.ConditionExpression?.includes('confirmedCount < #capacity') === true,
      () => signUpParticipant(platform.table, event, { name: 'Snabb Person', email: 'snabb@raced.se' }, NOW),
    );
    const saved = await save(skr, 'raced-seats', await formOf('raced-seats', { capacity: '3' }));
    racing.mockRestore();
    expect(saved.html).toContain('Ändringarna är sparade.');
    expect(saved.html).not.toContain('väntelistan har fått en plats');
    expect(await statuses('raced-seats')).toEqual([
      'Person 1: confirmed',
      'Person 2: confirmed',
      'Person 3: waiting',
      'Person 4: waiting',
      'Snabb Person: confirmed',
    ]);
    const { confirmedCount, capacity } = await seatCounterNow(platform.table, 'raced-seats');
    expect({ confirmedCount, capacity }).toEqual({
      confirmedCount: 3,
      capacity: 3,
    });
  });
});

describe('fewer seats on a published conference', () => {
  it('are refused below the number signed up, saying how many, with nothing stored', async () => {
    await conferenceWith('fewer-seats', 5, 5);
    const before = await getEventPage(platform.table, 'fewer-seats');
    const refused = await save(
      skr,
      'fewer-seats',
      await formOf('fewer-seats', { capacity: '3', title: 'Ny titel' }),
    );
    expect(refused.status).toBe(422);
    expect(refused.html).toContain('Kapaciteten kan inte sänkas under 5, som är antalet anmälda.');
    expect((await getEventPage(platform.table, 'fewer-seats'))?.event).toEqual(before?.event);
    expect(await auditEntriesAbout(platform.table, 'skr', 'fewer-seats')).toEqual([]);

    expect((await save(skr, 'fewer-seats', await formOf('fewer-seats', { capacity: '5' }))).status).toBe(200);
    expect((await getEventPage(platform.table, 'fewer-seats'))?.event.capacity).toBe(5);
  });
});

describe('the sign-up deadline of a published event', () => {
  it('reopens a closed event when extended: the page offers sign-up again and the API shows the new deadline', async () => {
    await putTrygghetsdag(platform.table, 'reopened', { registrationClosesAt: '2026-11-20T23:00:00Z' });
    expect(await (await platform.app.request('/events/reopened')).text()).not.toContain('/sign-up"');
    const saved = await save(
      skr,
      'reopened',
      await formOf('reopened', { registrationClosesAt: '2027-01-20T00:00' }),
    );
    expect(saved.html).toContain('Sista anmälningsdag: 20 november 2026 → 19 januari 2027');
    expect(await (await platform.app.request('/events/reopened')).text()).toContain(
      '<a class="button" href="/events/reopened/sign-up">Anmäl dig</a>',
    );
    const api = await (await platform.app.request('/api/v1/events/reopened')).json();
    expect(api.registrationClosesAt).toBe('2027-01-19T23:00:00Z');

    const shortened = await save(
      skr,
      'reopened',
      await formOf('reopened', { registrationClosesAt: '2026-11-22T10:30' }),
    );
    expect(shortened.status).toBe(200);
    expect(await (await platform.app.request('/events/reopened')).text()).not.toContain('/sign-up"');
  });
});

describe('what participants are told of a change', () => {
  it('sends the confirmed an updated invite for a new time, and nothing for a new description', async () => {
    await conferenceWith('told-of-time', 1, 2);
    const described = await save(
      skr,
      'told-of-time',
      await formOf('told-of-time', { description: 'En helt ny beskrivning.' }),
    );
    expect(described.html).toContain('Ändringarna är sparade.');
    expect(described.html).not.toContain('får en uppdaterad inbjudan');
    const moved = await save(
      skr,
      'told-of-time',
      await formOf('told-of-time', { startsAt: '2027-02-04T11:00', endsAt: '2027-02-04T16:00' }),
    );
    expect(moved.html).toContain('1 bekräftad deltagare får en uppdaterad inbjudan.');
    await platform.deliverOutbox();
    expect(await subjectsTo('person1@told-of-time.se')).toEqual([
      `Bekräftelse: ${TITLE}`,
      `Ändrat: ${TITLE}`,
    ]);
    expect(await subjectsTo('person2@told-of-time.se')).toEqual([`Väntelista: ${TITLE}`]);
    const event = (await getEventPage(platform.table, 'told-of-time'))?.event;
    expect(event).toMatchObject({ sequence: 1, version: 2, description: ['En helt ny beskrivning.'] });
  });
});

describe('two organisers saving at once', () => {
  it('refuses the later save from a form read before the first, in the organiser’s language, storing none of it', async () => {
    await putTrygghetsdag(platform.table, 'two-editors', { capacity: 100 });
    const read = await formOf('two-editors');
    expect((await save(skr, 'two-editors', { ...read, description: 'Redaktörens text.' })).status).toBe(200);
    const late = await save(colleague, 'two-editors', { ...read, capacity: '120' });
    expect(late.status).toBe(409);
    expect(late.html).toContain(
      'Någon annan sparade en ändring av evenemanget medan du redigerade, så inget av det du ändrade sparades.',
    );
    expect(late.html).toContain('<li>Beskrivning: Redaktörens text. → ');
    expect(late.html).toContain('<li>Antal platser: 100 → 120</li>');
    expect((await getEventPage(platform.table, 'two-editors'))?.event).toMatchObject({
      capacity: 100,
      description: ['Redaktörens text.'],
      version: 1,
    });
  });

  it('lets exactly one of two saves made at the same moment through', async () => {
    await putTrygghetsdag(platform.table, 'same-moment', { capacity: 100 });
    const read = await formOf('same-moment');
    const outcomes = await Promise.all([
      save(skr, 'same-moment', { ...read, capacity: '110' }),
      save(colleague, 'same-moment', { ...read, capacity: '120' }),
    ]);
    expect(outcomes.map(({ status }) => status).sort()).toEqual([200, 409]);
    const winner = outcomes[0]?.status === 200 ? 110 : 120;
    expect((await getEventPage(platform.table, 'same-moment'))?.event.capacity).toBe(winner);
    expect(await auditEntriesAbout(platform.table, 'skr', 'same-moment')).toHaveLength(1);
  });

  it('refuses a form that carries no version: it cannot show that nobody changed the event since', async () => {
    await putTrygghetsdag(platform.table, 'no-version');
    const { version, ...form } = await formOf('no-version', { title: 'Utan version' });
    expect(version).toBe('0');
    expect((await save(skr, 'no-version', form)).status).toBe(409);
    expect((await getEventPage(platform.table, 'no-version'))?.event.title).toBe(TITLE);
  });
});

describe('the quotas of a published study trip', () => {
  it('refuse a quota below what an organisation has taken, naming it in Norwegian, with nothing stored', async () => {
    await putKsStudyTrip(platform.table, 'quota-trip');
    const ks = asOrganiser(platform, await signedInOrganiser(platform, 'arrangor@ks.no', 'ks', 'admin'));
    const members = Array.from({ length: 4 }, (_, n) => ({
      [`members.${n}.name`]: `Deltaker ${n + 1}`,
      [`members.${n}.email`]: `deltaker${n + 1}@bergen.kommune.no`,
      [`members.${n}.role`]: ['politician', 'police', 'crime-prevention-coordinator', 'other'][n] ?? 'other',
    }));
    const registered = await postForm(platform.app, '/events/quota-trip/delegation', {
      organisation: 'Bergen',
      leadName: 'Leder Bergen',
      leadEmail: 'leder@bergen.kommune.no',
      ...DRAMMEN_INVOICE_FIELDS,
      intent: 'send-anyway',
      ...Object.assign({}, ...members),
    });
    expect(registered.status).toBe(201);
    const before = (await getEventPage(platform.table, 'quota-trip'))?.event;

    const refused = await save(ks, 'quota-trip', await formOf('quota-trip', { 'tiers.0.max': '3' }));
    expect(refused.status).toBe(422);
    expect(refused.html).toContain(
      'href="#field-tiers.0.max">Høyeste antall per organisasjon, rad 1: Bergen har allerede 4 plasser, så kvoten kan ikke bli lavere enn 4.',
    );
    expect((await getEventPage(platform.table, 'quota-trip'))?.event).toEqual(before);

    const saved = await save(
      ks,
      'quota-trip',
      await formOf('quota-trip', { 'tiers.0.max': '4', quotaDefault: '2' }),
    );
    expect(saved.status).toBe(200);
    expect(saved.html).toContain('Standardkvote: 3 → 2');
    expect((await getEventPage(platform.table, 'quota-trip'))?.event.quotas).toMatchObject({
      defaultMaxPerOrganisation: 2,
      tiers: [{ maxPerOrganisation: 4 }],
    });
  });
});

describe('a published working group', () => {
  let group: EventRecord;
  let lansstyrelsen: ReturnType<typeof asOrganiser>;
  beforeAll(async () => {
    platform.setNow(NOW);
    group = await putMotorburenProblematik(platform.table, 'decide-early');
    for (const [code, tag] of [
      ['1480', 'goteborg'],
      ['1490', 'boras'],
      ['1485', 'uddevalla'],
    ] as const)
      expect((await apply(platform, group, applicationForm(code, team(tag)))).status).toBe(201);
    lansstyrelsen = asOrganiser(
      platform,
      await signedInOrganiser(platform, 'redaktor@lansstyrelsen.se', 'lansstyrelsen-vg', 'editor'),
    );
    for (const code of ['1480', '1490'])
      expect(
        (await lansstyrelsen.post(`/organiser/events/decide-early/applications/${code}/select`)).status,
      ).toBe(200);
  });

  it('refuses fewer places than the municipalities already selected', async () => {
    const refused = await save(
      lansstyrelsen,
      'decide-early',
      await formOf('decide-early', { selectionPlaces: '1' }),
    );
    expect(refused.status).toBe(422);
    expect(refused.html).toContain('Antalet kan inte bli lägre än 2, som är antalet redan utvalda kommuner.');
    expect((await getEventPage(platform.table, 'decide-early'))?.event.selection?.places).toBe(6);
  });

  it('decides before the deadline after a step that says later applications are refused, and refuses them', async () => {
    const editor = await (await lansstyrelsen.get('/organiser/events/decide-early/edit')).text();
    expect(editor).toContain('href="/organiser/events/decide-early/applications/decide-now"');
    const step = await (
      await lansstyrelsen.get('/organiser/events/decide-early/applications/decide-now')
    ).text();
    expect(step).toContain(
      'Ansökningstiden stängs nu i stället för torsdag 7 januari 2027. Ansökningar som kommer efter det tas inte emot',
    );
    // The way back is the selection page the step was offered on.
    expect(step).toMatch(
      /<a class="button button-secondary" href="\/organiser\/events\/decide-early\/selection">/,
    );
    const unconfirmed = await lansstyrelsen.post('/organiser/events/decide-early/applications/decide-now');
    expect(unconfirmed.headers.get('location')).toBe(
      '/organiser/events/decide-early/applications/decide-now',
    );
    expect((await getEventPage(platform.table, 'decide-early'))?.event.decisionsSentAt).toBeUndefined();

    const decided = await lansstyrelsen.post('/organiser/events/decide-early/applications/decide-now', {
      confirm: 'yes',
    });
    expect(
      (await lansstyrelsen.get('/organiser/events/decide-early/applications/decide-now')).headers.get(
        'location',
      ),
    ).toBe('/organiser/events/decide-early/selection');
    expect(await decided.text()).toContain(
      'Besluten är skickade: 2 kommuner har fått välkomstbrev och 1 ett besked',
    );
    expect((await getEventPage(platform.table, 'decide-early'))?.event).toMatchObject({
      decisionsSentAt: new Date(NOW).toISOString(),
      registrationClosesAt: new Date(NOW).toISOString(),
    });
    await platform.deliverOutbox();
    expect(await subjectsTo('kim.goteborg@kommun.se')).toContain(`Välkomna till ${group.title}`);
    expect((await apply(platform, group, applicationForm('1488', team('trollhattan')))).status).not.toBe(201);
    const [entry] = (await auditEntriesAbout(platform.table, 'lansstyrelsen-vg', 'decide-early')).filter(
      ({ action }) => action === 'decisions-sent',
    );
    expect(entry?.detail).toBe('Sista ansökningsdag: 7 januari 2027 → 22 november 2026 11.00');
  });
});
