import { randomUUID } from 'node:crypto';
import { hashEmail } from '#security/secret-token.ts';
import type { MailIntent } from '#shared/domain/mail-intent.ts';
import type { ManageLinkHash } from '#store/entities/manage-link.ts';
import { manageLinkSwitch, registrationKey, type StoredRegistration } from '#store/entities/registration.ts';
import { cancellationReasons, sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { queueMessage } from './outbox-queue.ts';

export interface ManageLinkMail {
  /** The mail that carries the link, as the mailer's intent. */
  mail: MailIntent;
  /** Why it is sent, as the outbox records it. */
  reason: 'manage-link' | 'manage-link-replaced';
  now: string;
  /** When a new link's item is erased, as the registration is (epoch seconds). */
  expiresAt: number;
}

/**
 * Mails a registration the manage link `link` in one transaction with the message. When it is the link the
 * registration holds, nothing but the message is written, on the condition that it still holds it; otherwise the
 * registration moves to `link`, remembering the old link's hash, so that opening it says it was replaced. False, with
 * nothing written, when the registration no longer holds the link it was read with (or is gone): read it again.
 */
export async function sendManageLink(
  table: Table,
  registration: StoredRegistration,
  link: ManageLinkHash,
  mail: ManageLinkMail,
  /** Writes that go with it in its transaction: an organiser's audit entry. */
  also: TransactItem[] = [],
): Promise<boolean> {
  const key = registrationKey(registration.eventId, registration.id);
  const linkSwitch = manageLinkSwitch(registration, link);
  const held = link.tokenHash === registration.manageTokenHash;
  try {
    await sendTransaction(table, {
      TransactItems: [
        held
          ? {
              ConditionCheck: {
                TableName: table.name,
                Key: key,
                ConditionExpression: linkSwitch.condition,
                ExpressionAttributeValues: { ':heldLink': registration.manageTokenHash },
              },
            }
          : {
              Update: {
                TableName: table.name,
                Key: key,
                UpdateExpression: `SET ${linkSwitch.set}`,
                ConditionExpression: linkSwitch.condition,
                ExpressionAttributeValues: linkSwitch.values,
              },
            },
        queueMessage(table, {
          // Each request mails once: two at the same instant (two tabs) must not share an id.
          id: `${mail.reason}:${registration.id}:${randomUUID()}`,
          eventId: registration.eventId,
          reason: mail.reason,
          mail: mail.mail,
          recipientHash: hashEmail(registration.email),
          createdAt: mail.now,
        }),
        ...also,
      ],
    });
    return true;
  } catch (error) {
    if (cancellationReasons(error)?.[0] === 'ConditionalCheckFailed') return false;
    throw error;
  }
}
