import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eventKey } from '#store/entities/event.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { forgetOrganisation, recentOrganisation } from '#store/reads/organisation-cache.ts';
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
    await putTrygghetsdag(platform.table, 'edited-elsewhere');
    await postForm(platform.app, '/events/edited-elsewhere/sign-up', participant);
    await platform.table.doc.send(
      new UpdateCommand({
        TableName: platform.table.name,
        Key: eventKey('edited-elsewhere'),
        UpdateExpression: 'SET title = :title ADD #version :one',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':title': 'Trygghetsdag 2027 (ny lokal)', ':one': 1 },
      }),
    );
    const response = await postForm(platform.app, '/events/edited-elsewhere/sign-up', {
      ...participant,
      email: 'tredje@norrtalje.se',
    });
    expect(response.status).toBe(201);
    await platform.deliverOutbox();
    const [mail] = await mailTo(platform.mailbox, 'tredje@norrtalje.se');
    expect(mail?.subject).toBe('Bekräftelse: Trygghetsdag 2027 (ny lokal)');
  });
});
