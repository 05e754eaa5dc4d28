import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '#shared/demo/demo-organisations.ts';
import { eventKey } from '#store/entities/event.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { putOrganisation } from '#store/transactions/organisations.ts';
import { putGroupMembers } from '#test/support/group-member-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { receivedMail } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
let skr: ReturnType<typeof asOrganiser>;
let ks: ReturnType<typeof asOrganiser>;
let bra: ReturnType<typeof asOrganiser>;
afterAll(() => platform.stop());

beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  for (const organisation of DEMO_ORGANISATIONS) await putOrganisation(platform.table, organisation);
  skr = asOrganiser(platform, await signedInOrganiser(platform, 'redaktor@skr.se', 'skr', 'editor'));
  ks = asOrganiser(platform, await signedInOrganiser(platform, 'arrangor@ks.no', 'ks', 'admin'));
  bra = asOrganiser(platform, await signedInOrganiser(platform, 'arrangor@bra.se', 'bra', 'editor'));
});

const common = {
  summary: 'Kort ingress.',
  description: 'Om evenemanget.',
  venueKind: 'digital',
  waitingList: 'yes',
};

const STUDY_TRIP = {
  ...common,
  kind: 'study-trip',
  title: 'Studietur om MC-kriminalitet',
  language: 'nb',
  timeZone: 'Europe/Oslo',
  startsAt: '2027-03-23T11:30',
  endsAt: '2027-03-24T13:00',
  venueKind: 'place',
  venueCity: 'København',
  capacity: '50',
  priceAmount: '3000',
  priceCurrency: 'NOK',
  priceApproximate: 'yes',
  priceIncludes: 'Overnatting med frokost\nMiddag',
  priceExcludes: 'Fly tur/retur København',
  quotaDefault: '3',
  'tiers.0.max': '5',
  'tiers.0.organisations': 'Oslo\nBergen',
  invitedOrganisations: 'Oslo\nBergen\nDrammen',
  invitedOnly: 'yes',
  'wishedRole-politician': 'yes',
  'wishedRole-police': 'yes',
};

const WORKING_GROUP = {
  ...common,
  kind: 'working-group',
  title: 'Motorburen problematik i Väst',
  language: 'sv',
  timeZone: 'Europe/Stockholm',
  startsAt: '2027-04-01T09:00',
  endsAt: '2027-10-01T12:00',
  registrationClosesAt: '2027-03-01T00:00',
  selectionPlaces: '6',
  selectionBasis: 'Vi förbehåller oss rätten att välja för gränsöverskridande samverkan.',
  selectionRequirements: 'En representant från kommunen\nEn representant från polisen',
  workingMethod: 'Kartläggning och orsaksanalys.\n\nÅtgärder och uppföljning.',
  meetingCount: '6',
  'coOrganiser-bra': 'yes',
};

const createdId = (response: Response) =>
  response.headers.get('location')?.replace('/organiser/events/', '') ?? '';
const text = async (response: Response | Promise<Response>) => (await response).text();

describe('a study trip from the editor', () => {
  it('is created with its price and quotas, published, and its delegation form shows the quotas', async () => {
    const created = await ks.post('/organiser/events/new', STUDY_TRIP);
    expect(created.status).toBe(303);
    const id = createdId(created);
    const page = await getEventPage(platform.table, id);
    expect(page?.event).toMatchObject({
      kind: 'study-trip',
      price: { amount: 3000, currency: 'NOK', approximate: true, excludes: ['Fly tur/retur København'] },
      quotas: {
        tiers: [{ organisations: ['Oslo', 'Bergen'], maxPerOrganisation: 5 }],
        defaultMaxPerOrganisation: 3,
        invitedOnly: true,
        wishedRoles: ['politician', 'police'],
      },
    });
    expect((await ks.post(`/organiser/events/${id}/publish`, { confirm: 'yes' })).status).toBe(303);

    const form = await text(platform.app.request(`/events/${id}/delegation`));
    expect(form).toContain('Plasser per organisasjon');
    for (const row of [
      /Oslo(<\/a>)?<\/t[dh]>\s*<td>5</,
      /Bergen(<\/a>)?<\/t[dh]>\s*<td>5</,
      /Drammen(<\/a>)?<\/t[dh]>\s*<td>3</,
    ])
      expect(form).toMatch(row);
    const eventPage = await text(platform.app.request(`/events/${id}`));
    expect(eventPage).toContain('Fly tur/retur København');
  });

  it('refuses a quota row it cannot read, in Norwegian and naming the row, and stores nothing', async () => {
    const response = await ks.post('/organiser/events/new', {
      ...STUDY_TRIP,
      title: 'Studietur som ikke blir',
      'tiers.1.max': 'fem',
      'tiers.1.organisations': 'Drammen',
    });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain(
      'href="#field-tiers.1.max">Høyeste antall per organisasjon, rad 2: Oppgi et heltall mellom 1 og 1 000.',
    );
    expect(await getEventPage(platform.table, 'studietur-som-ikke-blir-2027')).toBeUndefined();
  });
});

describe('a working group from the editor', () => {
  let id = '';

  it('gets its meetings to be decided, and its public page shows the selection and the meeting plan', async () => {
    id = createdId(await skr.post('/organiser/events/new', WORKING_GROUP));
    const page = await getEventPage(platform.table, id);
    expect(page?.event).toMatchObject({
      selection: {
        places: 6,
        requirements: ['En representant från kommunen', 'En representant från polisen'],
      },
      workingMethod: ['Kartläggning och orsaksanalys.', 'Åtgärder och uppföljning.'],
      coOrganiserIds: ['bra'],
    });
    expect(page?.meetings.map((meeting) => [meeting.number, meeting.startsAt])).toEqual(
      [1, 2, 3, 4, 5, 6].map((number) => [number, undefined]),
    );
    // Brå co-organises, so its organisers work on the event too.
    expect((await bra.get(`/organiser/events/${id}/meetings`)).status).toBe(200);
    expect((await skr.post(`/organiser/events/${id}/publish`, { confirm: 'yes' })).status).toBe(303);

    const html = await text(platform.app.request(`/events/${id}`));
    expect(html).toContain('6 kommuner väljs ut');
    expect(html).toContain('Vi förbehåller oss rätten att välja för gränsöverskridande samverkan.');
    expect(html).toContain('Åtgärder och uppföljning.');
    expect(html).toContain('Träff 6');
    expect(html).toContain('Datum bestäms tillsammans i gruppen');
  });

  it('refuses a plan of fewer meetings than a draft has, and adds the missing ones to a larger plan', async () => {
    const draftId = createdId(
      await skr.post('/organiser/events/new', {
        ...WORKING_GROUP,
        title: 'Arbetsgrupp utkast',
        meetingCount: '3',
      }),
    );
    const fewer = await skr.post(`/organiser/events/${draftId}/edit`, {
      ...WORKING_GROUP,
      title: 'Arbetsgrupp utkast',
      meetingCount: '2',
      version: '0',
    });
    expect(fewer.status).toBe(422);
    expect(await fewer.text()).toContain('Arbetsgruppen har redan 3 träffar.');
    expect((await getEventPage(platform.table, draftId))?.meetings).toHaveLength(3);

    const more = await skr.post(`/organiser/events/${draftId}/edit`, {
      ...WORKING_GROUP,
      title: 'Arbetsgrupp utkast',
      meetingCount: '5',
      version: '0',
    });
    expect(more.status).toBe(303);
    expect((await getEventPage(platform.table, draftId))?.meetings.map((meeting) => meeting.number)).toEqual([
      1, 2, 3, 4, 5,
    ]);
  });

  it('is copied with its selection, method, meeting plan and co-organisers', async () => {
    const copy = createdId(await skr.post(`/organiser/events/${id}/copy`, { weeks: '52' })).replace(
      /\/edit$/,
      '',
    );
    expect(copy).toBe('motorburen-problematik-i-vast-2028');
    const form = await text(skr.get(`/organiser/events/${copy}/edit`));
    expect(form).toMatch(/name="selectionPlaces"[^>]*value="6"/);
    expect(form).toMatch(/name="meetingCount"[^>]*value="6"/);
    expect(form).toMatch(/name="coOrganiser-bra"[^>]*checked/);
    const page = await getEventPage(platform.table, copy);
    expect(page?.event).toMatchObject({
      editionOf: id,
      selection: { places: 6 },
      workingMethod: ['Kartläggning och orsaksanalys.', 'Åtgärder och uppföljning.'],
      coOrganiserIds: ['bra'],
    });
    expect(page?.meetings).toHaveLength(6);
  });

  it('keeps a copied study trip’s price and quotas, the quota table filled in row by row', async () => {
    const original = await getEventPage(platform.table, 'studietur-om-mc-kriminalitet-2027');
    const copy = createdId(
      await ks.post('/organiser/events/studietur-om-mc-kriminalitet-2027/copy', { weeks: '52' }),
    ).replace(/\/edit$/, '');
    const form = await text(ks.get(`/organiser/events/${copy}/edit`));
    expect(form).toMatch(/name="tiers.0.max"[^>]*value="5"/);
    expect(form).toContain('Oslo\nBergen</textarea>');
    const page = await getEventPage(platform.table, copy);
    expect(page?.event.price).toEqual(original?.event.price);
    expect(page?.event.quotas).toEqual(original?.event.quotas);
  });
});

describe('writing to a working group’s members', () => {
  const message = { audience: 'members', subject: 'Inför första träffen', body: 'Läs materialet i förväg.' };

  it('offers the members only once the decisions are sent, then reaches every member once', async () => {
    const id = 'motorburen-problematik-i-vast-2027';
    expect(await text(skr.get(`/organiser/events/${id}/messages`))).not.toContain('Arbetsgruppens medlemmar');
    expect((await skr.post(`/organiser/events/${id}/messages/preview`, message)).status).toBe(422);

    await platform.table.doc.send(
      new UpdateCommand({
        TableName: platform.table.name,
        Key: eventKey(id),
        UpdateExpression: 'SET decisionsSentAt = :now',
        ExpressionAttributeValues: { ':now': NOW },
      }),
    );
    const event = (await getEventPage(platform.table, id))?.event;
    if (!event) throw new Error('no working group');
    const members = await putGroupMembers(platform.table, event, [
      ['1480', 'Göteborg'],
      ['1441', 'Lerum'],
    ]);
    expect(await text(skr.get(`/organiser/events/${id}/messages`))).toContain('Arbetsgruppens medlemmar');

    const preview = await text(skr.post(`/organiser/events/${id}/messages/preview`, message));
    expect(preview).toContain('Går till 4 personer.');
    const messageId = preview.match(/name="messageId" value="([^"]+)"/)?.[1] ?? '';
    expect(
      await text(skr.post(`/organiser/events/${id}/messages/send`, { ...message, messageId })),
    ).toContain('Meddelandet skickas till 4 personer.');
    await platform.deliverOutbox();
    const received = (await receivedMail(platform.mailbox)).filter(
      (mail) => mail.subject === message.subject,
    );
    expect(received.map((mail) => mail.to?.[0]?.address).sort()).toEqual(
      members.map(({ member }) => member.email).sort(),
    );
  });
});
