import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Presentation } from '#shared/domain/presentation.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';

/**
 * A file on one of the event's sessions, in the event's partition beside its programme (the file itself is in the
 * file storage under `presentations/<eventId>/`):
 *   PK = EVENT#<id>, SK = PRESENTATION#<fileId>
 * The event's material, not personal data: no `expiresAt` once it has arrived. A pending one (its form made, the
 * file not yet arrived) expires a day on, so abandoned forms leave nothing behind in the table.
 */
const PRESENTATION_PREFIX = 'PRESENTATION#';
export const presentationKey = (eventId: string, fileId: string) => ({
  PK: eventPartition(eventId),
  SK: `${PRESENTATION_PREFIX}${fileId}`,
});

export const keyDesign: KeyDesign = [presentationKey('<id>', '<fileId>')];

const PRESENTATION_TYPE = 'presentation';

export const presentationItem = (presentation: Presentation, pendingExpiresAt: number): Item => ({
  ...presentationKey(presentation.eventId, presentation.id),
  type: PRESENTATION_TYPE,
  ...presentation,
  expiresAt: pendingExpiresAt,
});

const shape: ItemShape<Presentation> = {
  type: PRESENTATION_TYPE,
  required: {
    eventId: 'string',
    id: 'string',
    slotId: 'string',
    title: 'string',
    visibility: 'string',
    fileKind: 'string',
    status: 'string',
    uploadedBy: 'string',
    createdAt: 'string',
    uploadExpiresAt: 'string',
  },
  optional: { size: 'number' },
};
const presentationOf = (item: Item) => checkedRecord(item, shape);

/** The event's presentations, pending ones included, oldest first. */
export async function listPresentations(table: Table, eventId: string): Promise<Presentation[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :files)',
    ExpressionAttributeValues: { ':pk': eventPartition(eventId), ':files': PRESENTATION_PREFIX },
    ConsistentRead: true,
  });
  return items.map(presentationOf).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function getPresentation(
  table: Table,
  eventId: string,
  fileId: string,
): Promise<Presentation | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: presentationKey(eventId, fileId), ConsistentRead: true }),
  );
  return Item ? presentationOf(Item) : undefined;
}
