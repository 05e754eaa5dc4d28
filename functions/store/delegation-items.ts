import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { placesLeft } from '#shared/delegation/quota.ts';
import type { Delegation } from '#shared/domain/delegation.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { eventKey } from './event-items.ts';
import { queueMessage } from './outbox-items.ts';
import { quotaTaken, takeQuotaItem } from './quota-items.ts';
import { participantItems, type SignUpRequest } from './sign-up-items.ts';
import { recordOf } from './table/item.ts';
import { queryAll } from './table/query-all.ts';
import { cancellationReasons, StoreBusyError, sendTransaction } from './table/send-transaction.ts';
import type { Table } from './table/table.ts';

/**
 * A delegation, and its lead's way back to it:
 *   PK = EVENT#<eventId>, SK = DELEGATION#<organisation key>   one per organisation and event: the lead, the link's hash
 *   PK = LEAD#<sha256(token)>, SK = LEAD                      the lead's secret link, looked up by its hash
 * Members are ordinary registrations carrying `delegation`, so their own links, e-mails and cancellations work as
 * anyone's; their seats and quota places are taken in one transaction.
 */
const delegationKey = (eventId: string, organisationKey: string) => ({
  PK: `EVENT#${eventId}`,
  SK: `DELEGATION#${organisationKey}`,
});
const leadLinkKey = (tokenHash: string) => ({ PK: `LEAD#${tokenHash}`, SK: 'LEAD' });

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
  | { kind: 'closed' };

const MAX_ATTEMPTS = 40;

/** Registers a delegation: its members' seats and quota places, the delegation, the lead's link and receipt. */
export function registerDelegation(table: Table, request: NewDelegation): Promise<DelegationResult> {
  const { delegation, leadTokenHash, expiresAt } = request;
  const { eventId, organisationKey } = delegation;
  return confirmTogether(table, request, [
    {
      Put: {
        TableName: table.name,
        Item: {
          ...delegationKey(eventId, organisationKey),
          type: 'delegation',
          ...delegation,
          leadTokenHash,
          expiresAt,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    {
      Put: {
        TableName: table.name,
        Item: { ...leadLinkKey(leadTokenHash), type: 'lead-link', eventId, organisationKey, expiresAt },
      },
    },
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
  const { event, quota, members } = change;
  let capacity = event.capacity;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const confirmed = members.map((member) => {
      const registration: Registration = { ...member.registration, status: 'confirmed' };
      return { member, registration, items: participantItems(table, member, registration) };
    });
    // Most specific first: a lead whose organisation is already registered hears that, not that it is full.
    const items = [
      ...delegationItems,
      ...confirmed.flatMap(({ items }) => items),
      takeSeatsItem(table, event.id, members.length, capacity),
      takeQuotaItem(table, event.id, quota, members.length),
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
      const now = await placesNow(table, event.id, quota.key);
      if (now.status !== 'published') return { kind: 'closed' };
      if (now.capacity !== capacity) {
        capacity = now.capacity;
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
 * Takes `count` seats. DynamoDB has no arithmetic in conditions, so the bound is the capacity read from the event
 * less `count`, and the condition also requires the stored capacity to be that one: if an organiser has changed it
 * meanwhile, the condition fails and the caller reads it again.
 */
function takeSeatsItem(table: Table, eventId: string, count: number, capacity: number | undefined) {
  return {
    Update: {
      TableName: table.name,
      Key: eventKey(eventId),
      UpdateExpression: 'ADD confirmedCount :count',
      ConditionExpression:
        capacity === undefined
          ? '#status = :published AND attribute_not_exists(#capacity)'
          : '#status = :published AND #capacity = :capacity AND confirmedCount <= :limit',
      ExpressionAttributeNames: { '#status': 'status', '#capacity': 'capacity' },
      ExpressionAttributeValues: {
        ':count': count,
        ':published': 'published',
        ...(capacity === undefined ? {} : { ':capacity': capacity, ':limit': capacity - count }),
      },
    },
  };
}

async function placesNow(table: Table, eventId: string, organisationKey: string) {
  const { Item } = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: eventKey(eventId),
      ProjectionExpression: '#status, #capacity, confirmedCount',
      ExpressionAttributeNames: { '#status': 'status', '#capacity': 'capacity' },
      ConsistentRead: true,
    }),
  );
  return {
    status: Item?.status,
    capacity: Item?.capacity === undefined ? undefined : Number(Item.capacity),
    confirmed: Number(Item?.confirmedCount ?? 0),
    taken: await quotaTaken(table, eventId, organisationKey),
  };
}

/** The delegation a lead's secret link opens; undefined for a link that never existed or has been erased. */
export async function delegationByLeadLink(table: Table, tokenHash: string): Promise<Delegation | undefined> {
  const { Item: link } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: leadLinkKey(tokenHash), ConsistentRead: true }),
  );
  if (!link) return undefined;
  const { Item } = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: delegationKey(String(link.eventId), String(link.organisationKey)),
      ConsistentRead: true,
    }),
  );
  return Item?.leadTokenHash === tokenHash ? recordOf<Delegation>(Item, ['leadTokenHash']) : undefined;
}

/** The delegation's members who still hold their seats, in the order they were registered. */
export async function delegationMembers(
  table: Table,
  eventId: string,
  organisationKey: string,
): Promise<Registration[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :reg)',
    FilterExpression: '#delegation.organisationKey = :key AND #status <> :cancelled',
    ExpressionAttributeNames: { '#delegation': 'delegation', '#status': 'status' },
    ExpressionAttributeValues: {
      ':pk': `EVENT#${eventId}`,
      ':reg': 'REG#',
      ':key': organisationKey,
      ':cancelled': 'cancelled',
    },
    ConsistentRead: true,
  });
  return items
    .map((item) => recordOf<Registration>(item, ['manageTokenHash']))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name));
}
