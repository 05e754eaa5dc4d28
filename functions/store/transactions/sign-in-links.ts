import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import { type SignInLink, signInKey, signInLinkItem, signInLinkOf } from '#store/entities/sign-in-link.ts';
import { deleteIf } from '#store/table/conditional-writes.ts';
import { sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import { queueMessage } from './outbox-queue.ts';

/** Stores a sign-in link and queues the e-mail that carries it, together; without a message, only the link. */
export async function issueSignInLink(
  table: Table,
  link: SignInLink,
  message: OutboundMessage | undefined,
  now: string,
): Promise<void> {
  await sendTransaction(table, {
    TransactItems: [
      { Put: { TableName: table.name, Item: signInLinkItem(link) } },
      ...(message
        ? [
            queueMessage(table, {
              id: `sign-in:${link.tokenHash}`,
              reason: 'organiser-sign-in',
              message,
              createdAt: now,
            }),
          ]
        : []),
    ],
  });
}

/** Uses a sign-in link up: deleting it on the condition that it is still valid makes it work once, and only in time. */
export async function consumeSignInLink(
  table: Table,
  tokenHash: string,
  now: Date,
): Promise<string | undefined> {
  const deleted = await deleteIf(table, {
    Key: signInKey(tokenHash),
    ConditionExpression: 'validUntil > :now',
    ExpressionAttributeValues: { ':now': now.toISOString() },
    ReturnValues: 'ALL_OLD',
  });
  return deleted?.Attributes ? signInLinkOf(deleted.Attributes).emailHash : undefined;
}
