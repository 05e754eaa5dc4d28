import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { type OutboxIntent, outboxMessageItem } from '#store/entities/outbox-message.ts';
import type { Table } from '#store/table/table.ts';

/** A transaction element that queues one message; the condition refuses a second intent with the same id. */
export function queueMessage(table: Table, intent: OutboxIntent) {
  return {
    Put: {
      TableName: table.name,
      Item: outboxMessageItem(intent),
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

/**
 * Queues a message on its own, at most once per id: for notices that go out after a change too large for one
 * transaction, so running the fan-out again never sends anyone the same notice twice.
 */
export async function queueMessageOnce(table: Table, intent: OutboxIntent): Promise<void> {
  try {
    await table.doc.send(new PutCommand(queueMessage(table, intent).Put));
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
