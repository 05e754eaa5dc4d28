import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { GroupDocument } from '#shared/domain/group-document.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';

/**
 * A document a working group's team shared, in the group's partition (the file itself is in the file storage under
 * `group-documents/<eventId>/`):
 *   PK = EVENT#<id>, SK = GROUPDOCUMENT#<fileId>
 * It goes with the group's personal data: `expiresAt` is the group's erasure time once the file has arrived, so the
 * retention job erases it with the members (and the file with it); a pending one expires a day on.
 */
const GROUP_DOCUMENT_PREFIX = 'GROUPDOCUMENT#';
export const groupDocumentKey = (eventId: string, fileId: string) => ({
  PK: eventPartition(eventId),
  SK: `${GROUP_DOCUMENT_PREFIX}${fileId}`,
});

export const keyDesign: KeyDesign = [groupDocumentKey('<id>', '<fileId>')];

const GROUP_DOCUMENT_TYPE = 'group-document';

export const groupDocumentItem = (document: GroupDocument, expiresAt: number): Item => ({
  ...groupDocumentKey(document.eventId, document.id),
  type: GROUP_DOCUMENT_TYPE,
  ...document,
  expiresAt,
});

const shape: ItemShape<GroupDocument> = {
  type: GROUP_DOCUMENT_TYPE,
  required: {
    eventId: 'string',
    id: 'string',
    title: 'string',
    municipalityCode: 'string',
    municipality: 'string',
    kind: 'string',
    year: 'number',
    fileKind: 'string',
    status: 'string',
    teamCode: 'string',
    createdAt: 'string',
    uploadExpiresAt: 'string',
  },
  optional: { size: 'number' },
};
const groupDocumentOf = (item: Item) => checkedRecord(item, shape);

/** The group's documents, pending ones included, oldest first. */
export async function listGroupDocuments(table: Table, eventId: string): Promise<GroupDocument[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :documents)',
    ExpressionAttributeValues: { ':pk': eventPartition(eventId), ':documents': GROUP_DOCUMENT_PREFIX },
    ConsistentRead: true,
  });
  return items.map(groupDocumentOf).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function getGroupDocument(
  table: Table,
  eventId: string,
  fileId: string,
): Promise<GroupDocument | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: groupDocumentKey(eventId, fileId), ConsistentRead: true }),
  );
  return Item ? groupDocumentOf(Item) : undefined;
}
