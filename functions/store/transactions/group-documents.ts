import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { GroupDocument } from '#shared/domain/group-document.ts';
import { groupDocumentItem, groupDocumentKey } from '#store/entities/group-document.ts';
import { updateIf } from '#store/table/conditional-writes.ts';
import type { Table } from '#store/table/table.ts';

/** Records a document whose upload form is being handed out; it is listed only once it has arrived. */
export async function putPendingGroupDocument(
  table: Table,
  document: GroupDocument,
  pendingExpiresAt: number,
): Promise<void> {
  await table.doc.send(
    new PutCommand({
      TableName: table.name,
      Item: groupDocumentItem(document, pendingExpiresAt),
      ConditionExpression: 'attribute_not_exists(PK)',
    }),
  );
}

/**
 * The file has arrived and passed its checks: listed from now on, kept until the group's erasure time. False when
 * it was not pending (arrived already, or removed meanwhile).
 */
export async function markGroupDocumentReady(
  table: Table,
  document: Pick<GroupDocument, 'eventId' | 'id'>,
  size: number,
  expiresAt: number,
): Promise<boolean> {
  return updateIf(table, {
    Key: groupDocumentKey(document.eventId, document.id),
    UpdateExpression: 'SET #status = :ready, #size = :size, expiresAt = :expiresAt',
    ConditionExpression: '#status = :pending',
    ExpressionAttributeNames: { '#status': 'status', '#size': 'size' },
    ExpressionAttributeValues: {
      ':ready': 'ready',
      ':pending': 'pending',
      ':size': size,
      ':expiresAt': expiresAt,
    },
  });
}

export async function deleteGroupDocument(
  table: Table,
  document: Pick<GroupDocument, 'eventId' | 'id'>,
): Promise<void> {
  await table.doc.send(
    new DeleteCommand({ TableName: table.name, Key: groupDocumentKey(document.eventId, document.id) }),
  );
}
