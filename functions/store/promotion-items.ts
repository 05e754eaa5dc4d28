import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { EventRecord } from '../../shared/domain/event.ts';
import type { OutboundMessage } from '../../shared/domain/outbound-message.ts';
import type { Registration } from '../../shared/domain/registration.ts';
import type { StoredRegistration } from './cancellation-items.ts';
import { eventKey } from './event-items.ts';
import { queueMessage } from './outbox-items.ts';
import { manageTokenKey } from './participant-keys.ts';
import { getRegistration, registrationKey } from './registration-items.ts';
import type { Table } from './table.ts';
import { cancellationReasons } from './transaction-errors.ts';

export interface Promotion {
  manageTokenHash: string;
  message(promoted: Registration): OutboundMessage;
}

/**
 * The writes that move a waiting registration to a seat: status, a fresh manage link (the old one stops working,
 * so the link in the good-news e-mail is the one that counts), and the e-mail itself.
 */
export function promotionItems(
  table: Table,
  eventId: string,
  next: StoredRegistration,
  promoted: Registration,
  now: string,
  promotion: Promotion,
) {
  return [
    {
      Update: {
        TableName: table.name,
        Key: registrationKey(eventId, next.id),
        UpdateExpression:
          'SET #status = :confirmed, promotedAt = :now, manageTokenHash = :newToken REMOVE GSI1PK, GSI1SK, waitingPosition',
        ConditionExpression: '#status = :waiting AND manageTokenHash = :oldToken',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':confirmed': 'confirmed',
          ':waiting': 'waiting',
          ':now': now,
          ':newToken': promotion.manageTokenHash,
          ':oldToken': next.manageTokenHash,
        },
      },
    },
    { Delete: { TableName: table.name, Key: manageTokenKey(next.manageTokenHash) } },
    {
      Put: {
        TableName: table.name,
        Item: {
          ...manageTokenKey(promotion.manageTokenHash),
          type: 'manage-token',
          eventId,
          registrationId: next.id,
        },
      },
    },
    queueMessage(table, {
      id: `promoted:${next.id}`,
      reason: 'promotion',
      message: promotion.message(promoted),
      createdAt: now,
    }),
  ];
}

/**
 * An organiser gives a particular person on the waiting list a seat. The event grows by that one seat in the same
 * transaction, so `confirmed ≤ capacity` still holds: the organiser decides to make room, no race does.
 */
export async function promoteByOrganiser(
  table: Table,
  event: EventRecord,
  registrationId: string,
  now: string,
  promotion: Promotion,
): Promise<Registration | undefined> {
  const next = await getRegistration(table, event.id, registrationId);
  if (!next || next.status !== 'waiting') return undefined;
  const { manageTokenHash, ...rest } = next;
  const promoted: Registration = { ...rest, status: 'confirmed', waitingPosition: undefined };
  try {
    await table.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: table.name,
              Key: eventKey(event.id),
              UpdateExpression:
                'ADD #capacity :one, confirmedCount :one, waitingCount :minusOne, waitingDepartures :one',
              ConditionExpression: 'attribute_exists(#capacity)',
              ExpressionAttributeNames: { '#capacity': 'capacity' },
              ExpressionAttributeValues: { ':one': 1, ':minusOne': -1 },
            },
          },
          ...promotionItems(table, event.id, next, promoted, now, promotion),
        ],
      }),
    );
    return promoted;
  } catch (error) {
    if (cancellationReasons(error)) return undefined;
    throw error;
  }
}
