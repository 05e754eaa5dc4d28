import { randomUUID } from 'node:crypto';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRegistrations, registrationKey } from '#store/entities/registration.ts';
import { seatCounterKey } from '#store/entities/seat-counter.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import type { Table } from '#store/table/table.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { postForm } from '#test/support/post-form.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const SEATS = 20;
const PARTICIPANTS = 300;

let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform('2026-11-22T10:00:00Z');
});

/** The mistake the real path is built to avoid: read the count, decide, then write without a condition. */
async function naiveSignUp(table: Table, eventId: string, email: string): Promise<void> {
  const page = await getEventPage(table, eventId);
  if (!page || page.seats.confirmed >= (page.event.capacity ?? 0)) return;
  const id = randomUUID();
  await table.doc.send(
    new PutCommand({
      TableName: table.name,
      Item: { ...registrationKey(eventId, id), id, eventId, email, status: 'confirmed' },
    }),
  );
  await table.doc.send(
    new UpdateCommand({
      TableName: table.name,
      Key: seatCounterKey(eventId),
      UpdateExpression: 'ADD confirmedCount :one',
      ExpressionAttributeValues: { ':one': 1 },
    }),
  );
}

/** Hundreds of transactions contend for one item: on two busy cores that takes its time, and must not fail for it. */
const RACE_TIMEOUT = 180_000;

describe(`${PARTICIPANTS} people signing up at once for ${SEATS} seats`, () => {
  it(
    'oversell when the seat check is a read before an unconditional write (the race exists)',
    async () => {
      await putTrygghetsdag(platform.table, 'naive-race', { capacity: SEATS });
      await Promise.all(
        Array.from({ length: PARTICIPANTS }, (_, n) =>
          naiveSignUp(platform.table, 'naive-race', `person${n}@kommun.se`),
        ),
      );
      const confirmed = (await listRegistrations(platform.table, 'naive-race')).length;
      expect(confirmed).toBeGreaterThan(SEATS);
    },
    RACE_TIMEOUT,
  );

  it(
    'never oversell through the sign-up transaction: exactly 20 confirmed, the rest waiting as 1, 2, 3… in order',
    async () => {
      await putTrygghetsdag(platform.table, 'real-race', { capacity: SEATS });
      const responses = await Promise.all(
        Array.from({ length: PARTICIPANTS }, (_, n) =>
          postForm(platform.app, '/events/real-race/sign-up', {
            name: `Deltagare ${n}`,
            email: `person${n}@kommun.se`,
            organisation: 'Umeå kommun',
            organisationKind: 'kommun',
            role: 'samordnare',
          }),
        ),
      );
      expect(responses.every((response) => response.status === 201)).toBe(true);

      const registrations = await listRegistrations(platform.table, 'real-race');
      expect(registrations).toHaveLength(PARTICIPANTS);
      expect(registrations.filter((registration) => registration.status === 'confirmed')).toHaveLength(SEATS);
      // The places the waiting were told, each once: tickets are drawn one by one on the event item.
      const told = await Promise.all(responses.map((response) => response.text()));
      const positions = told
        .flatMap((page) => page.match(/Du står som nummer (\d+) på väntelistan/)?.[1] ?? [])
        .map(Number)
        .sort((a, b) => a - b);
      expect(positions).toEqual(Array.from({ length: PARTICIPANTS - SEATS }, (_, n) => n + 1));

      const page = await getEventPage(platform.table, 'real-race');
      expect(page?.seats).toEqual({ confirmed: SEATS, waiting: PARTICIPANTS - SEATS, selected: 0 });
    },
    RACE_TIMEOUT,
  );
});
