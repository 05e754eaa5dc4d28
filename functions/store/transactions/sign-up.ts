import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { EventRecord } from '#shared/domain/event.ts';
import type { MailIntent } from '#shared/domain/mail-intent.ts';
import type { Registration, SensitiveNeeds } from '#shared/domain/registration.ts';
import { addOnsByIds } from '#shared/sign-up/add-on-choice.ts';
import { takeAddOnItems } from '#store/entities/add-on-counter.ts';
import { addressClaim, registrationIdClaiming } from '#store/entities/address-claim.ts';
import { eventKey } from '#store/entities/event.ts';
import type { ManageLinkHash } from '#store/entities/manage-link.ts';
import { needsItem } from '#store/entities/needs.ts';
import { registrationItem } from '#store/entities/registration.ts';
import {
  EVENT_AS_READ,
  SEAT_FREE,
  type SeatCounter,
  seatCounterKey,
  seatCounterOf,
  seatCounterOfWire,
  vouchedVersion,
} from '#store/entities/seat-counter.ts';
import { eventKeyInProcess } from '#store/reads/event-cache.ts';
import { updatedIf } from '#store/table/conditional-writes.ts';
import {
  cancellationReasons,
  cancelledItem,
  StoreBusyError,
  sendTransaction,
  sendWrite,
} from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { queueMessage } from './outbox-queue.ts';

export interface SignUpRequest {
  event: EventRecord;
  /** Everything but the outcome: `status` and `waitingPosition` are set here. */
  registration: Omit<Registration, 'status' | 'waitingPosition'>;
  emailHash: string;
  /** The registration's first manage link, held by the registration itself: the link says where it is. */
  manageLink: ManageLinkHash;
  /** Epoch seconds after which DynamoDB's TTL erases the registration. */
  expiresAt: number;
  needs: SensitiveNeeds;
  /** Needs are erased before the rest (epoch seconds). */
  needsExpiresAt: number;
  /** The e-mail that tells the participant the outcome, queued as an intent in the same transaction. */
  mailFor(registration: Registration): MailIntent;
  /** Written with the seat or the waiting-list place: the audit entry of an organiser who registered the person. */
  also?: TransactItem[];
  /** The announcement to the organisation's webhooks, if any endpoint wants it: at most one item, after the mail. */
  webhookFor?(registration: Registration): TransactItem[];
}

export type SignUpResult =
  | { kind: 'confirmed' | 'waiting'; registration: Registration }
  | { kind: 'full' }
  | { kind: 'duplicate'; registrationId: string }
  /** The event is not as `request.event` has it (edited, cancelled, closed): read it again and decide anew. */
  | { kind: 'event-changed' }
  /** An add-on chosen had no place left: nothing was stored. */
  | { kind: 'add-on-full'; addOnId: string };

const MAX_ATTEMPTS = 40;

/**
 * Takes a seat, or a place in the waiting list, in one transaction with the registration, the uniqueness of the
 * address and the e-mail. The seat condition is evaluated by DynamoDB on the seat counter itself,
 * so no interleaving of concurrent sign-ups can confirm more than `capacity`; the same condition proves that the
 * event the request was worked out from (its texts and deadline: its version) is still the stored one (the counter's
 * `eventVersion`, see `entities/seat-counter.ts`), so the request needs no read of its own: a confirmed sign-up is one
 * call, a waiting one two (see `tryJoinWaitingList`). The caller has checked the deadline against the request's time.
 * Refusals are told by the element that failed: the counter (full, or the event changed: the counter it hands back
 * says which) or the address (duplicate). Elements other writers append after these leave that order be.
 */
export async function signUp(table: Table, request: SignUpRequest): Promise<SignUpResult> {
  const full = eventKeyInProcess(table, request.event.id);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    if (foundFull.has(full) && request.event.waitingListEnabled !== false) {
      const waiting = await joinWaitingListWhileFull(table, request);
      if (waiting !== 'seat-freed') return waiting;
      foundFull.delete(full);
    }
    const confirmed = await tryConfirm(table, request);
    if (confirmed === 'unvouched') {
      if (await vouchForEvent(table, request.event)) continue;
      return { kind: 'event-changed' };
    }
    if (!('full' in confirmed)) return confirmed;
    if (request.event.waitingListEnabled === false) return { kind: 'full' };
    rememberFull(full);
    const waiting = await tryJoinWaitingList(table, request, confirmed.full);
    if (waiting !== 'seat-freed') return waiting;
  }
  throw new StoreBusyError(`sign-up for ${request.event.id}`);
}

/**
 * The events this process last found full. Their next sign-ups skip the confirmation they would be refused and draw
 * a waiting ticket at once, under the condition that the event is still full (`joinWaitingListWhileFull`): in a burst
 * of hundreds for a full event, two calls that cannot collide instead of a refused confirmation, a waiting
 * transaction refused because another took its ticket, a drawn ticket and the waiting transaction again. Only the
 * order of the attempts depends on it; every outcome is decided by the counter's conditions, so a stale entry costs
 * one refused draw, after which the sign-up asks for a seat again.
 */
const foundFull = new Set<string>();
const MOST_FULL_EVENTS = 500;

function rememberFull(key: string) {
  foundFull.add(key);
  if (foundFull.size > MOST_FULL_EVENTS) foundFull.delete(String(foundFull.values().next().value));
}

/** A waiting-list place taken with a ticket drawn while the event is full; `seat-freed` when it is not full now. */
async function joinWaitingListWhileFull(
  table: Table,
  request: SignUpRequest,
): Promise<SignUpResult | 'seat-freed'> {
  const ticket = await drawWaitingTicket(table, request.event.id);
  return ticket ? waitWithDrawnTicket(table, request, ticket) : 'seat-freed';
}

/** The positions of the elements whose refusals mean something; `participantItems` puts the address first. */
const SEATS_AT = 0;
const ADDRESS_AT = 1;

/**
 * The counter's condition values: the seat's and the event's as the request read it. `ALL_OLD` hands the counter back
 * with a refusal: the waiting list's next ticket without a read, and whether it was the event that changed.
 */
const counterVouching = (event: EventRecord) => ({
  ExpressionAttributeNames: { '#capacity': 'capacity' },
  ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
  eventVersion: vouchedVersion(event),
});

/**
 * What a refused counter met: none at all, a counter vouching for no version (the event was published or changed other than by
 * the editor since the last sign-up), one vouching for another (the request's copy is old), or the seats as they are.
 */
function counterRefusal(
  event: EventRecord,
  counter: SeatCounter | undefined,
): 'unvouched' | 'event-changed' | { seats: SeatCounter } {
  // No counter came back: there is none, which no sign-up can be seated under; the caller reads the event again.
  if (!counter) return 'event-changed';
  if (counter.eventVersion === undefined) return 'unvouched';
  if (counter.eventVersion !== vouchedVersion(event)) return 'event-changed';
  return { seats: counter };
}

/**
 * Makes the counter vouch for the event, in one transaction that checks the event item is published at the version
 * the request read: true when it does now (or another sign-up made it meanwhile), false when the event is not as read.
 */
async function vouchForEvent(table: Table, event: EventRecord): Promise<boolean> {
  const version = vouchedVersion(event);
  try {
    await sendTransaction(table, {
      TransactItems: [
        {
          ConditionCheck: {
            TableName: table.name,
            Key: eventKey(event.id),
            ConditionExpression: `#status = :published AND ${version === 0 ? '(attribute_not_exists(#version) OR #version = :version)' : '#version = :version'}`,
            ExpressionAttributeNames: { '#status': 'status', '#version': 'version' },
            ExpressionAttributeValues: { ':published': 'published', ':version': version },
          },
        },
        {
          Update: {
            TableName: table.name,
            Key: seatCounterKey(event.id),
            UpdateExpression: 'SET eventVersion = :version',
            ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(eventVersion)',
            ExpressionAttributeValues: { ':version': version },
          },
        },
      ],
    });
    return true;
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (!reasons) throw error;
    return reasons[0] !== 'ConditionalCheckFailed';
  }
}

async function tryConfirm(
  table: Table,
  request: SignUpRequest,
): Promise<SignUpResult | 'unvouched' | { full: SeatCounter }> {
  const registration: Registration = { ...request.registration, status: 'confirmed' };
  const { eventVersion, ...vouching } = counterVouching(request.event);
  try {
    await sendTransaction(table, {
      TransactItems: [
        {
          Update: {
            TableName: table.name,
            Key: seatCounterKey(request.event.id),
            UpdateExpression: 'ADD confirmedCount :one',
            ConditionExpression: `${SEAT_FREE} AND ${EVENT_AS_READ}`,
            ExpressionAttributeValues: { ':one': 1, ':eventVersion': eventVersion },
            ...vouching,
          },
        },
        ...participantItems(table, request, registration),
        ...(request.also ?? []),
        ...addOnItems(table, request),
      ],
    });
    return { kind: 'confirmed', registration };
  } catch (error) {
    const refusal = await refusalOf(table, request, error);
    if (refusal !== 'seats') return refusal;
    const met = counterRefusal(request.event, seatCounterOfWire(cancelledItem(error, SEATS_AT)));
    if (met === 'event-changed') return { kind: met };
    return met === 'unvouched' ? met : { full: met.seats };
  }
}

/**
 * A waiting-list place is ordered by a ticket, and numbered for the person's receipt as ticket − departures seen
 * when the ticket was taken: everyone who had left the list by then (promoted, cancelled, or a ticket whose sign-up
 * failed) had a lower ticket. In a burst without departures that numbers the list 1, 2, 3…; a departure that lands
 * after a later ticket was taken makes that receipt's number one too high, never too low, which is why the number
 * is not stored: pages count the place as the list stands (`withCurrentPlace`).
 *
 * The refused confirmation brought the counter back, so the next ticket is taken in the waiting transaction itself
 * on the condition that nobody took it meanwhile: two calls in all. When someone did (a burst of people joining the
 * list at once), the ticket is drawn from the counter first, as a separate call that cannot collide.
 */
async function tryJoinWaitingList(
  table: Table,
  request: SignUpRequest,
  seen: SeatCounter,
): Promise<SignUpResult | 'seat-freed'> {
  const taken = await tryWaitingTransaction(table, request, {
    number: seen.waitingTickets + 1,
    departuresBefore: seen.waitingDepartures,
    previous: seen.waitingTickets,
  });
  if (taken !== 'ticket-taken') return taken;
  const ticket = await drawWaitingTicket(table, request.event.id);
  return ticket ? waitWithDrawnTicket(table, request, ticket) : 'seat-freed';
}

/** The waiting transaction with a ticket drawn before it; a ticket it does not use is counted as a departure. */
async function waitWithDrawnTicket(
  table: Table,
  request: SignUpRequest,
  ticket: WaitingTicket,
): Promise<SignUpResult | 'seat-freed'> {
  let outcome: Awaited<ReturnType<typeof tryWaitingTransaction>>;
  try {
    outcome = await tryWaitingTransaction(table, request, ticket);
  } catch (error) {
    await recordDeparture(table, request.event.id);
    throw error;
  }
  // The ticket was drawn but not used: later tickets must not count it.
  if (typeof outcome === 'string' || outcome.kind !== 'waiting')
    await recordDeparture(table, request.event.id);
  return outcome === 'ticket-taken' ? 'seat-freed' : outcome;
}

interface WaitingTicket {
  number: number;
  departuresBefore: number;
  /** The counter's last ticket this one follows, where it is taken in the transaction rather than drawn before. */
  previous?: number;
}

async function tryWaitingTransaction(
  table: Table,
  request: SignUpRequest,
  ticket: WaitingTicket,
): Promise<SignUpResult | 'seat-freed' | 'ticket-taken'> {
  const registration: Registration = {
    ...request.registration,
    status: 'waiting',
    waitingPosition: ticket.number - ticket.departuresBefore,
    waitingTicket: ticket.number,
  };
  const takesTicket = ticket.previous !== undefined;
  const { eventVersion, ...vouching } = counterVouching(request.event);
  try {
    await sendTransaction(table, {
      TransactItems: [
        {
          Update: {
            TableName: table.name,
            Key: seatCounterKey(request.event.id),
            UpdateExpression: takesTicket
              ? 'SET waitingTickets = :ticket ADD waitingCount :one'
              : 'ADD waitingCount :one',
            ConditionExpression: takesTicket
              ? `confirmedCount >= #capacity AND ${EVENT_AS_READ} AND ${ticket.previous === 0 ? '(attribute_not_exists(waitingTickets) OR waitingTickets = :previous)' : 'waitingTickets = :previous'}`
              : `confirmedCount >= #capacity AND ${EVENT_AS_READ}`,
            ExpressionAttributeValues: {
              ':one': 1,
              ':eventVersion': eventVersion,
              ...(takesTicket ? { ':ticket': ticket.number, ':previous': ticket.previous } : {}),
            },
            ...vouching,
          },
        },
        ...participantItems(table, request, registration),
        ...(request.also ?? []),
        ...addOnItems(table, request),
      ],
    });
    return { kind: 'waiting', registration };
  } catch (error) {
    const refusal = await refusalOf(table, request, error);
    if (refusal !== 'seats') return refusal;
    const met = counterRefusal(request.event, seatCounterOfWire(cancelledItem(error, SEATS_AT)));
    // Its change is the confirmation's to find: it tries again and vouches, or tells the caller.
    if (typeof met === 'string') return 'seat-freed';
    const counter = met.seats;
    const seatFree =
      counter !== undefined && (counter.capacity === undefined || counter.confirmedCount < counter.capacity);
    return seatFree || !takesTicket ? 'seat-freed' : 'ticket-taken';
  }
}

/**
 * The writes one participant's sign-up makes beside the seat: the address's uniqueness (first, so a cancelled
 * transaction's reasons can point at it), the registration (which holds the hashes of its manage link and agenda
 * feed: their links say where it is, `security/located-token.ts`), needs and the e-mail.
 */
export function participantItems(table: Table, request: SignUpRequest, registration: Registration) {
  const { event, emailHash, manageLink, expiresAt } = request;
  return [
    addressClaim(table, registration, emailHash, expiresAt),
    { Put: { TableName: table.name, Item: registrationItem(registration, manageLink, expiresAt) } },
    ...(Object.keys(request.needs).length > 0
      ? [
          {
            Put: {
              TableName: table.name,
              Item: needsItem(event.id, registration.id, request.needs, request.needsExpiresAt),
            },
          },
        ]
      : []),
    queueMessage(table, {
      id: `sign-up:${registration.id}`,
      eventId: event.id,
      reason: registration.status === 'waiting' ? 'waiting-list' : 'confirmation',
      mail: request.mailFor(registration),
      recipientHash: emailHash,
      createdAt: registration.createdAt,
    }),
    ...(request.webhookFor?.(registration) ?? []),
  ];
}

/**
 * The add-ons the participant chose, each counted under its capacity. They go last in the transaction, after the
 * items whose places in the cancellation reasons `refusalOf` reads. A waiting-list place holds its add-ons too, so a
 * promotion never has to take one away (see `docs/architecture.md`, "Add-ons").
 */
function addOnItems(table: Table, request: SignUpRequest) {
  const addOns = addOnsByIds(request.event, request.registration.addOnIds);
  return takeAddOnItems(
    table,
    request.event.id,
    addOns.map((addOn) => ({ addOn, count: 1 })),
  );
}

/**
 * What a refused sign-up transaction means, read from the position of the element that failed; the add-ons are the
 * last elements.
 */
async function refusalOf(
  table: Table,
  request: SignUpRequest,
  error: unknown,
): Promise<
  'seats' | { kind: 'duplicate'; registrationId: string } | { kind: 'add-on-full'; addOnId: string }
> {
  const reasons = cancellationReasons(error);
  if (!reasons) throw error;
  if (reasons[ADDRESS_AT] === 'ConditionalCheckFailed') {
    const registrationId = await registrationIdClaiming(table, request.event.id, request.emailHash);
    return { kind: 'duplicate', registrationId: String(registrationId) };
  }
  if (reasons[SEATS_AT] === 'ConditionalCheckFailed') return 'seats';
  const addOns = addOnsByIds(request.event, request.registration.addOnIds);
  const full = addOns.find(
    (_, at) => reasons[reasons.length - addOns.length + at] === 'ConditionalCheckFailed',
  );
  if (full) return { kind: 'add-on-full', addOnId: full.id };
  throw error;
}

/**
 * Draws the next waiting ticket from the counter, atomically (no two sign-ups hold one number), while every seat is
 * taken; undefined, with nothing drawn, when one is free: the sign-up asks for it.
 */
async function drawWaitingTicket(table: Table, eventId: string): Promise<WaitingTicket | undefined> {
  const drawn = await sendWrite(() =>
    updatedIf(table, {
      Key: seatCounterKey(eventId),
      UpdateExpression: 'ADD waitingTickets :one',
      ConditionExpression: 'confirmedCount >= #capacity',
      ExpressionAttributeNames: { '#capacity': 'capacity' },
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'ALL_NEW',
    }),
  );
  if (!drawn) return undefined;
  const counter = seatCounterOf(drawn.Attributes);
  return { number: counter.waitingTickets, departuresBefore: counter.waitingDepartures };
}

/** Someone left the waiting list (or a drawn ticket was never used): later tickets move up one place. */
async function recordDeparture(table: Table, eventId: string): Promise<void> {
  await sendWrite(() =>
    table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: seatCounterKey(eventId),
        UpdateExpression: 'ADD waitingDepartures :one',
        ExpressionAttributeValues: { ':one': 1 },
      }),
    ),
  );
}
