import type { EventRecord } from '#shared/domain/event.ts';
import type { Meeting } from '#shared/domain/meeting.ts';
import { eventItem, eventKey } from '#store/entities/event.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { writeWithAudit } from './audited-write.ts';
import { meetingItem } from './meetings.ts';

/**
 * Events as organisers make them: a new event is a draft (the public pages never show one), then published. A draft
 * is the same event item as any other (see `entities/event.ts`); the id is the key, so `attribute_not_exists` on it
 * makes a new id unique without a read first. Each change is one transaction with its audit entries.
 */

/** A working group's new meetings "to be decided" go in the draft's own transaction, each on a free number. */
const newMeetingItems = (table: Table, meetings: readonly Meeting[]): TransactItem[] =>
  meetings.map((meeting) => meetingItem(table, meeting, {}));

/** Stores a new draft under its id, with its first meetings and audit entries; false when the id is taken. */
export function createDraft(
  table: Table,
  event: EventRecord,
  meetings: readonly Meeting[],
  audit: TransactItem[],
): Promise<boolean> {
  return writeWithAudit(
    table,
    {
      Put: {
        TableName: table.name,
        Item: eventItem({ ...event, status: 'draft' }),
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    [...newMeetingItems(table, meetings), ...audit],
  );
}

/**
 * Replaces a draft with its edited version and adds the meetings its plan grew by; false when it has been published
 * (or taken by another organisation) meanwhile.
 */
export function replaceDraft(
  table: Table,
  event: EventRecord,
  meetings: readonly Meeting[],
  audit: TransactItem[],
): Promise<boolean> {
  return writeWithAudit(
    table,
    {
      Put: {
        TableName: table.name,
        Item: eventItem({ ...event, status: 'draft' }),
        ConditionExpression: '#status = :draft AND organisationId = :organisation',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':draft': 'draft', ':organisation': event.organisationId },
      },
    },
    [...newMeetingItems(table, meetings), ...audit],
  );
}

/** Publishes a draft: from now on the start page lists it and it takes sign-ups; false when it was no draft. */
export function publishDraft(table: Table, eventId: string, audit: TransactItem[]): Promise<boolean> {
  return writeWithAudit(
    table,
    {
      Update: {
        TableName: table.name,
        Key: eventKey(eventId),
        UpdateExpression: 'SET #status = :published, #sequence = if_not_exists(#sequence, :zero)',
        ConditionExpression: '#status = :draft',
        ExpressionAttributeNames: { '#status': 'status', '#sequence': 'sequence' },
        ExpressionAttributeValues: { ':published': 'published', ':draft': 'draft', ':zero': 0 },
      },
    },
    audit,
  );
}
