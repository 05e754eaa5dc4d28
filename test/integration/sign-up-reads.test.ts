import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EventRecord } from '#shared/domain/event.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { seatCounterKey } from '#store/entities/seat-counter.ts';
import { forgetOrganisation, recentOrganisation } from '#store/reads/organisation-cache.ts';
import { markEventCancelled } from '#store/transactions/event-cancellation.ts';
import { type EventChangeWrite, saveEventChanges } from '#store/transactions/event-changes.ts';
import { putOrganisation } from '#store/transactions/organisations.ts';
import { putTrygghetsdag } from '#test/support/conference-fixture.ts';
import { postForm } from '#test/support/post-form.ts';
import { mailTo } from '#test/support/read-mail.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-11-22T10:00:00Z';
let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
});

const participant = {
  name: 'Sofie Ahlholm',
  email: 'sofie@norrtalje.se',
  organisation: 'Norrtälje kommun',
  organisationKind: 'kommun',
  role: 'brottsförebyggande strateg',
};

/** The commands a request sends to the table, each with the sort keys of the items it writes. */
async function callsOf(request: () => unknown) {
  const send = vi.spyOn(platform.table.doc, 'send');
  try {
    await request();
    return send.mock.calls.map(([command]) => {
      const input = command.input as { TransactItems?: Record<string, { Key?: { SK: string } }>[] };
      return {
        command: command.constructor.name,
        writes: (input.TransactItems ?? []).flatMap((element) =>
          Object.entries(element).flatMap(([operation, target]) =>
            operation === 'ConditionCheck' || !target.Key ? [] : [target.Key.SK],
          ),
        ),
      };
    });
  } finally {
    send.mockRestore();
  }
}

describe('what a sign-up reads: the event item alone, and its organisation as read lately', () => {
  it('finds no draft: form and sign-up answer 404 and store nothing', async () => {
    await putTrygghetsdag(platform.table, 'draft-conference', { status: 'draft' });
    expect((await platform.app.request('/events/draft-conference/sign-up')).status).toBe(404);
    expect((await postForm(platform.app, '/events/draft-conference/sign-up', participant)).status).toBe(404);
    expect(await listRegistrations(platform.table, 'draft-conference')).toEqual([]);
  });

  it('keeps an organisation this process read until it is forgotten, then reads the table again', async () => {
    await putTrygghetsdag(platform.table, 'cached-organisation');
    const skr = await getOrganisation(platform.table, 'skr');
    if (!skr) throw new Error('the fixture lacks SKR');
    forgetOrganisation(platform.table, 'skr');
    expect(await recentOrganisation(platform.table, 'skr')).toEqual(skr);

    // Saved by another instance: this one goes on with what it read, for at most ORGANISATION_CACHE_MS.
    await putOrganisation(platform.table, { ...skr, senderName: 'SKR Konferens' });
    expect((await recentOrganisation(platform.table, 'skr'))?.senderName).toBe(skr.senderName);

    forgetOrganisation(platform.table, 'skr');
    expect((await recentOrganisation(platform.table, 'skr'))?.senderName).toBe('SKR Konferens');
    expect((await postForm(platform.app, '/events/cached-organisation/sign-up', participant)).status).toBe(
      201,
    );
    await platform.deliverOutbox();
    const [mail] = await mailTo(platform.mailbox, 'sofie@norrtalje.se');
    expect(mail?.from?.name).toBe('SKR Konferens');
  });

  it('remembers no organisation that is missing', async () => {
    const lateComer = {
      id: 'late-comer',
      name: 'Sent kommun',
      kind: 'kommun',
      country: 'SE',
      retentionDays: 90,
    } as const;
    expect(await recentOrganisation(platform.table, lateComer.id)).toBeUndefined();
    await putOrganisation(platform.table, lateComer);
    expect(await recentOrganisation(platform.table, lateComer.id)).toEqual(lateComer);
  });
});

describe('a sign-up in one round trip: the event from this process’s copy, proven current in the transaction', () => {
  it('confirms with one transaction that writes the seat counter and leaves the event item alone', async () => {
    await putTrygghetsdag(platform.table, 'one-round-trip');
    await postForm(platform.app, '/events/one-round-trip/sign-up', participant);
    const calls = await callsOf(() =>
      postForm(platform.app, '/events/one-round-trip/sign-up', {
        ...participant,
        email: 'andra@norrtalje.se',
      }),
    );
    expect(calls.map(({ command }) => command)).toEqual(['TransactWriteCommand']);
    expect(calls[0]?.writes).toEqual(['#SEATS']);
  });

  it('follows a change another instance saved: the sign-up is worked out again from the event as stored', async () => {
    const event = await putTrygghetsdag(platform.table, 'edited-elsewhere');
    await postForm(platform.app, '/events/edited-elsewhere/sign-up', participant);
    // Another instance's editor closes registration an hour ago; this process still holds the event as it was.
    const closed = {
      ...event,
      registrationClosesAt: '2026-11-22T09:00:00Z',
      title: 'Trygghetsdag 2027 (stängd)',
    };
    expect(
      await saveEventChanges(platform.table, editorSave(event, closed, ['registrationClosesAt', 'title'])),
    ).toBe(true);
    const response = await postForm(platform.app, '/events/edited-elsewhere/sign-up', {
      ...participant,
      email: 'tredje@norrtalje.se',
    });
    expect(await response.text()).toContain('Sista anmälningsdag har passerat');
    expect((await listRegistrations(platform.table, 'edited-elsewhere')).map(({ email }) => email)).toEqual([
      participant.email,
    ]);
  });

  it('refuses a sign-up for an event cancelled since this process read it, and stores nothing', async () => {
    await putTrygghetsdag(platform.table, 'cancelled-elsewhere');
    await postForm(platform.app, '/events/cancelled-elsewhere/sign-up', participant);
    expect(await markEventCancelled(platform.table, 'cancelled-elsewhere', NOW)).toBe(true);
    const response = await postForm(platform.app, '/events/cancelled-elsewhere/sign-up', {
      ...participant,
      email: 'fjarde@norrtalje.se',
    });
    expect(await response.text()).toContain('Evenemanget är inställt');
    expect(await listRegistrations(platform.table, 'cancelled-elsewhere')).toHaveLength(1);
  });

  it('vouches for a published event once, with the first sign-up after each change', async () => {
    const event = await putTrygghetsdag(platform.table, 'vouched-once');
    const first = await callsOf(() => postForm(platform.app, '/events/vouched-once/sign-up', participant));
    expect(first.map(({ command }) => command)).toEqual([
      'GetCommand', // the event, new to this process
      'TransactWriteCommand', // refused: the new counter vouches for no version yet
      'TransactWriteCommand', // the counter vouches for the event as stored
      'TransactWriteCommand', // the seat
    ]);
    const renamed = { ...event, title: 'Trygghetsdag 2027 – ny titel' };
    expect(await saveEventChanges(platform.table, editorSave(event, renamed, ['title']))).toBe(true);
    const afterSave = await callsOf(() =>
      postForm(platform.app, '/events/vouched-once/sign-up', { ...participant, email: 'efter@norrtalje.se' }),
    );
    // Refused once (the copy is older than the save), read again, then the seat: the editor's save vouched itself.
    expect(afterSave.map(({ command }) => command)).toEqual([
      'TransactWriteCommand',
      'GetCommand',
      'TransactWriteCommand',
    ]);
  });
});

describe('an event without a seat counter (made before counters were)', () => {
  it('seats nobody, answers 503, and no save or cancelling of it makes a counter', async () => {
    const event = await putTrygghetsdag(platform.table, 'no-counter');
    await platform.table.doc.send(
      new DeleteCommand({ TableName: platform.table.name, Key: seatCounterKey('no-counter') }),
    );
    const counter = async () =>
      (
        await platform.table.doc.send(
          new GetCommand({ TableName: platform.table.name, Key: seatCounterKey('no-counter') }),
        )
      ).Item;

    const renamed = { ...event, title: 'Trygghetsdag 2027 – ny titel' };
    expect(await saveEventChanges(platform.table, editorSave(event, renamed, ['title']))).toBe(false);
    expect(await markEventCancelled(platform.table, 'no-counter', NOW)).toBe(false);
    expect(await counter()).toBeUndefined();
    expect((await postForm(platform.app, '/events/no-counter/sign-up', participant)).status).toBe(503);
    expect(await listRegistrations(platform.table, 'no-counter')).toEqual([]);
    expect(await counter()).toBeUndefined();
  });
});

describe('a burst for a full event: the waiting list in two calls that do not collide', () => {
  it('draws a ticket while the event is full, once this process has found it full, and seats whoever finds a seat freed', async () => {
    await putTrygghetsdag(platform.table, 'found-full', { capacity: 1 });
    await postForm(platform.app, '/events/found-full/sign-up', participant);
    const person = (n: number) => ({ ...participant, name: `Kö ${n}`, email: `ko${n}@norrtalje.se` });
    // The first to find it full asks for a seat, is refused, and takes the ticket the refusal showed free.
    const first = await callsOf(() => postForm(platform.app, '/events/found-full/sign-up', person(1)));
    expect(first.map(({ command }) => command)).toEqual(['TransactWriteCommand', 'TransactWriteCommand']);
    // The next asks for no seat: a ticket drawn under "still full", then the waiting transaction.
    const next = await callsOf(() => postForm(platform.app, '/events/found-full/sign-up', person(2)));
    expect(next.map(({ command }) => command)).toEqual(['UpdateCommand', 'TransactWriteCommand']);

    // The seat is freed behind this process's back: the draw is refused and the next person gets the seat.
    await platform.table.doc.send(
      new UpdateCommand({
        TableName: platform.table.name,
        Key: seatCounterKey('found-full'),
        UpdateExpression: 'ADD #capacity :one',
        ExpressionAttributeNames: { '#capacity': 'capacity' },
        ExpressionAttributeValues: { ':one': 1 },
      }),
    );
    const freed = await postForm(platform.app, '/events/found-full/sign-up', person(3));
    expect(freed.status).toBe(201);
    expect(await freed.text()).toContain('Du är anmäld');
    const statuses = Object.fromEntries(
      (await listRegistrations(platform.table, 'found-full')).map(({ email, status }) => [email, status]),
    );
    expect(statuses).toEqual({
      [participant.email]: 'confirmed',
      'ko1@norrtalje.se': 'waiting',
      'ko2@norrtalje.se': 'waiting',
      'ko3@norrtalje.se': 'confirmed',
    });
  });
});

/** An editor's save of `attributes`, as the organisers' editor makes it. */
function editorSave(
  before: EventRecord,
  after: EventRecord,
  attributes: (keyof EventRecord)[],
): EventChangeWrite {
  return {
    before,
    after,
    attributes,
    calendarChange: false,
    seatsAdded: false,
    loweredQuotas: [],
    addOnCapacities: [],
    addedMeetings: [],
    audit: [],
  };
}
