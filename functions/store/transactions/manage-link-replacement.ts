import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { manageLinkItem, manageLinkKey } from '#store/entities/manage-link.ts';
import { registrationKey, type StoredRegistration } from '#store/entities/registration.ts';
import { sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import { queueMessage } from './outbox-queue.ts';

type Owner = Pick<Registration, 'eventId' | 'id'>;

/** The transaction elements that give a registration a new manage link: the old one stops working as it starts. */
export function manageTokenReplacement(
  table: Table,
  registration: Owner,
  hashes: { old: string; new: string },
  expiresAt?: number,
) {
  return [
    { Delete: { TableName: table.name, Key: manageLinkKey(hashes.old) } },
    { Put: { TableName: table.name, Item: manageLinkItem(hashes.new, registration, expiresAt) } },
  ];
}

/**
 * Gives a registration a new manage link and sends it, in one transaction; the old link stops working. Used when
 * someone signs up again with an address already registered: the link goes to the address, never to the screen.
 */
export async function replaceManageToken(
  table: Table,
  registration: StoredRegistration,
  newTokenHash: string,
  message: OutboundMessage,
  now: string,
): Promise<void> {
  await sendTransaction(table, {
    TransactItems: [
      {
        Update: {
          TableName: table.name,
          Key: registrationKey(registration.eventId, registration.id),
          UpdateExpression: 'SET manageTokenHash = :new',
          ConditionExpression: 'manageTokenHash = :old',
          ExpressionAttributeValues: { ':new': newTokenHash, ':old': registration.manageTokenHash },
        },
      },
      ...manageTokenReplacement(table, registration, {
        old: registration.manageTokenHash,
        new: newTokenHash,
      }),
      queueMessage(table, {
        id: `manage-link:${registration.id}:${now}`,
        eventId: registration.eventId,
        reason: 'manage-link',
        message,
        createdAt: now,
      }),
    ],
  });
}
