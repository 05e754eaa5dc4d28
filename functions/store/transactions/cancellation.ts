import { hashEmail } from '#security/secret-token.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { MailIntent } from '#shared/domain/mail-intent.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { holdsSeat, type Registration } from '#shared/domain/registration.ts';
import { releaseAddOnItems } from '#store/entities/add-on-counter.ts';
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
import { seatCounterKey, statusCountMoves } from '#store/entities/seat-counter.ts';
import { heldSessionInvites, type SessionInvite } from '#store/entities/session-invite.ts';
import { getEventPage } from '#store/reads/event-page.ts';
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
import { sessionCancelItems } from './session-invites.ts';

export interface CancellationRequest {
  event: EventRecord;
  registrationId: string;
  now: string;
  /**
   * The receipt to the person who leaves, as the mailer's intent, given their registration as it was before and the
   * event as read with it: the cancellation raises the event's SEQUENCE by one in the same transaction, which is what
   * the receipt's CANCEL carries (`invite` goes one above the event as read).
   */
  cancelledMail(registration: Registration, event: EventRecord): MailIntent;
  /** The CANCEL of a session whose invite the person holds, given the session as read with the event. */
  withdrawnSessionMessage(
    registration: Registration,
    event: EventRecord,
    slot: ProgrammeSlot,
  ): OutboundMessage;
  /** For the first in line, if a seat is freed: the manage link their news carries, and the news. */
  promotion: Promotion;
  /** Only an offer whose time ran out: the expiry job's condition, so an answer that came in time wins. */
  expiredOfferOnly?: boolean;
  /** Writes that go with the cancellation in its transaction: an organiser's audit entry. */
  also?: TransactItem[];
  /** The announcement to the organisation's webhooks, given the registration as it was: at most one item. */
  webhook?(registration: Registration): TransactItem[];
}

export type CancellationResult =
  | { kind: 'cancelled'; cancelled: Registration; promoted?: Registration }
  | { kind: 'not-found' | 'already-cancelled' | 'offer-still-open' };

const MAX_ATTEMPTS = 40;

/**
 * Cancels a registration. A freed seat goes to the first in line in the same transaction (given, or offered for a
 * time where the event uses offers), so a seat is never free while someone waits; with nobody waiting, the seat
 * count drops, on the condition that still nobody waits. The address is released, so the person can sign up
 * again, their add-ons are given back, and their needs are erased at once. Every session invite they hold gets its CANCEL, and the event's
 * SEQUENCE goes up by one, on the condition that it is still the one read: their CANCEL must outrank their REQUEST,
 * and any invite sent after it (to them again, should they sign up anew) must not fall below it.
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
    const page = await getEventPage(table, request.event.id);
    if (!page) return { kind: 'not-found' };
    const withdrawn = await withdrawnSessions(table, registration, page.slots);
    try {
      await sendTransaction(table, {
        TransactItems: [
          ...leaveItems(table, registration, request, page.event),
          ...picks.flatMap((slotId) => unpickItems(table, request.event.id, registration.id, slotId)),
          ...withdrawn.flatMap(({ invite, slot }) =>
            sessionCancelItems(
              table,
              {
                id: `session-registration-cancelled:${registration.id}:${slot.id}`,
                eventId: request.event.id,
                reason: 'cancellation',
                message: request.withdrawnSessionMessage(withoutSecret(registration), page.event, slot),
                createdAt: request.now,
              },
              invite,
            ),
          ),
          ...seatAndSequenceUpdates(table, page.event, registration.status, promoted?.status),
          // A delegation member's seat also held a place of the organisation's quota: it is given back with it.
          ...(registration.delegation && holdsSeat(registration.status)
            ? [releaseQuotaItem(table, request.event.id, registration.delegation.organisationKey)]
            : []),
          ...(next && promoted
            ? promotionItems(table, request.event.id, next, promoted, request.now, request.promotion)
            : []),
          // The add-ons it held are free for others at once, as the seat is.
          ...releaseAddOnItems(table, request.event.id, registration.addOnIds ?? []),
          ...(request.also ?? []),
          ...(request.webhook?.(withoutSecret(registration)) ?? []),
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

/**
 * The sessions whose invites the person holds, as the programme has them now. One that left the programme meanwhile
 * is left out, its invite kept: the removal's notices, which go to holders of its invite, send its CANCEL.
 */
async function withdrawnSessions(
  table: Table,
  registration: StoredRegistration,
  slots: readonly ProgrammeSlot[],
): Promise<{ invite: SessionInvite; slot: ProgrammeSlot }[]> {
  const bySlotId = new Map(slots.map((slot) => [slot.id, slot]));
  return (await heldSessionInvites(table, registration.eventId, registration.id)).flatMap((invite) => {
    const slot = bySlotId.get(invite.slotId);
    return slot ? [{ invite, slot }] : [];
  });
}

function leaveItems(
  table: Table,
  registration: StoredRegistration,
  request: CancellationRequest,
  event: EventRecord,
) {
  const { now } = request;
  return [
    {
      Update: {
        TableName: table.name,
        Key: registrationKey(event.id, registration.id),
        UpdateExpression:
          'SET #status = :cancelled, cancelledAt = :now, updatedAt = :now REMOVE GSI1PK, GSI1SK, offerExpiresAt',
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
      mail: request.cancelledMail(withoutSecret(registration), event),
      recipientHash: hashEmail(registration.email),
      createdAt: now,
    }),
  ];
}

/**
 * The seat counts, on the counter, and the event's SEQUENCE one up from the one read: a condition on it makes a
 * change saved meanwhile (the organisers', another cancellation's) send this cancellation round again, so its CANCEL
 * always carries the raised SEQUENCE exactly.
 */
function seatAndSequenceUpdates(
  table: Table,
  event: EventRecord,
  leaving: Registration['status'],
  /** The status of the one in line who takes the seat, if anyone does. */
  promotedTo: Registration['status'] | undefined,
) {
  const sequence = {
    Update: {
      TableName: table.name,
      Key: eventKey(event.id),
      UpdateExpression: 'SET #sequence = :raised',
      ConditionExpression:
        event.sequence === undefined ? 'attribute_not_exists(#sequence)' : '#sequence = :read',
      ExpressionAttributeNames: { '#sequence': 'sequence' },
      ExpressionAttributeValues: {
        ':raised': (event.sequence ?? 0) + 1,
        ...(event.sequence === undefined ? {} : { ':read': event.sequence }),
      },
    },
  };
  const counter = { TableName: table.name, Key: seatCounterKey(event.id) };
  // The leaving one becomes cancelled; the promoted one, if any, leaves the waiting list for a seat or an offer.
  const moves = statusCountMoves([leaving, 'cancelled'], ['waiting', promotedTo]);
  const seats =
    leaving === 'waiting' || promotedTo !== undefined
      ? // One fewer waiting; a promotion keeps the confirmed count as it is: one leaves, one joins.
        {
          ...counter,
          UpdateExpression: ['ADD waitingCount :minusOne, waitingDepartures :one', ...moves.terms].join(', '),
          ExpressionAttributeValues: { ':minusOne': -1, ':one': 1, ...moves.values },
        }
      : {
          ...counter,
          UpdateExpression: ['ADD confirmedCount :minusOne', ...moves.terms].join(', '),
          // Someone joined the waiting list after we looked: promote them instead (the retry will).
          ConditionExpression: 'waitingCount = :zero',
          ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0, ...moves.values },
        };
  return [sequence, { Update: seats }];
}
