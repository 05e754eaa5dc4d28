import { isDeepStrictEqual } from 'node:util';
import { placesLeft } from '#shared/delegation/quota.ts';
import type { Delegation } from '#shared/domain/delegation.ts';
import type { EventRecord, Quotas } from '#shared/domain/event.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { quotaMaximum } from '#shared/organiser/event-change-limits.ts';
import { takeAddOnItems } from '#store/entities/add-on-counter.ts';
import { delegationItem } from '#store/entities/delegation.ts';
import { eventAttributesNow, eventKey } from '#store/entities/event.ts';
import { leadLinkItem } from '#store/entities/lead-link.ts';
import { quotaTaken } from '#store/entities/quota.ts';
import { seatCounterKey, seatCounterNow } from '#store/entities/seat-counter.ts';
import { cancellationReasons, StoreBusyError, sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import { queueMessage } from './outbox-queue.ts';
import { takeQuotaItem } from './quota-places.ts';
import { participantItems, type SignUpRequest } from './sign-up.ts';

/**
 * A delegation registers its members together (`entities/delegation.ts`, `entities/lead-link.ts`): their seats and
 * quota places are taken in one transaction, with the delegation, the lead's link and the lead's receipt.
 */

export interface DelegationChange {
  event: EventRecord;
  quota: { organisation: string; key: string; max: number };
  /** Each member's sign-up: all confirmed together, or none. */
  members: SignUpRequest[];
}

export interface NewDelegation extends DelegationChange {
  delegation: Delegation;
  leadTokenHash: string;
  /** The lead's receipt with their link, queued in the same transaction. */
  leadMessage: OutboundMessage;
  /** Epoch seconds after which DynamoDB's TTL erases the lead's name, address and link. */
  expiresAt: number;
}

export type DelegationResult =
  | { kind: 'confirmed'; members: Registration[] }
  | { kind: 'no-room'; organisationLeft: number; eventLeft?: number }
  | { kind: 'delegation-exists' }
  | { kind: 'duplicate'; emailHashes: string[] }
  | { kind: 'closed' }
  /** An add-on the members chose has too few places left for them all: nothing was stored. */
  | { kind: 'add-on-full'; addOnId: string };

const MAX_ATTEMPTS = 40;

/** Registers a delegation: its members' seats and quota places, the delegation, the lead's link and receipt. */
export function registerDelegation(table: Table, request: NewDelegation): Promise<DelegationResult> {
  const { delegation, leadTokenHash, expiresAt } = request;
  const { eventId, organisationKey } = delegation;
  return confirmTogether(table, request, [
    {
      Put: {
        TableName: table.name,
        Item: delegationItem(delegation, leadTokenHash, expiresAt),
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    { Put: { TableName: table.name, Item: leadLinkItem(leadTokenHash, delegation, expiresAt) } },
    queueMessage(table, {
      id: `delegation:${eventId}:${organisationKey}`,
      eventId,
      reason: 'delegation',
      message: request.leadMessage,
      createdAt: delegation.createdAt,
      mentions: request.members.map((member) => member.emailHash),
    }),
  ]);
}

/** Adds members to a registered delegation, within the organisation's quota and the event's seats. */
export function addDelegationMembers(table: Table, change: DelegationChange): Promise<DelegationResult> {
  return confirmTogether(table, change, []);
}

/**
 * One transaction for all the members: their items, `count` seats on the event and `count` places of the
 * organisation's quota, each under its condition, so no interleaving of leads exceeds a quota or the capacity.
 * A refusal says how many places were left, for the organisation and in all.
 */
async function confirmTogether(
  table: Table,
  change: DelegationChange,
  delegationItems: Record<string, unknown>[],
): Promise<DelegationResult> {
  const { members } = change;
  let { event, quota } = change;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const confirmed = members.map((member) => {
      const registration: Registration = { ...member.registration, status: 'confirmed' };
      return { member, registration, items: participantItems(table, member, registration) };
    });
    // Most specific first: a lead whose organisation is already registered hears that, not that it is full.
    // The members' add-ons go last, one update per add-on for all who chose it (a transaction names an item once).
    const addOnTakes = (event.price?.addOns ?? []).flatMap((addOn) => {
      const count = members.filter((member) => member.registration.addOnIds?.includes(addOn.id)).length;
      return count > 0 ? [{ addOn, count }] : [];
    });
    const addOnItems = takeAddOnItems(table, event.id, addOnTakes);
    const placeItems = [
      ...takeSeatsItems(table, event, members.length),
      takeQuotaItem(table, event.id, quota, members.length),
    ];
    const items = [
      ...delegationItems,
      ...confirmed.flatMap(({ items }) => items),
      ...placeItems,
      ...addOnItems,
    ];
    try {
      await sendTransaction(table, { TransactItems: items });
      return { kind: 'confirmed', members: confirmed.map(({ registration }) => registration) };
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (!reasons) throw error;
      const failed = new Set<unknown>(
        items.filter((_, index) => reasons[index] === 'ConditionalCheckFailed'),
      );
      // `participantItems` puts the address's uniqueness first.
      const duplicates = confirmed.filter(({ items }) => failed.has(items[0]));
      if (duplicates.length > 0)
        return { kind: 'duplicate', emailHashes: duplicates.map(({ member }) => member.emailHash) };
      if (delegationItems.some((item) => failed.has(item))) return { kind: 'delegation-exists' };
      // The seats' and quota's conditions held and an add-on's did not: too few of its places are left (or its
      // capacity changed this instant: the lead is told it is full, and a second try reads the new one).
      const fullAddOn = addOnTakes.find((_, at) => failed.has(addOnItems[at]));
      const placesHeld = placeItems.every((item) => !failed.has(item));
      if (fullAddOn && placesHeld) return { kind: 'add-on-full', addOnId: fullAddOn.addOn.id };
      const now = await placesNow(table, event.id, quota.key);
      if (now.status !== 'published' || !now.quotas) return { kind: 'closed' };
      // An organiser changed the seats or the quotas meanwhile: try again under the ones stored now.
      if (now.capacity !== event.capacity || !isDeepStrictEqual(now.quotas, event.quotas)) {
        event = { ...event, capacity: now.capacity, quotas: now.quotas };
        quota = { ...quota, max: quotaMaximum(now.quotas, quota.organisation) };
        continue;
      }
      return {
        kind: 'no-room',
        organisationLeft: placesLeft(quota.max, now.taken),
        ...(now.capacity === undefined ? {} : { eventLeft: placesLeft(now.capacity, now.confirmed) }),
      };
    }
  }
  throw new StoreBusyError(`delegation for ${event.id}`);
}

/**
 * Takes `count` seats on the counter. DynamoDB has no arithmetic in conditions, so the bound is the capacity read
 * from the event less `count`, and the condition also requires the counter's capacity to be that one: if an
 * organiser has changed it meanwhile, the condition fails and the caller reads it again. The event must still be
 * published with the quotas the organisation's bound was worked out from, or a delegation that read a quota before
 * the organisers lowered it could overtake it.
 */
function takeSeatsItems(table: Table, event: EventRecord, count: number) {
  const { capacity, quotas } = event;
  return [
    {
      ConditionCheck: {
        TableName: table.name,
        Key: eventKey(event.id),
        ConditionExpression: '#status = :published AND quotas = :quotas',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':published': 'published', ':quotas': quotas },
      },
    },
    {
      Update: {
        TableName: table.name,
        Key: seatCounterKey(event.id),
        UpdateExpression: 'ADD confirmedCount :count',
        ConditionExpression:
          capacity === undefined
            ? 'attribute_exists(PK) AND attribute_not_exists(#capacity)'
            : '#capacity = :capacity AND confirmedCount <= :limit',
        ExpressionAttributeNames: { '#capacity': 'capacity' },
        ExpressionAttributeValues: {
          ':count': count,
          ...(capacity === undefined ? {} : { ':capacity': capacity, ':limit': capacity - count }),
        },
      },
    },
  ];
}

async function placesNow(table: Table, eventId: string, organisationKey: string) {
  const event = await eventAttributesNow(table, eventId, ['status', 'quotas']);
  const seats = await seatCounterNow(table, eventId);
  return {
    status: event?.status,
    quotas: event?.quotas as Quotas | undefined,
    capacity: seats.capacity,
    confirmed: seats.confirmedCount,
    taken: await quotaTaken(table, eventId, organisationKey),
  };
}
