import {
  ProvisionedThroughputExceededException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { ScanCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isPause } from '#shared/domain/programme-slot.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { TRANSIENT_ATTEMPTS } from '#store/table/send-transaction.ts';
import {
  putKsStudyTrip,
  putMotorburenProblematik,
  putTrygghetsdag,
} from '#test/support/conference-fixture.ts';
import { DRAMMEN_INVOICE_FIELDS } from '#test/support/invoice-fixture.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
let realSend: TestPlatform['table']['doc']['send'];
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
  realSend = platform.table.doc.send.bind(platform.table.doc);
});
afterEach(() => {
  platform.table.doc.send = realSend;
});

/** What DynamoDB answers a transaction that met another one on an item (DynamoDB Local never does). */
const conflict = (elements: number) =>
  new TransactionCanceledException({
    message:
      'Transaction cancelled, please refer cancellation reasons for specific reasons [TransactionConflict]',
    $metadata: {},
    CancellationReasons: Array.from({ length: elements }, (_, n) =>
      n === 0
        ? { Code: 'TransactionConflict', Message: 'Transaction is ongoing for the item' }
        : { Code: 'None' },
    ),
  });
const throttle = () =>
  new ProvisionedThroughputExceededException({
    message: 'Throughput exceeds the table limit',
    $metadata: {},
  });

/** Makes the next `times` transactions fail with `fault` before they reach the store; counts the faults thrown. */
function injectIntoTransactions(times: number, fault: (elements: number) => Error) {
  const injected = { count: 0 };
  platform.table.doc.send = ((command: unknown, ...rest: unknown[]) => {
    if (command instanceof TransactWriteCommand && injected.count < times) {
      injected.count += 1;
      return Promise.reject(fault(command.input.TransactItems?.length ?? 0));
    }
    return (realSend as (...args: unknown[]) => unknown)(command, ...rest);
  }) as typeof realSend;
  return injected;
}

/** Every item of an event's partition (a kept idempotent answer included) and every item naming the event. */
async function itemsOf(eventId: string) {
  const { Items = [] } = await realSend(
    new ScanCommand({
      TableName: platform.table.name,
      FilterExpression: 'PK = :pk OR eventId = :id',
      ExpressionAttributeValues: { ':pk': `EVENT#${eventId}`, ':id': eventId },
      ConsistentRead: true,
    }),
  );
  return Items.sort((a, b) => `${a.PK}${a.SK}`.localeCompare(`${b.PK}${b.SK}`));
}

describe('a transaction that meets another', () => {
  it('is tried again with back-off, and the sign-up goes through once', async () => {
    await putTrygghetsdag(platform.table, 'fault-retried');
    const injected = injectIntoTransactions(3, conflict);
    const response = await postForm(
      platform.app,
      '/events/fault-retried/sign-up',
      signUpFields('Sofie Ahlholm', 'sofie@norrtalje.se'),
    );
    expect(injected.count).toBe(3);
    expect(response.status).toBe(201);
    expect(await listRegistrations(platform.table, 'fault-retried')).toHaveLength(1);
    expect((await getEventPage(platform.table, 'fault-retried'))?.seats.confirmed).toBe(1);
  });
});

describe('every transaction of the store, not only the sign-up', () => {
  it("is tried again when it meets another: a participant's agenda pick goes through", async () => {
    await putTrygghetsdag(platform.table, 'fault-agenda');
    await postForm(platform.app, '/events/fault-agenda/sign-up', signUpFields('Seth Åberg', 'seth@umea.se'));
    await platform.deliverOutbox();
    const link = (await mailTo(platform.mailbox, 'seth@umea.se'))
      .at(-1)
      ?.text?.match(/\/manage\/[\w-]+/)?.[0];
    const session = (await getEventPage(platform.table, 'fault-agenda'))?.slots.find(
      (slot) => !isPause(slot),
    );
    const injected = injectIntoTransactions(3, conflict);
    const picked = await postForm(platform.app, `${link}/agenda`, { slot: String(session?.id) });
    expect(injected.count).toBe(3);
    expect(picked.status).toBe(200);
    expect((await getEventPage(platform.table, 'fault-agenda'))?.slotPicks[String(session?.id)]).toBe(1);
  });
});

describe('a transaction that went through but whose answer was lost', () => {
  it('is tried again under the same token, so the person gets the seat, not "already registered"', async () => {
    await putTrygghetsdag(platform.table, 'fault-lost-answer');
    // A first sign-up, so the counter vouches for the event and the next one's first transaction is its seat.
    await postForm(
      platform.app,
      '/events/fault-lost-answer/sign-up',
      signUpFields('Fredrik Granhag', 'fredrik@lansstyrelsen.se'),
    );
    const tokens: (string | undefined)[] = [];
    platform.table.doc.send = (async (command: unknown, ...rest: unknown[]) => {
      const answer = await (realSend as (...args: unknown[]) => Promise<unknown>)(command, ...rest);
      if (command instanceof TransactWriteCommand) {
        tokens.push(command.input.ClientRequestToken);
        // The first transaction is applied by the store; its answer never reaches us, as after a 500.
        if (tokens.length === 1)
          throw Object.assign(new Error('We encountered an internal error'), { name: 'InternalServerError' });
      }
      return answer;
    }) as typeof realSend;
    const response = await postForm(
      platform.app,
      '/events/fault-lost-answer/sign-up',
      signUpFields('Sofie Ahlholm', 'sofie@norrtalje.se'),
    );
    expect(response.status).toBe(201);
    expect(await response.text()).toContain('Du är anmäld');
    expect(tokens).toHaveLength(2);
    expect(tokens[1]).toBe(tokens[0]);
    expect(await listRegistrations(platform.table, 'fault-lost-answer')).toHaveLength(2);
    expect((await getEventPage(platform.table, 'fault-lost-answer'))?.seats.confirmed).toBe(2);
  });
});

describe('conflicts or throttling that do not pass', () => {
  it('answer a sign-up with 503, Retry-After and "try again" in Swedish, and store nothing', async () => {
    await putTrygghetsdag(platform.table, 'fault-sign-up');
    const before = await itemsOf('fault-sign-up');
    const injected = injectIntoTransactions(Number.POSITIVE_INFINITY, conflict);
    const response = await postForm(
      platform.app,
      '/events/fault-sign-up/sign-up',
      signUpFields('Anna Glas', 'anna@norrtalje.se'),
    );
    expect(injected.count).toBe(TRANSIENT_ATTEMPTS);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    const html = await response.text();
    expect(html).toContain('Försök igen om en stund');
    expect(html).toContain('Ingenting sparades');
    expect(await itemsOf('fault-sign-up')).toEqual(before);
  });

  it('leave the waiting list as it was: a throttled join takes no place in the line', async () => {
    await putTrygghetsdag(platform.table, 'fault-waiting', { capacity: 1 });
    await postForm(
      platform.app,
      '/events/fault-waiting/sign-up',
      signUpFields('Först', 'forst@norrtalje.se'),
    );
    injectIntoTransactions(Number.POSITIVE_INFINITY, throttle);
    const throttled = await postForm(
      platform.app,
      '/events/fault-waiting/sign-up',
      signUpFields('Throttlad', 'throttlad@norrtalje.se'),
    );
    expect(throttled.status).toBe(503);
    platform.table.doc.send = realSend;

    const next = await postForm(
      platform.app,
      '/events/fault-waiting/sign-up',
      signUpFields('Nästa', 'nasta@norrtalje.se'),
    );
    expect(next.status).toBe(201);
    // The place the next one is told at joining: the throttled ticket was counted as gone.
    expect(await next.text()).toContain('Du står som nummer 1 på väntelistan');
    const registrations = await listRegistrations(platform.table, 'fault-waiting');
    expect(registrations.map((registration) => [registration.email, registration.status])).toEqual(
      expect.arrayContaining([
        ['forst@norrtalje.se', 'confirmed'],
        ['nasta@norrtalje.se', 'waiting'],
      ]),
    );
    expect(registrations).toHaveLength(2);
  });

  it('answer an application with 503 and store nothing', async () => {
    await putMotorburenProblematik(platform.table, 'fault-apply');
    const before = await itemsOf('fault-apply');
    injectIntoTransactions(Number.POSITIVE_INFINITY, throttle);
    const response = await postForm(platform.app, '/events/fault-apply/apply', {
      municipality: '1480',
      localSituation: 'Cruising på handelsområdet fredagskvällar.',
      commitment: 'yes',
      'members.0.name': 'Kim Karlsson',
      'members.0.email': 'kim@goteborg.se',
      'members.0.title': 'Samordnare',
      'members.0.representation': 'municipality',
      'members.1.name': 'Pia Persson',
      'members.1.email': 'pia@polisen.se',
      'members.1.title': 'Kommunpolis',
      'members.1.representation': 'police',
    });
    expect(response.status).toBe(503);
    expect(await itemsOf('fault-apply')).toEqual(before);
  });

  it('answer a delegation with 503 in Norwegian for a Norwegian browser, and store nothing', async () => {
    await putKsStudyTrip(platform.table, 'fault-delegation');
    const before = await itemsOf('fault-delegation');
    injectIntoTransactions(Number.POSITIVE_INFINITY, conflict);
    const response = await platform.app.request('/events/fault-delegation/delegation', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://localhost',
        'accept-language': 'nb-NO,nb;q=0.9,en;q=0.5',
      },
      body: new URLSearchParams({
        organisation: 'Oslo',
        leadName: 'Leder Oslo',
        leadEmail: 'leder@oslo.kommune.no',
        'members.0.name': 'Deltaker Oslo',
        'members.0.email': 'deltaker@oslo.kommune.no',
        'members.0.role': 'police',
        ...DRAMMEN_INVOICE_FIELDS,
        intent: 'send-anyway',
      }).toString(),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.text()).toContain('Prøv igjen om litt');
    expect(await itemsOf('fault-delegation')).toEqual(before);
  });

  it('lets the same form be sent again once the store answers, with the same idempotency key', async () => {
    await putTrygghetsdag(platform.table, 'fault-then-fine');
    const html = await (await platform.app.request('/events/fault-then-fine/sign-up')).text();
    const idempotencyKey = /name="idempotencyKey" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const fields = { ...signUpFields('Leo Lind', 'leo@norrtalje.se'), idempotencyKey };
    injectIntoTransactions(Number.POSITIVE_INFINITY, conflict);
    expect((await postForm(platform.app, '/events/fault-then-fine/sign-up', fields)).status).toBe(503);
    platform.table.doc.send = realSend;
    expect((await postForm(platform.app, '/events/fault-then-fine/sign-up', fields)).status).toBe(201);
    expect(await listRegistrations(platform.table, 'fault-then-fine')).toHaveLength(1);
  });
});
