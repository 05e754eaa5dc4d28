import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { OutboundMessage, OutboxMessage } from '../../shared/domain/outbound-message.ts';
import { queryAll } from './query-all.ts';
import type { Table } from './table.ts';
import { TABLE_LAYOUT } from './table-layout.ts';

/**
 * An outbox message is the intent to send one e-mail, written in the same transaction as the change that causes it:
 *   PK = OUTBOX#<id>, SK = OUTBOX; type = outbox (the stream filter in AWS matches on it)
 *   GSI1PK = OUTBOX#pending, GSI1SK = <createdAt>#<id> while it waits, so the local worker finds it; removed when claimed.
 * The id is chosen by the cause (e.g. `reminder:<registrationId>`), so a second intent for the same cause fails its condition.
 */
const outboxKey = (id: string) => ({ PK: `OUTBOX#${id}`, SK: 'OUTBOX' });
const PENDING = 'OUTBOX#pending';
/** Sent messages hold addresses and names: they are kept long enough to answer "did it go out?", then erased. */
const OUTBOX_RETENTION_DAYS = 30;

/** A transaction element that queues one message; the condition refuses a second intent with the same id. */
export function queueMessage(
  table: Table,
  intent: { id: string; reason: string; message: OutboundMessage; createdAt: string },
) {
  const item: OutboxMessage & Record<string, unknown> = {
    ...outboxKey(intent.id),
    GSI1PK: PENDING,
    GSI1SK: `${intent.createdAt}#${intent.id}`,
    type: 'outbox',
    id: intent.id,
    createdAt: intent.createdAt,
    status: 'pending',
    attempts: 0,
    reason: intent.reason,
    message: intent.message,
    expiresAt: Math.floor(Date.parse(intent.createdAt) / 1000) + OUTBOX_RETENTION_DAYS * 86_400,
  };
  return {
    Put: { TableName: table.name, Item: item, ConditionExpression: 'attribute_not_exists(PK)' },
  };
}

/**
 * Queues a message on its own, at most once per id: for notices that go out after a change too large for one
 * transaction, so running the fan-out again never sends anyone the same notice twice.
 */
export async function queueMessageOnce(
  table: Table,
  intent: { id: string; reason: string; message: OutboundMessage; createdAt: string },
): Promise<void> {
  try {
    await table.doc.send(new PutCommand(queueMessage(table, intent).Put));
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

export async function pendingMessageIds(table: Table): Promise<string[]> {
  const items = await queryAll(table, {
    IndexName: TABLE_LAYOUT.index1.name,
    KeyConditionExpression: 'GSI1PK = :pending',
    ExpressionAttributeValues: { ':pending': PENDING },
  });
  return items.map((item) => String(item.id));
}

/**
 * Moves a pending message to `sending`. Only one claimer can win, which is what makes delivery at-most-once
 * even when the local worker and a retried stream batch race for the same message.
 */
export async function claimMessage(table: Table, id: string): Promise<OutboxMessage | undefined> {
  try {
    const result = await table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: outboxKey(id),
        UpdateExpression: 'SET #status = :sending, attempts = attempts + :one REMOVE GSI1PK, GSI1SK',
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':sending': 'sending', ':pending': 'pending', ':one': 1 },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return result.Attributes as OutboxMessage;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

export async function markSent(table: Table, id: string, sentAt: string): Promise<void> {
  await table.doc.send(
    new UpdateCommand({
      TableName: table.name,
      Key: outboxKey(id),
      UpdateExpression: 'SET #status = :sent, sentAt = :sentAt',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':sent': 'sent', ':sentAt': sentAt },
    }),
  );
}

/** The transport refused the message, so nothing went out: it waits for the next try, or fails for good. */
export async function releaseAfterFailure(
  table: Table,
  message: OutboxMessage,
  error: string,
  maxAttempts: number,
): Promise<void> {
  const finalFailure = message.attempts >= maxAttempts;
  await table.doc.send(
    new UpdateCommand({
      TableName: table.name,
      Key: outboxKey(message.id),
      UpdateExpression: finalFailure
        ? 'SET #status = :failed, lastError = :error'
        : 'SET #status = :pending, lastError = :error, GSI1PK = :pendingList, GSI1SK = :order',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: finalFailure
        ? { ':failed': 'failed', ':error': error }
        : {
            ':pending': 'pending',
            ':error': error,
            ':pendingList': PENDING,
            ':order': `${message.createdAt}#${message.id}`,
          },
    }),
  );
}
