import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveFormerOutboxLists } from '#operations/outbox/move-former-outbox-lists.ts';
import { dueMessages, outboxMessageItem } from '#store/entities/outbox-message.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const NOW = '2026-12-05T08:00:00.000Z';
let platform: TestPlatform;
afterAll(() => platform.stop());
beforeAll(async () => {
  platform = await createTestPlatform(NOW);
});

/** A rendered message as the code before GSI2 queued it: in GSI1's list `OUTBOX#<list>#<shard>`. */
async function putFormerlyListed(id: string, list: 'pending' | 'sending', claimedAt?: string) {
  const { GSI2PK, GSI2SK, ...item } = outboxMessageItem({
    id,
    reason: 'sign-in',
    createdAt: '2026-12-05T07:00:00.000Z',
    message: { to: `${id}@skr.se`, subject: 'Logga in', text: 'Hej', html: '<p>Hej</p>' },
  });
  await platform.table.doc.send(
    new PutCommand({
      TableName: platform.table.name,
      Item: {
        ...item,
        ...(claimedAt ? { status: 'sending', claimedAt, attempts: 1 } : {}),
        GSI1PK: String(GSI2PK).replace('pending', list),
        GSI1SK: claimedAt ? `${claimedAt}#${id}` : GSI2SK,
      },
    }),
  );
}

describe('messages queued before the list of messages to send moved to GSI2', () => {
  it('are moved once, and then sent: the waiting one at once, the claimed one when its sender was cut short', async () => {
    await putFormerlyListed('former-pending', 'pending');
    await putFormerlyListed('former-sending', 'sending', '2026-12-05T07:59:50.000Z');
    expect(await dueMessages(platform.table, NOW)).toEqual([]);

    expect(await moveFormerOutboxLists(platform.table)).toBe(2);
    expect(await moveFormerOutboxLists(platform.table)).toBe(0);
    expect((await dueMessages(platform.table, NOW)).map(({ id }) => id).sort()).toEqual([
      'former-pending',
      'former-sending',
    ]);

    expect(await platform.deliverOutbox()).toBe(1);
    platform.setNow('2026-12-05T08:00:10.000Z');
    expect(await platform.deliverOutbox()).toBe(1);
    expect(await dueMessages(platform.table, '2026-12-05T08:00:10.000Z')).toEqual([]);
    const to = platform.mailbox.messages().map(({ raw }) => /^To:\s*(\S+)/im.exec(raw)?.[1]);
    expect(to.sort()).toEqual(['former-pending@skr.se', 'former-sending@skr.se']);
  });
});
