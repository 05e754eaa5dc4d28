import { randomUUID } from 'node:crypto';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quotaFor } from '#shared/delegation/quota.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { listQuotaCounts, quotaKey, quotaTaken } from '#store/entities/quota.ts';
import { listRegistrations, registrationKey } from '#store/entities/registration.ts';
import { seatCounterKey } from '#store/entities/seat-counter.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import type { Table } from '#store/table/table.ts';
import { putKsStudyTrip } from '#test/support/conference-fixture.ts';
import { DRAMMEN_INVOICE_FIELDS } from '#test/support/invoice-fixture.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const SEATS = 20;
/** Eight municipalities of the default tier, each bringing its full three: 24 people for what Oslo leaves. */
const OTHERS = ['Drammen', 'Fredrikstad', 'Sarpsborg', 'Skien', 'Porsgrunn', 'Klepp', 'Haugesund', 'Hamar'];

let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform('2026-11-22T10:00:00Z');
});

/** Three people from `organisation`, told apart by `lead` when two leads of one municipality race. */
const threeFrom = (organisation: string, lead = 'a') =>
  ['politician', 'police', 'crime-prevention-coordinator'].map((role, n) => ({
    name: `${organisation} ${lead}${n}`,
    email: `${lead}${n}@${organisation.toLowerCase()}.kommune.no`,
    role,
  }));

type Person = ReturnType<typeof threeFrom>[number];

/**
 * The mistake the real path is built to avoid: read the quota and the seats, decide, then write unconditionally.
 * Gives back the write, to be made once every lead has read: the window that leads arriving together fall into,
 * held open here so that the test shows the race whatever the machine's load.
 */
async function naiveCheck(table: Table, event: EventRecord, organisation: string, people: Person[]) {
  const quota = event.quotas && quotaFor(event.quotas, organisation);
  if (quota?.kind !== 'quota') return undefined;
  const taken = await quotaTaken(table, event.id, quota.key);
  const confirmed = (await getEventPage(table, event.id))?.seats.confirmed ?? 0;
  if (taken + people.length > quota.max || confirmed + people.length > (event.capacity ?? 0))
    return undefined;
  return () => naiveWrite(table, event, organisation, quota.key, people);
}

function naiveWrite(table: Table, event: EventRecord, organisation: string, key: string, people: Person[]) {
  return table.doc.send(
    new TransactWriteCommand({
      TransactItems: [
        ...people.map((person) => {
          const id = randomUUID();
          return {
            Put: {
              TableName: table.name,
              Item: { ...registrationKey(event.id, id), id, ...person, organisation, status: 'confirmed' },
            },
          };
        }),
        {
          Update: {
            TableName: table.name,
            Key: quotaKey(event.id, key),
            UpdateExpression: 'SET organisation = :organisation ADD taken :n',
            ExpressionAttributeValues: { ':organisation': organisation, ':n': people.length },
          },
        },
        {
          Update: {
            TableName: table.name,
            Key: seatCounterKey(event.id),
            UpdateExpression: 'ADD confirmedCount :n',
            ExpressionAttributeValues: { ':n': people.length },
          },
        },
      ],
    }),
  );
}

function leadForm(organisation: string, lead: string, people: Person[]) {
  return {
    organisation,
    leadName: `Leder ${lead}`,
    leadEmail: `leder-${lead}@${organisation.toLowerCase()}.kommune.no`,
    intent: 'send-anyway',
    ...DRAMMEN_INVOICE_FIELDS,
    ...Object.fromEntries(
      people.flatMap((person, row) =>
        Object.entries(person).map(([field, value]) => [`members.${row}.${field}`, value]),
      ),
    ),
  };
}

/** Confirmed people per organisation as the registrations say, beside the quota counters and the seat counter. */
async function tally(event: EventRecord) {
  const registrations = (await listRegistrations(platform.table, event.id)).filter(
    (registration) => registration.status === 'confirmed',
  );
  const perOrganisation: Record<string, number> = {};
  for (const registration of registrations)
    perOrganisation[registration.organisation] = (perOrganisation[registration.organisation] ?? 0) + 1;
  const counters = Object.fromEntries(
    (await listQuotaCounts(platform.table, event.id)).map((count) => [count.organisation, count.taken]),
  );
  return {
    confirmed: registrations.length,
    seatCounter: (await getEventPage(platform.table, event.id))?.seats.confirmed,
    perOrganisation,
    counters,
  };
}

/** Hundreds of transactions contend for one item: on two busy cores that takes its time, and must not fail for it. */
const RACE_TIMEOUT = 180_000;

describe(`two Oslo leads, a Trondheim lead adding people and ${OTHERS.length} other leads, all at once`, () => {
  it(
    `exceed Oslo’s five and the ${SEATS} seats when the checks are reads before unconditional writes (the race exists)`,
    async () => {
      const event = await putKsStudyTrip(platform.table, 'delegation-race-naive', { capacity: SEATS });
      const writes = await Promise.all([
        naiveCheck(platform.table, event, 'Oslo', threeFrom('Oslo', 'a')),
        naiveCheck(platform.table, event, 'Oslo', threeFrom('Oslo', 'b')),
        ...OTHERS.map((organisation) =>
          naiveCheck(platform.table, event, organisation, threeFrom(organisation)),
        ),
      ]);
      await Promise.all(writes.map((write) => write?.()));
      const { confirmed, perOrganisation } = await tally(event);
      expect(perOrganisation.Oslo).toBeGreaterThan(5);
      expect(confirmed).toBeGreaterThan(SEATS);
    },
    RACE_TIMEOUT,
  );

  /** Registers Trondheim's first two and gives back its lead's link, for adding people during the race. */
  async function trondheimLeadLink(event: EventRecord): Promise<string> {
    const first = leadForm('Trondheim', 't', threeFrom('Trondheim', 't').slice(0, 2));
    expect((await postForm(platform.app, `/events/${event.id}/delegation`, first)).status).toBe(201);
    await platform.deliverOutbox();
    const receipt = (await mailTo(platform.mailbox, 'leder-t@trondheim.kommune.no')).at(-1);
    const link = receipt?.text?.match(/http:\/\/traffpunkt\.test(\/delegations\/[A-Za-z0-9_-]+)/)?.[1];
    if (!link) throw new Error('no delegation link reached the Trondheim lead');
    return link;
  }

  /** Everyone at once: both Oslo leads, six people added to Trondheim's two, and the other municipalities. */
  async function race(event: EventRecord, trondheimLink: string) {
    const register = (organisation: string, lead: string, people: Person[]) =>
      postForm(platform.app, `/events/${event.id}/delegation`, leadForm(organisation, lead, people));
    const responses = await Promise.all([
      register('Oslo', 'a', threeFrom('Oslo', 'a')),
      register('Oslo kommune', 'b', threeFrom('Oslo', 'b')),
      ...Array.from({ length: 6 }, (_, n) =>
        postForm(platform.app, `${trondheimLink}/members`, {
          name: `Trondheim ekstra ${n}`,
          email: `ekstra${n}@trondheim.kommune.no`,
          role: 'other',
        }),
      ),
      ...OTHERS.map((organisation) => register(organisation, 'a', threeFrom(organisation))),
    ]);
    // Every request got an answer a person can read: registered or added, or refused saying what is left.
    expect(responses.every((response) => [200, 201, 422].includes(response.status))).toBe(true);
    return tally(event);
  }

  it(
    'never exceed a tier through the delegation transactions: one Oslo delegation, Trondheim filled to five',
    async () => {
      const event = await putKsStudyTrip(platform.table, 'delegation-race-tiers');
      const { confirmed, seatCounter, perOrganisation, counters } = await race(
        event,
        await trondheimLeadLink(event),
      );
      expect(perOrganisation.Oslo).toBe(3);
      expect(perOrganisation.Trondheim).toBe(5);
      for (const organisation of OTHERS) expect(perOrganisation[organisation]).toBe(3);
      expect(counters).toEqual(perOrganisation);
      expect(seatCounter).toBe(confirmed);
    },
    RACE_TIMEOUT,
  );

  it(
    `never exceed the ${SEATS} seats, nor a quota, through the delegation transactions`,
    async () => {
      const event = await putKsStudyTrip(platform.table, 'delegation-race-seats', { capacity: SEATS });
      const { confirmed, seatCounter, perOrganisation, counters } = await race(
        event,
        await trondheimLeadLink(event),
      );
      expect(confirmed).toBeLessThanOrEqual(SEATS);
      // Twice the seats were asked for, and a refusal for want of seats leaves fewer than its three.
      expect(confirmed).toBeGreaterThan(SEATS - 3);
      expect(seatCounter).toBe(confirmed);
      expect(counters).toEqual(perOrganisation);
      expect(perOrganisation.Oslo ?? 0).toBeLessThanOrEqual(3);
      expect(perOrganisation.Trondheim).toBeLessThanOrEqual(5);
      for (const organisation of OTHERS) expect(perOrganisation[organisation] ?? 0).toBeLessThanOrEqual(3);
    },
    RACE_TIMEOUT,
  );
});
