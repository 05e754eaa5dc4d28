import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { OutboxMessage } from '#shared/domain/outbound-message.ts';
import { deliveryExhausted, nextAttemptAt } from '#shared/mail/delivery-retry.ts';
import {
  failedListKey,
  type OutboxAddress,
  outboxKey,
  outboxMessageOf,
  pendingListKey,
  sendingListKey,
} from '#store/entities/outbox-message.ts';
import type { Table } from '#store/table/table.ts';

/**
 * Moves a pending message whose try is due to `sending`. Only one claimer can win, which is what makes delivery
 * at-most-once even when the local worker and a retried stream batch race for the same message.
 */
export async function claimMessage(
  table: Table,
  address: OutboxAddress,
  now: string,
): Promise<OutboxMessage | undefined> {
  const sending = sendingListKey(now, address.id);
  try {
    const result = await table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: outboxKey(address),
        UpdateExpression:
          'SET #status = :sending, claimedAt = :now, attempts = attempts + :one, GSI1PK = :sendingList, GSI1SK = :order',
        // Messages queued before retries had a backoff carry no nextAttemptAt: they are due.
        ConditionExpression:
          '#status = :pending AND (attribute_not_exists(nextAttemptAt) OR nextAttemptAt <= :now)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':sending': 'sending',
          ':pending': 'pending',
          ':one': 1,
          ':now': now,
          ':sendingList': sending.GSI1PK,
          ':order': sending.GSI1SK,
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return outboxMessageOf(result.Attributes ?? {});
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

/** Records that the message went out; a message erased while it was being sent stays erased. */
export async function markSent(table: Table, address: OutboxAddress, sentAt: string): Promise<void> {
  await updateWhileSending(table, address, {
    UpdateExpression: 'SET #status = :sent, sentAt = :sentAt REMOVE GSI1PK, GSI1SK',
    ExpressionAttributeValues: { ':sent': 'sent', ':sentAt': sentAt },
  });
}

/**
 * The transport refused the message, so nothing went out: it waits for its next try after a backoff, or, when it has
 * had every try, fails for good and waits for an organiser. `jitter` is a number in [0, 1).
 */
export async function releaseAfterFailure(
  table: Table,
  message: OutboxMessage,
  failure: { error: string; at: string; jitter: number },
): Promise<'retrying' | 'failed'> {
  if (deliveryExhausted(message.attempts)) {
    const failed = failedListKey(failure.at, message.id);
    await updateWhileSending(table, message, {
      UpdateExpression:
        'SET #status = :failed, failedAt = :at, lastError = :error, GSI1PK = :failedList, GSI1SK = :order',
      ExpressionAttributeValues: {
        ':failed': 'failed',
        ':at': failure.at,
        ':error': failure.error,
        ':failedList': failed.GSI1PK,
        ':order': failed.GSI1SK,
      },
    });
    return 'failed';
  }
  const next = nextAttemptAt(failure.at, message.attempts, failure.jitter);
  const pending = pendingListKey(next, message.id);
  await updateWhileSending(table, message, {
    UpdateExpression:
      'SET #status = :pending, nextAttemptAt = :next, lastError = :error, GSI1PK = :pendingList, GSI1SK = :order',
    ExpressionAttributeValues: {
      ':pending': 'pending',
      ':next': next,
      ':error': failure.error,
      ':pendingList': pending.GSI1PK,
      ':order': pending.GSI1SK,
    },
  });
  return 'retrying';
}

/**
 * An organiser asks for a message to be tried again: one that failed every try, or one whose sender was cut short
 * before `claimedBefore`. It is queued as new, with all its tries, due at once. False when it is neither (tried
 * again already, sent meanwhile, or erased).
 */
export async function retryUndeliveredMessage(
  table: Table,
  address: OutboxAddress,
  now: string,
  claimedBefore: string,
): Promise<boolean> {
  const pending = pendingListKey(now, address.id);
  try {
    await table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: outboxKey(address),
        UpdateExpression:
          'SET #status = :pending, attempts = :zero, nextAttemptAt = :now, GSI1PK = :pendingList, GSI1SK = :order REMOVE failedAt',
        ConditionExpression: '#status = :failed OR (#status = :sending AND claimedAt < :claimedBefore)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':pending': 'pending',
          ':failed': 'failed',
          ':sending': 'sending',
          ':claimedBefore': claimedBefore,
          ':zero': 0,
          ':now': now,
          ':pendingList': pending.GSI1PK,
          ':order': pending.GSI1SK,
        },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

async function updateWhileSending(
  table: Table,
  address: OutboxAddress,
  update: { UpdateExpression: string; ExpressionAttributeValues: Record<string, unknown> },
): Promise<void> {
  try {
    await table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: outboxKey(address),
        UpdateExpression: update.UpdateExpression,
        ConditionExpression: '#status = :sending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ':sending': 'sending' },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
