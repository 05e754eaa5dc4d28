import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { EventRecord } from '../../shared/domain/event.ts';
import { EVENT_LIST, eventItem, eventKey, eventOf } from './event-items.ts';
import { queryAll } from './query-all.ts';
import type { Table } from './table.ts';
import { TABLE_LAYOUT } from './table-layout.ts';

/**
 * Events as organisers make them: a new event is a draft (the public pages never show one), then published. A draft
 * is the same event item as any other (see `event-items.ts`); the id is the key, so `attribute_not_exists` on it
 * makes a new id unique without a read first.
 */

async function conditionally(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Stores a new draft under its id; false when the id is taken. */
export function createDraft(table: Table, event: EventRecord): Promise<boolean> {
  return conditionally(() =>
    table.doc.send(
      new PutCommand({
        TableName: table.name,
        Item: eventItem({ ...event, status: 'draft' }),
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    ),
  );
}

/** Replaces a draft with its edited version; false when it has been published (or taken by another organisation) meanwhile. */
export function replaceDraft(table: Table, event: EventRecord): Promise<boolean> {
  return conditionally(() =>
    table.doc.send(
      new PutCommand({
        TableName: table.name,
        Item: eventItem({ ...event, status: 'draft' }),
        ConditionExpression: '#status = :draft AND organisationId = :organisation',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':draft': 'draft', ':organisation': event.organisationId },
      }),
    ),
  );
}

/** Publishes a draft: from now on the start page lists it and it takes sign-ups; false when it was no draft. */
export function publishDraft(table: Table, eventId: string): Promise<boolean> {
  return conditionally(() =>
    table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: eventKey(eventId),
        UpdateExpression: 'SET #status = :published, #sequence = if_not_exists(#sequence, :zero)',
        ConditionExpression: '#status = :draft',
        ExpressionAttributeNames: { '#status': 'status', '#sequence': 'sequence' },
        ExpressionAttributeValues: { ':published': 'published', ':draft': 'draft', ':zero': 0 },
      }),
    ),
  );
}

/** Every event, drafts included, soonest first: for organisers, who filter them to their organisation's. */
export async function listEventsWithDrafts(table: Table): Promise<EventRecord[]> {
  const items = await queryAll(table, {
    IndexName: TABLE_LAYOUT.index1.name,
    KeyConditionExpression: 'GSI1PK = :list',
    ExpressionAttributeValues: { ':list': EVENT_LIST },
  });
  return items.map(eventOf);
}
