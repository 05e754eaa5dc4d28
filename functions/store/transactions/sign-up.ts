import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { EventRecord } from '#shared/domain/event.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { Registration, SensitiveNeeds } from '#shared/domain/registration.ts';
import { addressClaim, registrationIdClaiming } from '#store/entities/address-claim.ts';
import { feedItem } from '#store/entities/agenda-feed.ts';
import { eventAttributesNow, eventKey } from '#store/entities/event.ts';
import { type ManageLinkHash, manageLinkItem } from '#store/entities/manage-link.ts';
import { needsItem } from '#store/entities/needs.ts';
import { registrationItem } from '#store/entities/registration.ts';
import { cancellationReasons, StoreBusyError, sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { queueMessage } from './outbox-queue.ts';

export interface SignUpRequest {
  event: EventRecord;
  /** Everything but the outcome: `status` and `waitingPosition` are set here. */
  registration: Omit<Registration, 'status' | 'waitingPosition'>;
  emailHash: string;
  /** The registration's first manage link. */
  manageLink: ManageLinkHash;
  /** The agenda feed's secret (in clear on the registration, hashed in its key). */
  feedTokenHash: string;
  /** Epoch seconds after which DynamoDB's TTL erases the registration. */
  expiresAt: number;
  needs: SensitiveNeeds;
  /** Needs are erased before the rest (epoch seconds). */
  needsExpiresAt: number;
  /** The e-mail that tells the participant the outcome, queued in the same transaction. */
  messageFor(registration: Registration): OutboundMessage;
  /** The announcement to the organisation's webhooks, if any endpoint wants it: at most one item, written last. */
  webhookFor?(registration: Registration): TransactItem[];
}

export type SignUpResult =
  | { kind: 'confirmed' | 'waiting'; registration: Registration }
  | { kind: 'full' }
  | { kind: 'duplicate'; registrationId: string }
  | { kind: 'closed' };

const MAX_ATTEMPTS = 40;

/**
 * Takes a seat, or a place in the waiting list, in one transaction with the registration, the uniqueness of the
 * address, the manage link and the e-mail. The seat condition is evaluated by DynamoDB on the event item itself,
 * so no interleaving of concurrent sign-ups can confirm more than `capacity`.
 */
export async function signUp(table: Table, request: SignUpRequest): Promise<SignUpResult> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const confirmed = await tryConfirm(table, request);
    if (confirmed !== 'full' || request.event.waitingListEnabled === false) {
      return confirmed === 'full' ? { kind: 'full' } : confirmed;
    }
    const waiting = await tryJoinWaitingList(table, request);
    if (waiting !== 'seat-freed') return waiting;
  }
  throw new StoreBusyError(`sign-up for ${request.event.id}`);
}

async function tryConfirm(table: Table, request: SignUpRequest): Promise<SignUpResult | 'full'> {
  const registration: Registration = { ...request.registration, status: 'confirmed' };
  try {
    await sendTransaction(table, {
      TransactItems: [
        {
          Update: {
            TableName: table.name,
            Key: eventKey(request.event.id),
            UpdateExpression: 'ADD confirmedCount :one',
            // Compared with the capacity stored on the item, not the one the request read: an organiser may change it.
            ConditionExpression:
              '#status = :published AND (attribute_not_exists(#capacity) OR confirmedCount < #capacity)',
            ExpressionAttributeNames: { '#status': 'status', '#capacity': 'capacity' },
            ExpressionAttributeValues: { ':one': 1, ':published': 'published' },
          },
        },
        ...participantItems(table, request, registration),
      ],
    });
    return { kind: 'confirmed', registration };
  } catch (error) {
    const outcome = await refusalOf(table, request, error);
    return outcome === 'event-condition' ? 'full' : outcome;
  }
}

/**
 * A waiting-list place is ordered by a ticket drawn before the transaction, and numbered for the person's receipt
 * as ticket − departures seen when drawing it: everyone who had left the list by then (promoted, cancelled, or a
 * ticket whose sign-up failed) had a lower ticket. In a burst without departures that numbers the list 1, 2, 3…;
 * a departure that lands after a later ticket was drawn makes that receipt's number one too high, never too low,
 * which is why the number is not stored: pages count the place as the list stands (`withCurrentPlace`).
 */
async function tryJoinWaitingList(
  table: Table,
  request: SignUpRequest,
): Promise<SignUpResult | 'seat-freed'> {
  const ticket = await drawWaitingTicket(table, request.event.id);
  if (!ticket) return { kind: 'closed' };
  const registration: Registration = {
    ...request.registration,
    status: 'waiting',
    waitingPosition: ticket.number - ticket.departuresBefore,
    waitingTicket: ticket.number,
  };
  try {
    await sendTransaction(table, {
      TransactItems: [
        {
          Update: {
            TableName: table.name,
            Key: eventKey(request.event.id),
            UpdateExpression: 'ADD waitingCount :one',
            ConditionExpression: '#status = :published AND confirmedCount >= #capacity',
            ExpressionAttributeNames: { '#status': 'status', '#capacity': 'capacity' },
            ExpressionAttributeValues: { ':one': 1, ':published': 'published' },
          },
        },
        ...participantItems(table, request, registration),
      ],
    });
    return { kind: 'waiting', registration };
  } catch (error) {
    // The ticket was drawn but not used, whatever went wrong: later tickets must not count it.
    await recordDeparture(table, request.event.id);
    const outcome = await refusalOf(table, request, error);
    return outcome === 'event-condition' ? 'seat-freed' : outcome;
  }
}

/**
 * The writes one participant's sign-up makes beside the seat: the address's uniqueness (first, so a cancelled
 * transaction's reasons can point at it), the registration, the manage link, the agenda feed, needs and the e-mail.
 */
export function participantItems(table: Table, request: SignUpRequest, registration: Registration) {
  const { event, emailHash, manageLink, expiresAt } = request;
  return [
    addressClaim(table, registration, emailHash, expiresAt),
    { Put: { TableName: table.name, Item: registrationItem(registration, manageLink, expiresAt) } },
    { Put: { TableName: table.name, Item: manageLinkItem(manageLink.tokenHash, registration, expiresAt) } },
    { Put: { TableName: table.name, Item: feedItem(request.feedTokenHash, registration, expiresAt) } },
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
      message: request.messageFor(registration),
      createdAt: registration.createdAt,
    }),
    ...(request.webhookFor?.(registration) ?? []),
  ];
}

/** What a refused sign-up transaction means: the address is taken, or the event's condition failed. */
async function refusalOf(
  table: Table,
  request: SignUpRequest,
  error: unknown,
): Promise<'event-condition' | { kind: 'duplicate'; registrationId: string } | { kind: 'closed' }> {
  const reasons = cancellationReasons(error);
  if (!reasons) throw error;
  if (reasons[1] === 'ConditionalCheckFailed') {
    const registrationId = await registrationIdClaiming(table, request.event.id, request.emailHash);
    return { kind: 'duplicate', registrationId: String(registrationId) };
  }
  if (reasons[0] !== 'ConditionalCheckFailed') throw error;
  const now = await eventAttributesNow(table, request.event.id, ['status']);
  return now?.status === 'published' ? 'event-condition' : { kind: 'closed' };
}

async function drawWaitingTicket(table: Table, eventId: string) {
  try {
    const { Attributes } = await table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: eventKey(eventId),
        UpdateExpression: 'ADD waitingTickets :one',
        ConditionExpression: '#status = :published',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':one': 1, ':published': 'published' },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return {
      number: Number(Attributes?.waitingTickets),
      departuresBefore: Number(Attributes?.waitingDepartures ?? 0),
    };
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return undefined;
    throw error;
  }
}

/** Someone left the waiting list (or a drawn ticket was never used): later tickets move up one place. */
async function recordDeparture(table: Table, eventId: string): Promise<void> {
  await table.doc.send(
    new UpdateCommand({
      TableName: table.name,
      Key: eventKey(eventId),
      UpdateExpression: 'ADD waitingDepartures :one',
      ExpressionAttributeValues: { ':one': 1 },
    }),
  );
}
