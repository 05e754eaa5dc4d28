import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '#shared/demo/demo-organisations.ts';
import type { AddOn } from '#shared/domain/add-on.ts';
import type { EventRecord, Price } from '#shared/domain/event.ts';
import { editorValuesOf } from '#shared/organiser/event-editor-form.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { putOrganisation } from '#store/transactions/organisations.ts';
import { putKsStudyTrip, putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
let skr: ReturnType<typeof asOrganiser>;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  for (const organisation of DEMO_ORGANISATIONS) await putOrganisation(platform.table, organisation);
  skr = asOrganiser(platform, await signedInOrganiser(platform, 'redaktor@skr.se', 'skr', 'editor'));
});

const HOTEL: AddOn = { id: 'hotellnatt', name: 'Hotellnatt', amount: 1200, vatRate: 12, capacity: 40 };
const DINNER: AddOn = { id: 'middag', name: 'Middag', amount: 450, vatRate: 25 };
const priced = (addOns: AddOn[] = [HOTEL, DINNER]): Price => ({
  amount: 2500,
  currency: 'SEK',
  approximate: false,
  includes: ['Lunch'],
  excludes: [],
  vatRate: 25,
  addOns,
});

/** What Malmö stad's finance department gives: organisation number, Peppol by default, and its reference. */
const MALMO_INVOICE = {
  invoiceName: 'Malmö stad',
  invoiceCountry: 'SE',
  invoiceOrganisationNumber: '212000-1124',
  invoiceDelivery: 'peppol',
  invoiceReference: 'KF-4711 Anna Ek',
};

const signUpWith = (eventId: string, n: number, extra: Record<string, string>) =>
  postForm(platform.app, `/events/${eventId}/sign-up`, {
    ...signUpFields(`Person ${n}`, `person${n}@${eventId}.se`),
    ...extra,
  });

/** 60 people at once take these 40 rooms: the property every add-on with a capacity must keep. */
const PEOPLE = 60;
const RACE_TIMEOUT = 180_000;

describe('an add-on with a capacity', () => {
  it(
    'gives 40 hotel rooms to exactly 40 of 60 people signing up at once, and refuses the rest with nothing stored',
    async () => {
      await putTrygghetsdag(platform.table, 'hotel-race', { capacity: 100, price: priced() });
      const responses = await Promise.all(
        Array.from({ length: PEOPLE }, (_, n) =>
          signUpWith('hotel-race', n, { ...MALMO_INVOICE, 'addOn.hotellnatt': 'yes' }),
        ),
      );
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 201)).toHaveLength(40);
      expect(statuses.filter((status) => status === 422)).toHaveLength(PEOPLE - 40);
      const refused = await Promise.all(
        responses.filter((response) => response.status === 422).map((response) => response.text()),
      );
      for (const html of refused)
        expect(html).toContain('Tillvalet Hotellnatt är fullbokat. Välj bort det eller försök senare.');

      const registrations = await listRegistrations(platform.table, 'hotel-race');
      expect(registrations).toHaveLength(40);
      expect(registrations.every((registration) => registration.addOnIds?.includes('hotellnatt'))).toBe(true);
      const page = await getEventPage(platform.table, 'hotel-race');
      expect(page?.addOnsTaken).toEqual({ hotellnatt: 40 });
      expect(page?.seats.confirmed).toBe(40);
    },
    RACE_TIMEOUT,
  );

  it('keeps the invoice details and add-ons on the registration, and gives the room back on cancelling', async () => {
    await putTrygghetsdag(platform.table, 'hotel-cancel', { capacity: 100, price: priced() });
    const response = await signUpWith('hotel-cancel', 1, {
      ...MALMO_INVOICE,
      'addOn.hotellnatt': 'yes',
      'addOn.middag': 'yes',
    });
    expect(response.status).toBe(201);
    const [registration] = await listRegistrations(platform.table, 'hotel-cancel');
    expect(registration?.addOnIds).toEqual(['hotellnatt', 'middag']);
    expect(registration?.invoicing).toEqual({
      name: 'Malmö stad',
      organisationNumber: '2120001124',
      country: 'SE',
      peppolId: '0007:2120001124',
      buyerReference: 'KF-4711 Anna Ek',
    });
    expect((await getEventPage(platform.table, 'hotel-cancel'))?.addOnsTaken).toEqual({
      hotellnatt: 1,
      middag: 1,
    });

    const cancelled = await skr.post(
      `/organiser/events/hotel-cancel/registrations/${registration?.id}/cancel`,
    );
    expect(cancelled.status).toBeLessThan(400);
    expect((await getEventPage(platform.table, 'hotel-cancel'))?.addOnsTaken).toEqual({
      hotellnatt: 0,
      middag: 0,
    });
  });

  it('is not lowered below those who hold it: refused with the count, and nothing changes', async () => {
    await putTrygghetsdag(platform.table, 'hotel-lower', { capacity: 100, price: priced() });
    for (let n = 1; n <= 3; n += 1)
      expect(
        (await signUpWith('hotel-lower', n, { ...MALMO_INVOICE, 'addOn.hotellnatt': 'yes' })).status,
      ).toBe(201);
    const page = await getEventPage(platform.table, 'hotel-lower');
    if (!page) throw new Error('no event');
    const form = editorValuesOf(page.event, 0);
    expect(form['addOns.0.id']).toBe('hotellnatt');
    const refused = await skr.post('/organiser/events/hotel-lower/edit', {
      ...form,
      'addOns.0.capacity': '2',
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain(
      '3 deltagare har redan valt tillvalet: antalet platser kan inte bli färre.',
    );
    expect((await getEventPage(platform.table, 'hotel-lower'))?.event.price?.addOns?.[0]?.capacity).toBe(40);

    const saved = await skr.post('/organiser/events/hotel-lower/edit', { ...form, 'addOns.0.capacity': '3' });
    expect(saved.status).toBe(200);
    expect((await getEventPage(platform.table, 'hotel-lower'))?.event.price?.addOns?.[0]?.capacity).toBe(3);
    const fourth = await signUpWith('hotel-lower', 4, { ...MALMO_INVOICE, 'addOn.hotellnatt': 'yes' });
    expect(fourth.status).toBe(422);
  });
});

describe('the editor’s add-on rows', () => {
  it('offer the add-on’s name in the languages other than the event’s own, as its other fields do', async () => {
    await putTrygghetsdag(platform.table, 'names-swedish', { price: priced() });
    const editor = await (await skr.get('/organiser/events/names-swedish/edit')).text();
    expect(editor).toContain('name="addOns.0.nameNb"');
    expect(editor).toContain('name="addOns.0.nameEn"');
    expect(editor).not.toContain('name="addOns.0.nameSv"');
  });
});

describe('the manage page', () => {
  const linkIn = (text: string | undefined) =>
    text?.match(/http:\/\/traffpunkt\.test(\/manage\/[\w-]+)/)?.[1];

  it('changes the add-ons after a confirmation, moving the counters in one transaction, while places are left', async () => {
    await putTrygghetsdag(platform.table, 'manage-addons', {
      capacity: 100,
      price: priced([{ ...HOTEL, capacity: 1 }, DINNER]),
    });
    expect((await signUpWith('manage-addons', 1, { ...MALMO_INVOICE, 'addOn.middag': 'yes' })).status).toBe(
      201,
    );
    await platform.deliverOutbox();
    const [mail] = await mailTo(platform.mailbox, 'person1@manage-addons.se');
    const path = linkIn(mail?.text);
    if (!path) throw new Error('no manage link');
    const page = await (await platform.app.request(path)).text();
    expect(page).toContain('<legend>Dina tillval</legend>');
    expect(page).toContain('KF-4711 Anna Ek');

    const asked = await postForm(platform.app, `${path}/add-ons`, { 'addOn.hotellnatt': 'yes' });
    const confirm = await asked.text();
    expect(confirm).toContain('Ändra dina tillval?');
    expect(confirm).toMatch(/Du lägger till:<\/p><ul><li>Hotellnatt, 1\u00a0200\u00a0kr/);
    expect(confirm).toMatch(/Du tar bort:<\/p><ul><li>Middag, 450\u00a0kr/);
    expect((await getEventPage(platform.table, 'manage-addons'))?.addOnsTaken).toEqual({
      middag: 1,
      hotellnatt: 0,
    });

    const saved = await postForm(platform.app, `${path}/add-ons`, {
      'addOn.hotellnatt': 'yes',
      confirm: 'yes',
    });
    expect(await saved.text()).toContain('Dina tillval är ändrade.');
    expect((await getEventPage(platform.table, 'manage-addons'))?.addOnsTaken).toEqual({
      middag: 0,
      hotellnatt: 1,
    });
    const [registration] = await listRegistrations(platform.table, 'manage-addons');
    expect(registration?.addOnIds).toEqual(['hotellnatt']);

    // The only room is taken: a second participant is refused it, and nothing of theirs changes.
    expect((await signUpWith('manage-addons', 2, { ...MALMO_INVOICE, 'addOn.middag': 'yes' })).status).toBe(
      201,
    );
    await platform.deliverOutbox();
    const second = linkIn((await mailTo(platform.mailbox, 'person2@manage-addons.se'))[0]?.text);
    const refused = await postForm(platform.app, `${second}/add-ons`, {
      'addOn.hotellnatt': 'yes',
      'addOn.middag': 'yes',
      confirm: 'yes',
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain(
      'Tillvalet Hotellnatt är fullbokat. Välj bort det eller försök senare.',
    );
    expect((await getEventPage(platform.table, 'manage-addons'))?.addOnsTaken).toEqual({
      middag: 1,
      hotellnatt: 1,
    });
  });
});

describe('the invoice details', () => {
  it.each([
    ['sv', 'Kontrollera organisationsnumret: ett svenskt har tio siffror och kontrollsiffran måste stämma.'],
    ['nb', 'Kontroller organisasjonsnummeret: et svensk har ti siffer, og kontrollsifferet må stemme.'],
    ['en', 'Check the organisation number: a Swedish one has ten digits and its check digit must match.'],
  ])(
    'refuse an organisation number whose check digit is wrong (%s), and nothing is stored',
    async (language, message) => {
      const id = `bad-number-${language}`;
      await putTrygghetsdag(platform.table, id, { capacity: 100, price: priced() });
      const response = await platform.app.request(`/events/${id}/sign-up`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: 'http://localhost',
          'accept-language': language,
          cookie: `lang=${language}`,
        },
        body: new URLSearchParams({
          ...signUpFields('Anna Ek', `anna@${id}.se`),
          ...MALMO_INVOICE,
          invoiceOrganisationNumber: '212000-1125',
          'addOn.hotellnatt': 'yes',
        }).toString(),
      });
      expect(response.status).toBe(422);
      expect(await response.text()).toContain(message);
      expect(await listRegistrations(platform.table, id)).toEqual([]);
      expect((await getEventPage(platform.table, id))?.addOnsTaken).toEqual({ hotellnatt: 0 });
    },
  );

  it('requires the buyer’s reference when the event costs something', async () => {
    await putTrygghetsdag(platform.table, 'no-reference', { capacity: 100, price: priced() });
    const response = await signUpWith('no-reference', 1, { ...MALMO_INVOICE, invoiceReference: '' });
    expect(response.status).toBe(422);
    expect(await response.text()).toMatch(/Er referens/);
  });

  it('are not asked by a free event (Trygghetsdag), nor stored', async () => {
    const event: EventRecord = await putTrygghetsdag(platform.table, 'free-event', { capacity: 100 });
    expect(event.price).toBeUndefined();
    const form = await (await platform.app.request('/events/free-event/sign-up')).text();
    expect(form).not.toContain('Fakturauppgifter');
    expect(form).not.toContain('Er referens');
    expect((await signUpWith('free-event', 1, {})).status).toBe(201);
    const [registration] = await listRegistrations(platform.table, 'free-event');
    expect(registration?.invoicing).toBeUndefined();
  });
});

describe('a delegation to the KS study trip', () => {
  it('asks who pays once, takes each member’s hotel night, and stores the payer on the delegation and its members', async () => {
    const event = await putKsStudyTrip(platform.table, 'ks-hotel');
    const form = await (await platform.app.request('/events/ks-hotel/delegation')).text();
    expect(form).toContain('Hotellnatt før turen, med frokost');
    expect(form).toContain('1\u00a0150\u00a0kr');
    expect(form).toContain('Deres referanse');
    const response = await postForm(platform.app, '/events/ks-hotel/delegation', {
      organisation: 'Drammen',
      leadName: 'Leder Drammen',
      leadEmail: 'leder@drammen.kommune.no',
      'members.0.name': 'Kari Nordmann',
      'members.0.email': 'kari@drammen.kommune.no',
      'members.0.role': 'politician',
      'members.0.addOn.hotellnatt-for-turen': 'yes',
      'members.1.name': 'Ola Nordmann',
      'members.1.email': 'ola@drammen.kommune.no',
      'members.1.role': 'police',
      'members.1.addOn.hotellnatt-for-turen': 'yes',
      'members.1.addOn.middag-kvelden-for': 'yes',
      invoiceName: 'Drammen kommune',
      invoiceCountry: 'NO',
      invoiceOrganisationNumber: '921 234 554',
      invoiceDelivery: 'peppol',
      invoiceReference: '4400-Studietur',
      intent: 'send-anyway',
    });
    expect(response.status).toBeLessThan(400);
    const members = await listRegistrations(platform.table, event.id);
    expect(members.map((member) => member.addOnIds).sort()).toEqual([
      ['hotellnatt-for-turen'],
      ['hotellnatt-for-turen', 'middag-kvelden-for'],
    ]);
    for (const member of members)
      expect(member.invoicing).toMatchObject({
        name: 'Drammen kommune',
        organisationNumber: '921234554',
        country: 'NO',
        peppolId: '0192:921234554',
        buyerReference: '4400-Studietur',
      });
    expect((await getEventPage(platform.table, event.id))?.addOnsTaken).toEqual({
      'hotellnatt-for-turen': 2,
      'middag-kvelden-for': 1,
    });
  });

  it('lets the lead add a member later with their add-ons, held in the same transaction, and refuses a full one', async () => {
    const demo = await putKsStudyTrip(platform.table, 'ks-later');
    const addOns = (demo.price?.addOns ?? []).map((addOn) =>
      addOn.id === 'hotellnatt-for-turen' ? { ...addOn, capacity: 1 } : addOn,
    );
    if (!demo.price) throw new Error('the demo trip has a price');
    const event = await putKsStudyTrip(platform.table, 'ks-later', { price: { ...demo.price, addOns } });
    const registered = await postForm(platform.app, '/events/ks-later/delegation', {
      organisation: 'Drammen',
      leadName: 'Leder Drammen',
      leadEmail: 'leder@drammen.kommune.no',
      'members.0.name': 'Kari Nordmann',
      'members.0.email': 'kari@drammen.kommune.no',
      'members.0.role': 'politician',
      'members.0.addOn.hotellnatt-for-turen': 'yes',
      invoiceName: 'Drammen kommune',
      invoiceCountry: 'NO',
      invoiceOrganisationNumber: '921 234 554',
      invoiceDelivery: 'peppol',
      invoiceReference: '4400-Studietur',
      intent: 'send-anyway',
    });
    expect(registered.status).toBeLessThan(400);
    await platform.deliverOutbox();
    const receipts = await mailTo(platform.mailbox, 'leder@drammen.kommune.no');
    const lead = receipts
      .map((mail) => mail.text?.match(/http:\/\/traffpunkt\.test(\/delegations\/[\w-]+)/)?.[1])
      .filter((link) => link !== undefined)
      .at(-1);
    const page = await (await platform.app.request(lead ?? '')).text();
    expect(page).toContain('name="addOn.middag-kvelden-for"');
    const ola = {
      name: 'Ola Nordmann',
      email: 'ola@drammen.kommune.no',
      role: 'police',
      'addOn.hotellnatt-for-turen': 'yes',
    };

    const full = await postForm(platform.app, `${lead}/members`, ola);
    expect(full.status).toBe(422);
    expect(await full.text()).toContain('Hotellnatt før turen, med frokost');
    expect(await listRegistrations(platform.table, event.id)).toHaveLength(1);

    const { 'addOn.hotellnatt-for-turen': _, ...withoutHotel } = ola;
    const added = await postForm(platform.app, `${lead}/members`, {
      ...withoutHotel,
      'addOn.middag-kvelden-for': 'yes',
    });
    expect(added.status).toBe(200);
    const later = (await listRegistrations(platform.table, event.id)).find(
      (member) => member.email === 'ola@drammen.kommune.no',
    );
    expect(later?.addOnIds).toEqual(['middag-kvelden-for']);
    expect(later?.invoicing).toMatchObject({ name: 'Drammen kommune', buyerReference: '4400-Studietur' });
    expect((await getEventPage(platform.table, event.id))?.addOnsTaken).toEqual({
      'hotellnatt-for-turen': 1,
      'middag-kvelden-for': 1,
    });
  });
});
