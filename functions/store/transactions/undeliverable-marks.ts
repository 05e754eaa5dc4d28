import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { UndeliverableReason } from '#shared/domain/undeliverable-mark.ts';
import { undeliverableItem } from '#store/entities/undeliverable-address.ts';
import type { Table } from '#store/table/table.ts';

export async function markUndeliverableAddress(
  table: Table,
  address: string,
  reason: UndeliverableReason,
  at: string,
): Promise<void> {
  try {
    await table.doc.send(
      new PutCommand({
        TableName: table.name,
        Item: undeliverableItem(address, reason, at),
        // Notifications can arrive out of order: an older report never replaces a newer one.
        ConditionExpression: 'attribute_not_exists(PK) OR #at <= :at',
        ExpressionAttributeNames: { '#at': 'at' },
        ExpressionAttributeValues: { ':at': at },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
