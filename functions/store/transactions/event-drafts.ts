import type { EventRecord } from '#shared/domain/event.ts';
import type { Meeting } from '#shared/domain/meeting.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { addOnCounterItems } from '#store/entities/add-on-counter.ts';
import { eventItem, eventKey } from '#store/entities/event.ts';
import { slotItem } from '#store/entities/programme-slot.ts';
import { eventVersionForgotten, seatCounterItem } from '#store/entities/seat-counter.ts';
import { sendTransaction, TRANSACTION_LIMIT } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { writeWithAudit } from './audited-write.ts';
import { meetingItem } from './meetings.ts';

/**
 * Events as organisers make them: a new event is a draft (the public pages never show one), then published. A draft
 * is the same event item as any other (see `entities/event.ts`); the id is the key, so `attribute_not_exists` on it
 * makes a new id unique without a read first. Each change is one transaction with its audit entries.
 */

/** A working group's meetings go in the draft's own transaction, each on a free number. */
const newMeetingItems = (table: Table, meetings: readonly Meeting[]): TransactItem[] =>
  meetings.map((meeting) => meetingItem(table, meeting, {}));

/**
 * Stores a new draft under its id, with its seat and add-on counters, programme, first meetings and audit entries;
 * false when the id is
 * taken. The event, meetings and audit go in the first transaction with as much of the programme as fits; a longer
 * programme follows in further transactions, each whole (the draft is the organisers' alone until published).
 */
export async function createDraft(
  table: Table,
  event: EventRecord,
  parts: { slots: readonly ProgrammeSlot[]; meetings: readonly Meeting[] },
  audit: TransactItem[],
): Promise<boolean> {
  const first = [
    { Put: { TableName: table.name, Item: seatCounterItem(event.id, event.capacity) } },
    ...addOnCounterItems(event.id, event.price?.addOns).map((Item) => ({
      Put: { TableName: table.name, Item },
    })),
    ...newMeetingItems(table, parts.meetings),
    ...audit,
  ];
  const slotPuts = parts.slots.map((slot) => ({ Put: { TableName: table.name, Item: slotItem(slot) } }));
  const room = TRANSACTION_LIMIT - 1 - first.length;
  const created = await writeWithAudit(
    table,
    {
      Put: {
        TableName: table.name,
        Item: eventItem({ ...event, status: 'draft' }),
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    [...first, ...slotPuts.slice(0, room)],
  );
  if (!created) return false;
  for (let start = room; start < slotPuts.length; start += TRANSACTION_LIMIT)
    await sendTransaction(table, { TransactItems: slotPuts.slice(start, start + TRANSACTION_LIMIT) });
  return true;
}

/** Publishes a draft: from now on the start page lists it and it takes sign-ups; false when it was no draft. */
export function publishDraft(table: Table, eventId: string, audit: TransactItem[]): Promise<boolean> {
  return writeWithAudit(
    table,
    {
      Update: {
        TableName: table.name,
        Key: eventKey(eventId),
        // A draft's form open elsewhere is out of date once published: its save must not pass for a draft's.
        UpdateExpression:
          'SET #status = :published, #sequence = if_not_exists(#sequence, :zero) ADD #version :one',
        ConditionExpression: '#status = :draft',
        ExpressionAttributeNames: { '#status': 'status', '#sequence': 'sequence', '#version': 'version' },
        ExpressionAttributeValues: { ':published': 'published', ':draft': 'draft', ':zero': 0, ':one': 1 },
      },
    },
    [eventVersionForgotten(table, eventId), ...audit],
  );
}
