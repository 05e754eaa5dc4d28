import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { EventRecord } from '#shared/domain/event.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { TABLE_LAYOUT } from '#store/table/table-layout.ts';

/**
 * An event's page lives in one item collection, so one Query reads it whole:
 *   PK = EVENT#<id>, SK = #EVENT              the event; GSI1PK = EVENTS, GSI1SK = <startsAt>#<id> lists events by date
 *   PK = EVENT#<id>, SK = #SLOT#<slotId>      a programme slot (`programme-slot.ts`)
 *   PK = EVENT#<id>, SK = #MEETING#<nn>       a working-group meeting (`meeting.ts`)
 * Participants' items in the same partition (REG#, EMAIL#, APPLICATION#) have no leading '#', so the page query skips them.
 *   PK = EVENT#<id>, SK = #SEATS              its seat counter (`seat-counter.ts`), which sign-ups write instead
 * Sign-ups only check the event item (its version, status and deadline), so it is written when organisers change it.
 * A draft is the same item with status `draft`: the public pages skip it; the id is the key, so `attribute_not_exists`
 * on it makes a new id unique without a read first.
 */
export const eventPartition = (eventId: string) => `EVENT#${eventId}`;
/** The sort keys of the page items (the event, its slots and meetings) start with it. */
export const EVENT_PAGE_PREFIX = '#';
/** Sorts after every page item: what comes after it in the partition is the participants'. */
export const AFTER_EVENT_PAGE = '#~';
export const eventKey = (eventId: string) => ({ PK: eventPartition(eventId), SK: '#EVENT' });
const EVENT_LIST = 'EVENTS';
export const eventListKey = (startsAt: string, eventId: string) => ({
  GSI1PK: EVENT_LIST,
  GSI1SK: `${startsAt}#${eventId}`,
});

export const keyDesign: KeyDesign = [{ ...eventKey('<id>'), gsi1: [eventListKey('<startsAt>', '<id>')] }];

export const EVENT_TYPE = 'event';

export function eventItem(event: EventRecord): Item {
  return {
    ...eventKey(event.id),
    ...eventListKey(event.startsAt, event.id),
    type: EVENT_TYPE,
    ...event,
  };
}

/** Bookkeeping of the event's notices and selection, kept on the event item but not part of the event record. */
const COUNTERS = [
  'cancellationNoticePending',
  'cancelledAt',
  'selectedCount',
  'decisionNoticePending',
  'freedSeatsPending',
];
const shape: ItemShape<EventRecord> = {
  type: EVENT_TYPE,
  required: {
    id: 'string',
    organisationId: 'string',
    kind: 'string',
    status: 'string',
    title: 'string',
    startsAt: 'string',
    venue: 'map',
  },
  optional: {
    capacity: 'number',
    sequence: 'number',
    version: 'number',
    offerHours: 'number',
    registrationClosesAt: 'string',
  },
  hidden: COUNTERS,
};
export const eventOf = (item: Item) => checkedRecord(item, shape);

/**
 * A transaction element that lets the transaction through only while the event is published: a change to a part of
 * it (a working group's meeting, poll or applications) racing the event's cancellation is refused, not lost on
 * people who were already told it is cancelled.
 */
export function eventStillPublished(table: Table, eventId: string) {
  return {
    ConditionCheck: {
      TableName: table.name,
      Key: eventKey(eventId),
      ConditionExpression: '#status = :published',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':published': 'published' },
    },
  };
}

/**
 * The event still takes applications under the deadline the caller checked against: published, and the organisers
 * have not moved `registrationClosesAt` meanwhile. The caller has compared the clock with that deadline.
 */
export function eventStillOpen(table: Table, event: EventRecord) {
  const deadline = event.registrationClosesAt;
  return {
    ConditionCheck: {
      TableName: table.name,
      Key: eventKey(event.id),
      ConditionExpression:
        deadline === undefined
          ? '#status = :published AND attribute_not_exists(registrationClosesAt)'
          : '#status = :published AND registrationClosesAt = :deadline',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':published': 'published',
        ...(deadline === undefined ? {} : { ':deadline': deadline }),
      },
    },
  };
}

export async function eventExists(table: Table, eventId: string): Promise<boolean> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: eventKey(eventId), ProjectionExpression: 'PK' }),
  );
  return Item !== undefined;
}

/**
 * The event item alone (no programme, no meetings) as the public may see it: one GetItem where a sign-up needs
 * nothing else. Strongly consistent, as the page query is: a change the organiser just saved is seen.
 */
export async function getPublicEvent(table: Table, eventId: string): Promise<EventRecord | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: eventKey(eventId), ConsistentRead: true }),
  );
  const event = Item ? eventOf(Item) : undefined;
  return event && event.status !== 'draft' ? event : undefined;
}

/** Some of the event item's attributes as they stand now, strongly read: what a refused transaction met. */
export async function eventAttributesNow(
  table: Table,
  eventId: string,
  names: readonly string[],
): Promise<Item | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: eventKey(eventId),
      ProjectionExpression: names.map((name) => `#${name}`).join(', '),
      ExpressionAttributeNames: Object.fromEntries(names.map((name) => [`#${name}`, name])),
      ConsistentRead: true,
    }),
  );
  return Item;
}

/**
 * Events whose notices have not all been queued yet: participants of a cancelled event (`cancellationNoticePending`),
 * applicants awaiting the organisers' decisions (`decisionNoticePending`), or a waiting list not yet moved into the
 * seats an organiser added (`freedSeatsPending`).
 */
export async function eventsWithPendingNotices(
  table: Table,
  flag: 'cancellationNoticePending' | 'decisionNoticePending' | 'freedSeatsPending',
): Promise<EventRecord[]> {
  const items = await queryAll(table, {
    IndexName: TABLE_LAYOUT.gsi1.name,
    KeyConditionExpression: 'GSI1PK = :list',
    FilterExpression: '#flag = :yes',
    ExpressionAttributeNames: { '#flag': flag },
    ExpressionAttributeValues: { ':list': EVENT_LIST, ':yes': true },
  });
  return items.map(eventOf);
}

/** Every event, drafts included, soonest first: for organisers, who filter them to their organisation's. */
export async function listEventsWithDrafts(table: Table): Promise<EventRecord[]> {
  const items = await queryAll(table, {
    IndexName: TABLE_LAYOUT.gsi1.name,
    KeyConditionExpression: 'GSI1PK = :list',
    ExpressionAttributeValues: { ':list': EVENT_LIST },
  });
  return items.map(eventOf);
}

/** Every published or cancelled event, soonest first (drafts stay off the public list). */
export async function listEvents(table: Table): Promise<EventRecord[]> {
  const events = await listEventsWithDrafts(table);
  return events.filter((event) => event.status !== 'draft');
}

/** Another published edition of the same event to point to: the one that repeats it, or the one it repeats. */
export async function otherEditionOf(table: Table, event: EventRecord): Promise<EventRecord | undefined> {
  return (await listEvents(table)).find(
    (other) => other.editionOf === event.id || other.id === event.editionOf,
  );
}

/** Events that start between two instants (ISO, UTC), for the scheduled jobs. */
export async function listEventsStartingBetween(
  table: Table,
  from: string,
  to: string,
): Promise<EventRecord[]> {
  const items = await queryAll(table, {
    IndexName: TABLE_LAYOUT.gsi1.name,
    KeyConditionExpression: 'GSI1PK = :list AND GSI1SK BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':list': EVENT_LIST, ':from': from, ':to': `${to}~` },
  });
  return items.map(eventOf);
}
