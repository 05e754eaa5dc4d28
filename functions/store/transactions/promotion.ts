import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { hashEmail } from '#security/secret-token.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { MailIntent } from '#shared/domain/mail-intent.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { eventKey, eventStillPublished } from '#store/entities/event.ts';
import type { ManageLinkHash } from '#store/entities/manage-link.ts';
import {
  firstInLine,
  getRegistration,
  manageLinkSwitch,
  openOfferKey,
  registrationKey,
  type StoredRegistration,
  withoutSecret,
} from '#store/entities/registration.ts';
import {
  EVENT_VERSION_FORGOTTEN,
  SEAT_FREE,
  seatCounterKey,
  statusCountMoves,
} from '#store/entities/seat-counter.ts';
import {
  backOff,
  cancellationReasons,
  isTransientConflict,
  StoreBusyError,
  sendTransaction,
} from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { queueMessage } from './outbox-queue.ts';

export interface Promotion {
  /**
   * The manage link the news carries: the one the person holds, or, when that one cannot be mailed again (it was
   * made before links were derived), the link that replaces it.
   */
  linkOf(next: StoredRegistration): ManageLinkHash;
  /** The news, as the mailer's intent, given the registration as promoted and as it was stored before. */
  mail(promoted: Registration, next: StoredRegistration): MailIntent;
  /** The announcement to the organisation's webhooks, if any endpoint wants it: at most one item. */
  webhook?(promoted: Registration, at: string): TransactItem[];
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
 * The writes that move a waiting registration to a seat or an offer: status and the e-mail, which carries the link
 * the person has held since they signed up (one that cannot be mailed again is replaced here).
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
  const link = promotion.linkOf(next);
  const linkSwitch = manageLinkSwitch(next, link);
  const values = { ':status': promoted.status, ':waiting': 'waiting', ':now': now, ...linkSwitch.values };
  return [
    {
      Update: {
        TableName: table.name,
        Key: registrationKey(eventId, next.id),
        ...(promoted.status === 'offered' && offer
          ? {
              UpdateExpression: `SET #status = :status, promotedAt = :now, updatedAt = :now, ${linkSwitch.set}, offerExpiresAt = :until, GSI1PK = :offers, GSI1SK = :order`,
              ExpressionAttributeValues: {
                ...values,
                ':until': promoted.offerExpiresAt,
                ':offers': offer.GSI1PK,
                ':order': offer.GSI1SK,
              },
            }
          : {
              UpdateExpression: `SET #status = :status, promotedAt = :now, updatedAt = :now, ${linkSwitch.set} REMOVE GSI1PK, GSI1SK`,
              ExpressionAttributeValues: values,
            }),
        ConditionExpression: `#status = :waiting AND ${linkSwitch.condition}`,
        ExpressionAttributeNames: { '#status': 'status' },
      },
    },
    queueMessage(table, {
      id: `${promoted.status === 'offered' ? 'offer' : 'promoted'}:${next.id}:${now}`,
      eventId,
      reason: promoted.status === 'offered' ? 'seat-offer' : 'promotion',
      mail: promotion.mail(promoted, next),
      recipientHash: hashEmail(next.email),
      createdAt: now,
    }),
    ...(promotion.webhook?.(promoted, now) ?? []),
  ];
}

/**
 * An organiser gives a particular person on the waiting list a seat. The event (and its counter's copy of the
 * capacity) grows by that one seat in the same transaction, so `confirmed ≤ capacity` still holds: the organiser decides to make room, no race does.
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
            // The capacity is the editor's too: a form read before this seat was added must not save the old one.
            UpdateExpression: 'ADD #capacity :one, #version :one',
            ConditionExpression: 'attribute_exists(#capacity)',
            ExpressionAttributeNames: { '#capacity': 'capacity', '#version': 'version' },
            ExpressionAttributeValues: { ':one': 1 },
          },
        },
        {
          Update: {
            TableName: table.name,
            Key: seatCounterKey(event.id),
            // The event's version rises with its capacity: the counter vouches for it no more.
            UpdateExpression: `ADD #capacity :one, confirmedCount :one, waitingCount :minusOne, waitingDepartures :one ${EVENT_VERSION_FORGOTTEN}`,
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

const MAX_ATTEMPTS = 40;

/**
 * Gives a free seat to the first in line (or offers it, where the event uses offers), as when an organiser adds
 * seats: the seat is taken under the stored capacity, in the transaction that moves the person, so a sign-up that
 * took it first leaves this promotion nothing to over-give ('full'). When the one in line changed meanwhile (they
 * left, or another promotion took them) the line is read again.
 */
export async function promoteIntoFreeSeat(
  table: Table,
  event: EventRecord,
  now: string,
  promotion: Promotion,
): Promise<Registration | 'full' | 'nobody-waiting'> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const next = await firstInLine(table, event.id);
    if (!next) return 'nobody-waiting';
    const promoted = successorOf(withoutSecret(next), event, now);
    const moves = statusCountMoves(['waiting', promoted.status]);
    try {
      await sendTransaction(table, {
        TransactItems: [
          {
            Update: {
              TableName: table.name,
              Key: seatCounterKey(event.id),
              UpdateExpression: [
                'ADD confirmedCount :one, waitingCount :minusOne, waitingDepartures :one',
                ...moves.terms,
              ].join(', '),
              ConditionExpression: SEAT_FREE,
              ExpressionAttributeNames: { '#capacity': 'capacity' },
              ExpressionAttributeValues: { ':one': 1, ':minusOne': -1, ...moves.values },
            },
          },
          eventStillPublished(table, event.id),
          ...promotionItems(table, event.id, next, promoted, now, promotion),
        ],
      });
      return promoted;
    } catch (error) {
      const reasons = cancellationReasons(error);
      // No seat left, or the event no longer published: nothing to give.
      if (reasons?.[0] === 'ConditionalCheckFailed' || reasons?.[1] === 'ConditionalCheckFailed')
        return 'full';
      if (!reasons && !isTransientConflict(error)) throw error;
      await backOff(attempt);
    }
  }
  throw new StoreBusyError(`promoting into ${event.id}`);
}

/**
 * The waiting list has moved into the seats an organiser added. A second raise landing between the last promotion
 * and this removal is moved by its own save, which marks and fills anew; the mark only rescues a run cut short.
 */
export async function markFreedSeatsFilled(table: Table, eventId: string): Promise<void> {
  await table.doc.send(
    new UpdateCommand({
      TableName: table.name,
      Key: eventKey(eventId),
      UpdateExpression: 'REMOVE freedSeatsPending',
    }),
  );
}
