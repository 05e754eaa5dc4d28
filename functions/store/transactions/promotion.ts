import type { EventRecord } from '#shared/domain/event.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { eventKey } from '#store/entities/event.ts';
import {
  getRegistration,
  openOfferKey,
  registrationKey,
  type StoredRegistration,
  withoutSecret,
} from '#store/entities/registration.ts';
import { cancellationReasons, sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { manageTokenReplacement } from './manage-link-replacement.ts';
import { queueMessage } from './outbox-queue.ts';

export interface Promotion {
  manageTokenHash: string;
  message(promoted: Registration): OutboundMessage;
}

/**
 * What the first in line becomes when a seat frees: confirmed at once, or, where the event uses time-limited
 * offers, holding the seat until the offer runs out.
 */
export function successorOf(next: Registration, event: EventRecord, now: string): Registration {
  const { waitingPosition, waitingTicket, ...rest } = next;
  if (!event.offerHours) return { ...rest, status: 'confirmed' };
  const offerExpiresAt = new Date(Date.parse(now) + event.offerHours * 3_600_000).toISOString();
  return { ...rest, status: 'offered', offerExpiresAt };
}

/**
 * The writes that move a waiting registration to a seat or an offer: status, a fresh manage link (the old one
 * stops working, so the link in this e-mail is the one that counts), and the e-mail itself.
 */
export function promotionItems(
  table: Table,
  eventId: string,
  next: StoredRegistration,
  promoted: Registration,
  now: string,
  promotion: Promotion,
) {
  const offer = promoted.offerExpiresAt ? openOfferKey(promoted.offerExpiresAt, eventId, next.id) : undefined;
  const values = {
    ':status': promoted.status,
    ':waiting': 'waiting',
    ':now': now,
    ':newToken': promotion.manageTokenHash,
    ':oldToken': next.manageTokenHash,
  };
  return [
    {
      Update: {
        TableName: table.name,
        Key: registrationKey(eventId, next.id),
        ...(promoted.status === 'offered' && offer
          ? {
              UpdateExpression:
                'SET #status = :status, promotedAt = :now, manageTokenHash = :newToken, offerExpiresAt = :until, GSI1PK = :offers, GSI1SK = :order',
              ExpressionAttributeValues: {
                ...values,
                ':until': promoted.offerExpiresAt,
                ':offers': offer.GSI1PK,
                ':order': offer.GSI1SK,
              },
            }
          : {
              UpdateExpression:
                'SET #status = :status, promotedAt = :now, manageTokenHash = :newToken REMOVE GSI1PK, GSI1SK',
              ExpressionAttributeValues: values,
            }),
        ConditionExpression: '#status = :waiting AND manageTokenHash = :oldToken',
        ExpressionAttributeNames: { '#status': 'status' },
      },
    },
    ...manageTokenReplacement(table, next, { old: next.manageTokenHash, new: promotion.manageTokenHash }),
    queueMessage(table, {
      id: `${promoted.status === 'offered' ? 'offer' : 'promoted'}:${next.id}:${now}`,
      eventId,
      reason: promoted.status === 'offered' ? 'seat-offer' : 'promotion',
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
  /** Writes that go with the promotion in its transaction: its audit entry. */
  also: TransactItem[] = [],
): Promise<Registration | undefined> {
  const next = await getRegistration(table, event.id, registrationId);
  if (next?.status !== 'waiting') return undefined;
  const promoted: Registration = {
    ...withoutSecret(next),
    status: 'confirmed',
    waitingPosition: undefined,
    waitingTicket: undefined,
  };
  try {
    await sendTransaction(table, {
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
        ...also,
      ],
    });
    return promoted;
  } catch (error) {
    if (cancellationReasons(error)) return undefined;
    throw error;
  }
}
