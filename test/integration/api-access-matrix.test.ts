import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asIntegration, makeApiToken } from '#test/support/api-token-fixture.ts';
import { applicationForm, apply, team } from '#test/support/application-fixture.ts';
import {
  putKsStudyTrip,
  putMotorburenProblematik,
  putTrygghetsdag,
} from '#test/support/conference-fixture.ts';
import { putInvoicedStudyTrip, registerDrammenDelegation } from '#test/support/invoiced-trip-fixture.ts';
import { asOrganiser, signedInOrganiser } from '#test/support/organiser-session.ts';
import { tableSnapshot } from '#test/support/table-snapshot.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

/**
 * Every operation of the OpenAPI document that needs a token, called by everyone who must be refused: nobody, a token
 * of another organisation, and, for changes, a read token of the owning organisation. The operations are read from
 * the document the API serves, so an operation added later is in the matrix without anyone remembering to add it:
 * one with a parameter or a body the matrix cannot fill fails here until it can.
 */
const NOW = '2026-11-22T10:00:00Z';
const EVENT = 'matrix-conference';
/** A study trip and a working group of the same organisation, for the operations that only those kinds have. */
const STUDY_TRIP = 'matrix-study-trip';
const WORKING_GROUP = 'matrix-working-group';
/** A priced study trip of the same organisation, with Drammen's delegation invoiced (invoice 1 of its series). */
const INVOICED_TRIP = 'matrix-invoiced-trip';
const DRAMMEN_PAYER = 'NO921234554';
const PERSON = { name: 'Kerstin Ek', email: 'kerstin.ek@umea.se' };

let platform: TestPlatform;
afterAll(() => platform.stop());

type Operation = {
  operationId: string;
  'x-token-role': 'none' | 'read' | 'read-write';
  requestBody?: unknown;
};
let operations: { method: string; path: string; operation: Operation }[];
let owner: ReturnType<typeof asIntegration>;
let ownerReadOnly: ReturnType<typeof asIntegration>;
let otherOrganisation: ReturnType<typeof asIntegration>;
let registrationId: string;

beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  const event = await putTrygghetsdag(platform.table, EVENT, {
    capacity: 5,
    coOrganiserIds: [],
    questions: [{ id: 'matris', type: 'short-text', label: 'Förväntningar?', required: false }],
  });
  const skr = asOrganiser(
    platform,
    await signedInOrganiser(platform, 'admin@skr.se', event.organisationId, 'admin'),
  );
  const owned = { organisationId: event.organisationId, coOrganiserIds: [] };
  await putKsStudyTrip(platform.table, STUDY_TRIP, owned);
  const group = await putMotorburenProblematik(platform.table, WORKING_GROUP, owned);
  await apply(platform, group, applicationForm('1490', team('matrix')));
  // A date poll for meeting 5, opened on the meetings page.
  await skr.post(`/organiser/events/${WORKING_GROUP}/meetings/5/poll`, {
    'options.0.date': '2027-05-11',
    'options.0.startTime': '09:00',
    'options.0.endTime': '12:00',
    'options.1.date': '2027-05-12',
    'options.1.startTime': '09:00',
    'options.1.endTime': '12:00',
  });
  const trip = await putInvoicedStudyTrip(platform.table, INVOICED_TRIP, owned);
  await registerDrammenDelegation(platform, trip);
  const bra = asOrganiser(platform, await signedInOrganiser(platform, 'admin@bra.se', 'bra', 'admin'));
  owner = asIntegration(platform, await makeApiToken(skr, 'Intranätet', 'read-write'));
  ownerReadOnly = asIntegration(platform, await makeApiToken(skr, 'Diariet', 'read'));
  otherOrganisation = asIntegration(platform, await makeApiToken(bra, 'Brås system', 'read-write'));
  const registered = await owner.post(`/organisation/events/${EVENT}/registrations`, {
    ...PERSON,
    organisation: 'Umeå kommun',
    organisationKind: 'kommun',
    role: 'Trygghetssamordnare',
  });
  registrationId = ((await registered.json()) as { id: string }).id;
  const invoiced = await owner.post(`/organisation/events/${INVOICED_TRIP}/invoices`, {
    payer: DRAMMEN_PAYER,
  });
  expect(invoiced.status).toBe(201);
  const document = (await (await platform.app.request('/api/v1/openapi.json')).json()) as {
    paths: Record<string, Record<string, Operation>>;
  };
  operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ method, path, operation })),
  );
});

/** The owner's event an operation's path is about: the conference, or the kind of event only it applies to. */
const eventOf = (template: string) =>
  /\/(quotas|delegations)\b/.test(template)
    ? STUDY_TRIP
    : /\/(applications|meetings)\b/.test(template)
      ? WORKING_GROUP
      : /\/invoices\b/.test(template)
        ? INVOICED_TRIP
        : EVENT;

/** A value for each path parameter an operation may have: the owner's event and its parts. */
const pathOf = (template: string) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const values: Record<string, string> = {
      eventId: eventOf(template),
      municipalityCode: '1490',
      number: '5',
      registrationId,
      slotId: '1000-inledning',
      questionId: 'matris',
      invoiceNumber: '1',
    };
    const value = values[name];
    if (value === undefined) throw new Error(`the matrix has no value for the path parameter ${name}`);
    return value;
  });

/** A valid body for each operation that takes one, so a refusal is about who asks, not about what was sent. */
const BODIES: Record<string, unknown> = {
  createEventDraft: {
    kind: 'conference',
    title: 'Matrisdagen',
    summary: 'En dag.',
    description: ['En dag.'],
    language: 'sv',
    timeZone: 'Europe/Stockholm',
    startsAt: '2027-04-01T08:00:00Z',
    endsAt: '2027-04-01T15:00:00Z',
    venue: { kind: 'digital' },
  },
  createRegistration: {
    name: 'Lars Berg',
    email: 'lars.berg@umea.se',
    organisation: 'Umeå kommun',
    organisationKind: 'kommun',
    role: 'Samordnare',
  },
  changeEvent: { capacity: 6 },
  changeRegistration: { role: 'Trygghetssamordnare i Umeå' },
  createSlot: {
    startsAt: '2027-02-04T13:00:00Z',
    endsAt: '2027-02-04T13:20:00Z',
    kind: 'talk',
    title: 'Matrisen',
    track: 'Sal M',
  },
  changeSlot: { title: 'Välkommen' },
  createQuestion: { type: 'yes-no', label: 'Första gången?' },
  changeQuestion: { label: 'Vad förväntar du dig?' },
  reviewApplication: { score: 50 },
  sendDecisions: {},
  changeMeeting: { startsAt: '2027-05-11T07:00:00Z', endsAt: '2027-05-11T10:00:00Z' },
  createInvoices: { payer: DRAMMEN_PAYER },
};
function bodyOf(operation: Operation): unknown {
  if (!operation.requestBody) return undefined;
  if (!(operation.operationId in BODIES))
    throw new Error(`the matrix has no body for ${operation.operationId}`);
  return BODIES[operation.operationId];
}

async function call(
  as: ReturnType<typeof asIntegration> | undefined,
  method: string,
  path: string,
  body?: unknown,
) {
  if (as) return as.send(method, path, body);
  return platform.app.request(`/api/v1${path}`, {
    method: method.toUpperCase(),
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
}

/** What the owner's data looks like, less the tokens' own last-use records and rate counters. */
const ownerData = async () =>
  (
    await tableSnapshot(platform.table, [
      'SESSION#',
      'RATE#',
      'ORG#',
      'APITOKEN#',
      'AUDIT#bra',
      'EVENT#matrisdagen',
    ])
  )
    .split('\n')
    .filter((line) => !line.includes('"type":"api-token"'))
    .join('\n');

describe('the API’s access matrix, read from its OpenAPI document', () => {
  it('covers every operation that needs a token', () => {
    const guarded = operations.filter(({ operation }) => operation['x-token-role'] !== 'none');
    expect(guarded.length).toBeGreaterThanOrEqual(10);
    expect(
      guarded.filter(({ operation }) => operation['x-token-role'] === 'read-write').length,
    ).toBeGreaterThanOrEqual(5);
  });

  it('refuses every one of them without a token: 401', async () => {
    for (const { method, path, operation } of operations.filter(
      ({ operation }) => operation['x-token-role'] !== 'none',
    )) {
      const answer = await call(undefined, method, pathOf(path), bodyOf(operation));
      expect(answer.status, operation.operationId).toBe(401);
    }
  });

  it('shows and changes nothing of the owner’s for another organisation’s token: 0 leaks', async () => {
    const before = await ownerData();
    const leaks: string[] = [];
    for (const { method, path, operation } of operations.filter(
      ({ operation }) => operation['x-token-role'] !== 'none',
    )) {
      const answer = await call(otherOrganisation, method, pathOf(path), bodyOf(operation));
      const text = await answer.text();
      // The owner's event, or a number of the owner's invoice series: as if it did not exist.
      if (path.includes('{eventId}') || path.includes('{invoiceNumber}'))
        expect(answer.status, operation.operationId).toBe(404);
      else expect(answer.status, operation.operationId).toBeLessThan(300);
      for (const secret of [
        EVENT,
        STUDY_TRIP,
        WORKING_GROUP,
        INVOICED_TRIP,
        'Drammen',
        DRAMMEN_PAYER.slice(2),
        'Trygghetsdag',
        'Motorburen',
        'Borås',
        PERSON.name,
        PERSON.email,
        registrationId,
      ])
        if (text.includes(secret)) leaks.push(`${operation.operationId}: ${secret}`);
    }
    expect(leaks).toEqual([]);
    expect(await ownerData()).toBe(before);
  });

  it('refuses every change to a read token of the owner: 403, and nothing changes', async () => {
    const before = await ownerData();
    for (const { method, path, operation } of operations.filter(
      ({ operation }) => operation['x-token-role'] === 'read-write',
    )) {
      const answer = await call(ownerReadOnly, method, pathOf(path), bodyOf(operation));
      expect(answer.status, operation.operationId).toBe(403);
      expect(answer.headers.get('content-type'), operation.operationId).toBe('application/problem+json');
    }
    expect(await ownerData()).toBe(before);
  });

  it('lets the owner’s read-write token do each of them', async () => {
    for (const { method, path, operation } of operations.filter(
      ({ operation }) => operation['x-token-role'] !== 'none',
    )) {
      const answer = await call(owner, method, pathOf(path), bodyOf(operation));
      // Some changes are refused by the event's state as the matrix runs them (promoting a confirmed person): never
      // by access.
      expect([200, 201, 409], operation.operationId).toContain(answer.status);
    }
  });
});
