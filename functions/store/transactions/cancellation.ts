import { hashEmail } from '#security/secret-token.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import { holdsSeat, type Registration } from '#shared/domain/registration.ts';
import { addressClaimKey } from '#store/entities/address-claim.ts';
import { pickedSlotIds } from '#store/entities/agenda-pick.ts';
import { eventKey } from '#store/entities/event.ts';
import { needsKey } from '#store/entities/needs.ts';
import {
  firstInLine,
  getRegistration,
  registrationKey,
  type StoredRegistration,
  withoutSecret,
} from '#store/entities/registration.ts';
import {
  backOff,
  cancellationReasons,
  isTransientConflict,
  StoreBusyError,
  sendTransaction,
} from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { unpickItems } from './agenda.ts';
import { queueMessage } from './outbox-queue.ts';
import { type Promotion, promotionItems, successorOf } from './promotion.ts';
import { releaseQuotaItem } from './quota-places.ts';

export interface CancellationRequest {
  event: EventRecord;
  registrationId: string;
  now: string;
  /** The receipt to the person who leaves, given their registration as it was before. */
  cancelledMessage(registration: Registration): OutboundMessage;
  /** For the first in line, if a seat is freed: the manage link their news carries, and the news. */
  promotion: Promotion;
  /** Only an offer whose time ran out: the expiry job's condition, so an answer that came in time wins. */
  expiredOfferOnly?: boolean;
  /** Writes that go with the cancellation in its transaction: an organiser's audit entry. */
  also?: TransactItem[];
}

export type CancellationResult =
  | { kind: 'cancelled'; cancelled: Registration; promoted?: Registration }
  | { kind: 'not-found' | 'already-cancelled' | 'offer-still-open' };

const MAX_ATTEMPTS = 40;

/**
 * Cancels a registration. A freed seat goes to the first in line in the same transaction (given, or offered for a
 * time where the event uses offers), so a seat is never free while someone waits; with nobody waiting, the seat
 * count drops, on the condition that still nobody waits. The address is released, so the person can sign up
 * again, and their needs are erased at once.
 */
export async function cancelRegistration(
  table: Table,
  request: CancellationRequest,
): Promise<CancellationResult> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const registration = await getRegistration(table, request.event.id, request.registrationId);
    if (!registration) return { kind: 'not-found' };
    if (registration.status === 'cancelled') return { kind: 'already-cancelled' };
    // An offer answered in time is no longer the expiry job's to end.
    if (
      request.expiredOfferOnly &&
      !(registration.status === 'offered' && (registration.offerExpiresAt ?? '') <= request.now)
    ) {
      return { kind: 'offer-still-open' };
    }
    const next = holdsSeat(registration.status) ? await firstInLine(table, request.event.id) : undefined;
    const cancelled: Registration = { ...withoutSecret(registration), status: 'cancelled' };
    const promoted = next && successorOf(withoutSecret(next), request.event, request.now);
    const picks = await pickedSlotIds(table, request.event.id, registration.id);
    try {
      await sendTransaction(table, {
        TransactItems: [
          ...leaveItems(table, registration, request),
          ...picks.flatMap((slotId) => unpickItems(table, request.event.id, registration.id, slotId)),
          eventCounterUpdate(table, request.event.id, registration.status, promoted !== undefined),
          // A delegation member's seat also held a place of the organisation's quota: it is given back with it.
          ...(registration.delegation && holdsSeat(registration.status)
            ? [releaseQuotaItem(table, request.event.id, registration.delegation.organisationKey)]
            : []),
          ...(next && promoted
            ? promotionItems(table, request.event.id, next, promoted, request.now, request.promotion)
            : []),
          ...(request.also ?? []),
        ],
      });
      return { kind: 'cancelled', cancelled, ...(promoted ? { promoted } : {}) };
    } catch (error) {
      // Someone else changed the registration, the one in line or the waiting list: read again and retry.
      if (!isTransientConflict(error) && !cancellationReasons(error)) throw error;
      await backOff(attempt);
    }
  }
  throw new StoreBusyError(`cancelling ${request.registrationId}`);
}

function leaveItems(table: Table, registration: StoredRegistration, request: CancellationRequest) {
  const { event, now } = request;
  return [
    {
      Update: {
        TableName: table.name,
        Key: registrationKey(event.id, registration.id),
        UpdateExpression:
          'SET #status = :cancelled, cancelledAt = :now REMOVE GSI1PK, GSI1SK, offerExpiresAt',
        ConditionExpression: request.expiredOfferOnly
          ? '#status = :current AND offerExpiresAt <= :now'
          : '#status = :current',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':cancelled': 'cancelled',
          ':now': now,
          ':current': registration.status,
        },
      },
    },
    { Delete: { TableName: table.name, Key: addressClaimKey(event.id, hashEmail(registration.email)) } },
    { Delete: { TableName: table.name, Key: needsKey(event.id, registration.id) } },
    queueMessage(table, {
      id: `cancelled:${registration.id}`,
      eventId: event.id,
      reason: request.expiredOfferOnly ? 'offer-expired' : 'cancellation',
      message: request.cancelledMessage(withoutSecret(registration)),
      createdAt: now,
    }),
  ];
}

function eventCounterUpdate(
  table: Table,
  eventId: string,
  leaving: Registration['status'],
  promoting: boolean,
) {
  const base = { TableName: table.name, Key: eventKey(eventId) };
  if (leaving === 'waiting' || promoting) {
    // One fewer waiting; a promotion keeps the confirmed count as it is: one leaves, one joins.
    return {
      Update: {
        ...base,
        UpdateExpression: 'ADD waitingCount :minusOne, waitingDepartures :one',
        ExpressionAttributeValues: { ':minusOne': -1, ':one': 1 },
      },
    };
  }
  return {
    Update: {
      ...base,
      UpdateExpression: 'ADD confirmedCount :minusOne',
      // Someone joined the waiting list after we looked: promote them instead (the retry will).
      ConditionExpression: 'waitingCount = :zero',
      ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0 },
    },
  };
}
