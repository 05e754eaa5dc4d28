import { type OutboxIntent, outboxMessageItem } from '#store/entities/outbox-message.ts';
import { putIf } from '#store/table/conditional-writes.ts';
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
  const { TableName, ...put } = queueMessage(table, intent).Put;
  await putIf(table, put);
}
