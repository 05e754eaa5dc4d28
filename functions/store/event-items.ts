import { BatchWriteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { EventRecord } from '#shared/domain/event.ts';
import type { Meeting } from '#shared/domain/meeting.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { type Item, recordOf } from './table/item.ts';
import { queryAll } from './table/query-all.ts';
import type { Table } from './table/table.ts';
import { TABLE_LAYOUT } from './table/table-layout.ts';

/**
 * An event's page lives in one item collection, so one Query reads it whole:
 *   PK = EVENT#<id>, SK = #EVENT              the event; GSI1PK = EVENTS, GSI1SK = <startsAt>#<id> lists events by date
 *   PK = EVENT#<id>, SK = #SLOT#<slotId>      a programme slot, with `pickedCount` for sessions with their own capacity
 *   PK = EVENT#<id>, SK = #MEETING#<nn>       a working-group meeting
 * Participants' items in the same partition (REG#, EMAIL#, APPLICATION#) have no leading '#', so the page query skips them.
 * The event item also holds the seat counters `confirmedCount` and `waitingCount`, which sign-ups update in their transactions.
 */
export const eventKey = (eventId: string) => ({ PK: `EVENT#${eventId}`, SK: '#EVENT' });
export const slotKey = (eventId: string, slotId: string) => ({
  PK: `EVENT#${eventId}`,
  SK: `#SLOT#${slotId}`,
});
export const meetingKey = (eventId: string, number: number) => ({
  PK: `EVENT#${eventId}`,
  SK: `#MEETING#${String(number).padStart(2, '0')}`,
});
export const EVENT_LIST = 'EVENTS';

export interface SeatCounts {
  confirmed: number;
  waiting: number;
}

export interface EventPage {
  event: EventRecord;
  slots: ProgrammeSlot[];
  meetings: Meeting[];
  seats: SeatCounts;
  /** How many participants picked each slot for their agenda, by slot id. */
  slotPicks: Record<string, number>;
}

/** Seat counters live on the event item but are not part of the event record. */
const COUNTERS = [
  'confirmedCount',
  'waitingCount',
  'waitingTickets',
  'waitingDepartures',
  'cancellationNoticePending',
  'cancelledAt',
  'selectedCount',
  'decisionNoticePending',
];
export const eventOf = (item: Item) => recordOf<EventRecord>(item, COUNTERS);
/** A meeting item may carry `noticePending` (see meeting-items.ts), which is bookkeeping, not part of the meeting. */
export const meetingOf = (item: Item) => recordOf<Meeting>(item, ['noticePending']);

export function eventItem(event: EventRecord): Item {
  return {
    ...eventKey(event.id),
    GSI1PK: EVENT_LIST,
    GSI1SK: `${event.startsAt}#${event.id}`,
    type: 'event',
    confirmedCount: 0,
    waitingCount: 0,
    ...event,
  };
}

/** Writes an event with its programme and meetings; for loading demo data and for organisers publishing a new event. */
export async function putEventPage(
  table: Table,
  page: { event: EventRecord; slots: ProgrammeSlot[]; meetings: Meeting[] },
): Promise<void> {
  const items: Item[] = [
    eventItem(page.event),
    ...page.slots.map((slot) => ({ ...slotKey(slot.eventId, slot.id), type: 'slot', ...slot })),
    ...page.meetings.map((meeting) => ({
      ...meetingKey(meeting.eventId, meeting.number),
      type: 'meeting',
      ...meeting,
    })),
  ];
  for (let start = 0; start < items.length; start += 25) {
    let requests: Record<string, { PutRequest: { Item: Item } }[]> = {
      [table.name]: items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } })),
    };
    while (Object.keys(requests).length > 0) {
      const result = await table.doc.send(new BatchWriteCommand({ RequestItems: requests }));
      requests = (result.UnprocessedItems ?? {}) as typeof requests;
    }
  }
}

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

export async function eventExists(table: Table, eventId: string): Promise<boolean> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: eventKey(eventId), ProjectionExpression: 'PK' }),
  );
  return Item !== undefined;
}

export async function getEventPage(table: Table, eventId: string): Promise<EventPage | undefined> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :page)',
    ExpressionAttributeValues: { ':pk': `EVENT#${eventId}`, ':page': '#' },
    ConsistentRead: true,
  });

  const eventItemFound = items.find((item) => item.type === 'event');
  const slotItems = items.filter((item) => item.type === 'slot');
  if (!eventItemFound) return undefined;
  return {
    event: eventOf(eventItemFound),
    slots: slotItems.map((item) => recordOf<ProgrammeSlot>(item, ['pickedCount'])),
    slotPicks: Object.fromEntries(slotItems.map((item) => [String(item.id), Number(item.pickedCount ?? 0)])),
    meetings: items.filter((item) => item.type === 'meeting').map(meetingOf),
    seats: {
      confirmed: Number(eventItemFound.confirmedCount ?? 0),
      waiting: Number(eventItemFound.waitingCount ?? 0),
    },
  };
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

/** An event as the public may see it: published or cancelled, never a draft. */
export async function getPublicEventPage(table: Table, eventId: string): Promise<EventPage | undefined> {
  const page = await getEventPage(table, eventId);
  return page && page.event.status !== 'draft' ? page : undefined;
}

/**
 * Events whose notices have not all been queued yet: participants of a cancelled event (`cancellationNoticePending`)
 * or applicants awaiting the organisers' decisions (`decisionNoticePending`).
 */
export async function eventsWithPendingNotices(
  table: Table,
  flag: 'cancellationNoticePending' | 'decisionNoticePending',
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

/** Every published or cancelled event, soonest first (drafts stay off the public list). */
export async function listEvents(table: Table): Promise<EventRecord[]> {
  const items = await queryAll(table, {
    IndexName: TABLE_LAYOUT.gsi1.name,
    KeyConditionExpression: 'GSI1PK = :list',
    ExpressionAttributeValues: { ':list': EVENT_LIST },
  });
  const events = items.map(eventOf);
  return events.filter((event) => event.status !== 'draft');
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
