import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventCreationMessagesFor } from '#shared/i18n/event-creation-messages.ts';
import { listAuditEntries } from '#store/entities/audit-entry.ts';
import { listEventsWithDrafts } from '#store/entities/event.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { putOrganisation } from '#store/transactions/organisations.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
let editor: ReturnType<typeof asOrganiser>;
let viewer: ReturnType<typeof asOrganiser>;
let otherOrganisation: ReturnType<typeof asOrganiser>;
afterAll(() => platform.stop());

beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  await putTrygghetsdag(platform.table, 'trygghetsdag-original');
  editor = asOrganiser(platform, await signedInOrganiser(platform, 'redaktor@skr.se', 'skr', 'editor'));
  viewer = asOrganiser(platform, await signedInOrganiser(platform, 'lasare@skr.se', 'skr', 'viewer'));
  otherOrganisation = asOrganiser(
    platform,
    await signedInOrganiser(platform, 'arrangor@ks.no', 'ks', 'admin'),
  );
});

/** A conference in Gothenburg as an organiser fills in the form, with `changes` on top. */
const conference = (changes: Record<string, string> = {}) => ({
  kind: 'conference',
  title: 'Trygghetsdag i Göteborg',
  summary: 'En dag om trygghet i offentlig miljö.',
  description: 'Första stycket.\n\nAndra stycket.',
  language: 'sv',
  timeZone: 'Europe/Stockholm',
  startsAt: '2027-03-10T09:30',
  endsAt: '2027-03-10T16:00',
  venueKind: 'place',
  venueName: 'Svenska mässan',
  venueAddress: 'Mässans gata 20',
  venueCity: 'Göteborg',
  onlineLink: '',
  capacity: '120',
  waitingList: 'yes',
  registrationOpensAt: '',
  registrationClosesAt: '2027-03-01T00:00',
  targetGroups: 'Kommuner\nPolisen',
  contacts: 'Anna Andersson, SKR, anna.andersson@skr.se',
  ...changes,
});

const createdId = (response: Response) =>
  response.headers.get('location')?.replace('/organiser/events/', '') ?? '';

describe('creating an event', () => {
  it('saves a new conference as a draft under a readable id, times read in the event zone, hidden from the public', async () => {
    const response = await editor.post('/organiser/events/new', conference());
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/organiser/events/trygghetsdag-i-goteborg-2027');

    const page = await getEventPage(platform.table, 'trygghetsdag-i-goteborg-2027');
    expect(page?.event).toMatchObject({
      organisationId: 'skr',
      status: 'draft',
      kind: 'conference',
      description: ['Första stycket.', 'Andra stycket.'],
      venue: { kind: 'place', name: 'Svenska mässan', address: 'Mässans gata 20', city: 'Göteborg' },
      capacity: 120,
      waitingListEnabled: true,
      targetGroups: ['Kommuner', 'Polisen'],
      contacts: [
        { purpose: 'general', name: 'Anna Andersson', organisation: 'SKR', email: 'anna.andersson@skr.se' },
      ],
    });
    // 09.30 in Stockholm in March is 08.30 UTC; midnight 1 March is 23.00 UTC the day before.
    expect(Date.parse(page?.event.startsAt ?? '')).toBe(Date.parse('2027-03-10T08:30:00Z'));
    expect(Date.parse(page?.event.registrationClosesAt ?? '')).toBe(Date.parse('2027-02-28T23:00:00Z'));

    expect(await (await platform.app.request('/')).text()).not.toContain('Trygghetsdag i Göteborg');
    expect((await platform.app.request('/events/trygghetsdag-i-goteborg-2027')).status).toBe(404);
    const organiserPage = await (await editor.get('/organiser/events/trygghetsdag-i-goteborg-2027')).text();
    expect(organiserPage).toContain('Utkast: syns inte för allmänheten.');
    expect(await (await editor.get('/organiser')).text()).toContain('Trygghetsdag i Göteborg');
  });

  it('gives a second event of the same title and year the next free id', async () => {
    const response = await editor.post(
      '/organiser/events/new',
      conference({ summary: 'Samma titel, annan dag.' }),
    );
    expect(createdId(response)).toBe('trygghetsdag-i-goteborg-2027-2');
  });

  it('refuses bad input field by field in Swedish and stores nothing', async () => {
    const before = (await listEventsWithDrafts(platform.table)).length;
    const response = await editor.post(
      '/organiser/events/new',
      conference({
        title: ' ',
        capacity: 'många',
        contacts: 'Anna Andersson, anna.andersson(at)skr.se',
      }),
    );
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('Formuläret har fel');
    expect(html).toContain('href="#field-title">Titel: Fyll i fältet.');
    expect(html).toContain('Ange ett heltal mellan 1 och 100 000, eller lämna tomt.');
    expect(html).toContain('Rad 1: skriv namn och en giltig e-postadress');
    expect(html).toContain('Anna Andersson, anna.andersson(at)skr.se');
    expect((await listEventsWithDrafts(platform.table)).length).toBe(before);

    const backwards = await editor.post('/organiser/events/new', conference({ endsAt: '2027-03-10T08:00' }));
    expect(backwards.status).toBe(422);
    expect(await backwards.text()).toContain('Slutar: Sluttiden måste ligga efter starttiden.');
    const late = await editor.post(
      '/organiser/events/new',
      conference({ registrationClosesAt: '2027-03-11T00:00' }),
    );
    expect(await late.text()).toContain('Sista anmälningsdag måste ligga före evenemangets start.');
    const nowhere = await editor.post('/organiser/events/new', conference({ venueCity: '' }));
    expect(await nowhere.text()).toContain('href="#field-venueCity">Ort: Fyll i fältet.');
    expect((await listEventsWithDrafts(platform.table)).length).toBe(before);
  });

  it('answers in Norwegian for a Norwegian organisation', async () => {
    const response = await otherOrganisation.post('/organiser/events/new', conference({ title: '' }));
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('Tittel: Fyll ut feltet.');
  });

  it('takes an online event with its meeting link, and refuses a link that is not https', async () => {
    const online = {
      venueKind: 'digital',
      venueName: '',
      venueAddress: '',
      venueCity: '',
      title: 'Webbinarium',
    };
    const refused = await editor.post(
      '/organiser/events/new',
      conference({ ...online, onlineLink: 'http://x.se' }),
    );
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Ange en länk som börjar med https://.');
    const created = await editor.post(
      '/organiser/events/new',
      conference({ ...online, onlineLink: 'https://mote.example.se/1' }),
    );
    const page = await getEventPage(platform.table, createdId(created));
    expect(page?.event.venue).toEqual({ kind: 'digital' });
    expect(page?.event.onlineLink).toBe('https://mote.example.se/1');
  });
});

describe('choosing the kind first', () => {
  it('asks for the kind with a sentence for each, then shows only that kind’s sections', async () => {
    const choice = await (await editor.get('/organiser/events/new')).text();
    expect(choice).toContain('Vilken typ av evenemang?');
    expect(choice).toContain('Organisationer anmäler en delegation inom sin kvot av platser.');
    expect(choice).not.toContain('name="title"');
    const missing = await editor.get('/organiser/events/new?kind=');
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain('Typ av evenemang: Välj en av de tre typerna.');

    const conference = await (await editor.get('/organiser/events/new?kind=conference')).text();
    expect(conference).toContain('Typ av evenemang: Konferens.');
    expect(conference).toContain('name="kind" value="conference"');
    expect(conference).not.toContain('Platser per organisation');
    expect(conference).not.toContain('name="selectionPlaces"');
    const trip = await (await editor.get('/organiser/events/new?kind=study-trip')).text();
    expect(trip).toContain('Platser per organisation');
    expect(trip).toContain('name="tiers.2.organisations"');
    expect(trip).not.toContain('name="selectionPlaces"');
  });
});

describe('editing and publishing a draft', () => {
  it('edits a draft until it is published, after a step that says what publishing does, then publishes it once', async () => {
    const id = createdId(await editor.post('/organiser/events/new', conference({ title: 'Narkotikadagen' })));
    expect((await editor.get(`/organiser/events/${id}/edit`)).status).toBe(200);
    const edited = await editor.post(
      `/organiser/events/${id}/edit`,
      conference({ title: 'Narkotikadagen Väst', capacity: '', version: '0' }),
    );
    expect(edited.status).toBe(303);
    const draft = (await getEventPage(platform.table, id))?.event;
    expect(draft?.title).toBe('Narkotikadagen Väst');
    expect(draft?.capacity).toBeUndefined();

    const step = await editor.get(`/organiser/events/${id}/publish`);
    expect(await step.text()).toContain('Sidan blir offentlig och anmälan öppnar direkt.');
    const unconfirmed = await editor.post(`/organiser/events/${id}/publish`);
    expect(unconfirmed.headers.get('location')).toBe(`/organiser/events/${id}/publish`);
    expect((await getEventPage(platform.table, id))?.event.status).toBe('draft');

    expect((await editor.post(`/organiser/events/${id}/publish`, { confirm: 'yes' })).status).toBe(303);
    const published = (await getEventPage(platform.table, id))?.event;
    expect(published).toMatchObject({ status: 'published', sequence: 0 });
    expect(await (await platform.app.request('/')).text()).toContain('Narkotikadagen Väst');
    expect((await platform.app.request(`/events/${id}`)).status).toBe(200);

    expect((await editor.post(`/organiser/events/${id}/publish`, { confirm: 'yes' })).status).toBe(303);
    expect((await getEventPage(platform.table, id))?.event.status).toBe('published');
    const trail = (await listAuditEntries(platform.table, 'skr')).entries.filter(
      (entry) => entry.target.id === id,
    );
    // The test clock stands still, so the three entries share one instant: compare them as a set.
    expect(trail.map((entry) => `${entry.action} by ${entry.actor.email}`).sort()).toEqual([
      'event-created by redaktor@skr.se',
      'event-edited by redaktor@skr.se',
      'event-published by redaktor@skr.se',
    ]);
    expect(trail.find((entry) => entry.action === 'event-edited')?.detail).toBe(
      'Titel: Narkotikadagen → Narkotikadagen Väst | Antal platser: 120 → obegränsat',
    );
    // A published event is edited in the same editor; a form read while it was a draft is out of date.
    expect(await (await editor.get(`/organiser/events/${id}/edit`)).text()).toContain(
      'Redigera: Narkotikadagen Väst',
    );
    const late = await editor.post(
      `/organiser/events/${id}/edit`,
      conference({ title: 'För sent', version: '1' }),
    );
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('Någon annan sparade en ändring av evenemanget medan du redigerade');
    expect((await getEventPage(platform.table, id))?.event.title).toBe('Narkotikadagen Väst');
  });

  it('refuses to publish while the organisation has no reply-to address for the invites, saying why', async () => {
    await putOrganisation(platform.table, {
      id: 'utan-svarsadress',
      name: 'Kommun utan svarsadress',
      kind: 'kommun',
      country: 'NO',
      retentionDays: 90,
    });
    const admin = asOrganiser(
      platform,
      await signedInOrganiser(platform, 'admin@utan-svarsadress.no', 'utan-svarsadress', 'admin'),
    );
    const id = createdId(
      await admin.post('/organiser/events/new', conference({ title: 'Trygghetsdag i Tromsø' })),
    );

    const refused = await admin.post(`/organiser/events/${id}/publish`, { confirm: 'yes' });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain(eventCreationMessagesFor('nb').publish.noReplyTo);
    expect(await (await admin.get(`/organiser/events/${id}/publish`)).text()).not.toContain('Publiser nå');
    expect((await getEventPage(platform.table, id))?.event.status).toBe('draft');

    const settings = {
      retentionDays: '90',
      auditRetentionDays: '730',
      senderName: '',
      replyTo: 'trygghet@tromso.kommune.no',
    };
    expect((await admin.post('/organiser/settings', settings)).status).toBe(200);
    expect((await admin.post(`/organiser/events/${id}/publish`, { confirm: 'yes' })).status).toBe(303);
    expect((await getEventPage(platform.table, id))?.event.status).toBe('published');
  });

  it('previews a draft’s public page for the organisation alone, marked and kept from search engines', async () => {
    const id = createdId(await editor.post('/organiser/events/new', conference({ title: 'Förhandsvisad' })));
    const preview = await editor.get(`/organiser/events/${id}/preview`);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    const html = await preview.text();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>');
    expect(html).toContain('Förhandsgranskning: så här ser sidan ut för deltagarna');
    expect(html).toContain('<h1>Förhandsvisad</h1>');
    expect(html).toContain(`href="/events/${id}/sign-up"`);
    expect((await viewer.get(`/organiser/events/${id}/preview`)).status).toBe(200);
    expect((await otherOrganisation.get(`/organiser/events/${id}/preview`)).status).toBe(404);
    expect((await platform.app.request(`/organiser/events/${id}/preview`)).headers.get('location')).toBe(
      '/organiser/sign-in',
    );
    expect((await platform.app.request(`/events/${id}`)).status).toBe(404);
  });

  it('copies an event to a new edition: everything kept, every date 52 weeks on, opened as a draft', async () => {
    const form = await (await editor.get('/organiser/events/trygghetsdag-original/copy')).text();
    expect(form).toContain('Ny upplaga av Trygghetsdag 2027');
    expect(form).toMatch(/name="weeks"[^>]*value="52"/);
    const refused = await editor.post('/organiser/events/trygghetsdag-original/copy', { weeks: 'ett år' });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Ange ett heltal mellan 1 och 520.');

    const response = await editor.post('/organiser/events/trygghetsdag-original/copy', { weeks: '52' });
    const id = 'trygghetsdag-2028-sa-arbetar-vi-mot-narkotika';
    expect(response.headers.get('location')).toBe(`/organiser/events/${id}/edit`);
    const original = await getEventPage(platform.table, 'trygghetsdag-original');
    const copy = await getEventPage(platform.table, id);
    expect(copy?.event).toMatchObject({
      title: 'Trygghetsdag 2028 – Så arbetar vi mot narkotika',
      status: 'draft',
      editionOf: 'trygghetsdag-original',
      startsAt: '2028-02-03T09:00:00Z',
      contacts: original?.event.contacts,
      coOrganisers: original?.event.coOrganisers,
      coOrganiserIds: ['bra'],
    });
    expect(copy?.slots.map((slot) => [slot.id, slot.startsAt.slice(0, 10)])).toEqual(
      original?.slots.map((slot) => [slot.id, '2028-02-03']),
    );
    const trail = (await listAuditEntries(platform.table, 'skr')).entries.find(
      (entry) => entry.target.id === id,
    );
    expect(trail?.detail).toBe('Kopia av trygghetsdag-original, alla datum 52 veckor senare');
  });
});

describe('who may create and publish', () => {
  it('refuses a viewer the editor, creating and publishing, and changes nothing', async () => {
    const id = createdId(await editor.post('/organiser/events/new', conference({ title: 'Viewer test' })));
    const before = (await listEventsWithDrafts(platform.table)).length;
    expect((await viewer.get('/organiser/events/new')).status).toBe(403);
    const refused = await viewer.post('/organiser/events/new', conference({ title: 'Läsarens evenemang' }));
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe('Din roll har inte behörighet att göra det här.');
    expect((await viewer.post(`/organiser/events/${id}/publish`, { confirm: 'yes' })).status).toBe(403);
    expect((await viewer.get(`/organiser/events/${id}/copy`)).status).toBe(403);
    expect((await viewer.post(`/organiser/events/${id}/edit`, conference({ title: 'Ändrad' }))).status).toBe(
      403,
    );
    expect((await listEventsWithDrafts(platform.table)).length).toBe(before);
    expect((await getEventPage(platform.table, id))?.event).toMatchObject({
      status: 'draft',
      title: 'Viewer test',
    });
    expect(await (await viewer.get('/organiser')).text()).not.toContain('href="/organiser/events/new"');
  });

  it("does not let another organisation's organiser see, edit, publish or copy the event", async () => {
    const id = createdId(await editor.post('/organiser/events/new', conference({ title: 'Bara SKR' })));
    expect((await otherOrganisation.get(`/organiser/events/${id}/edit`)).status).toBe(404);
    expect((await otherOrganisation.post(`/organiser/events/${id}/edit`, conference())).status).toBe(404);
    expect((await otherOrganisation.post(`/organiser/events/${id}/publish`, { confirm: 'yes' })).status).toBe(
      404,
    );
    expect((await otherOrganisation.get(`/organiser/events/${id}/copy`)).status).toBe(404);
    expect((await otherOrganisation.post(`/organiser/events/${id}/copy`, { weeks: '52' })).status).toBe(404);
    expect((await getEventPage(platform.table, id))?.event).toMatchObject({
      status: 'draft',
      title: 'Bara SKR',
    });
    expect(await (await otherOrganisation.get('/organiser')).text()).not.toContain('Bara SKR');
  });

  it('sends someone without a session to sign in, and refuses a form posted from another site', async () => {
    const anonymous = await platform.app.request('/organiser/events/new');
    expect(anonymous.headers.get('location')).toBe('/organiser/sign-in');
    const before = (await listEventsWithDrafts(platform.table)).length;
    const forged = await platform.app.request('/organiser/events/new', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(conference({ title: 'Förfalskad' })).toString(),
    });
    expect(forged.status).toBe(403);
    expect((await listEventsWithDrafts(platform.table)).length).toBe(before);
  });
});
