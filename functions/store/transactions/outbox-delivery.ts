import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { holdsMail, type OutboxMessage } from '#shared/domain/outbound-message.ts';
import { deliveryExhausted, nextAttemptAt } from '#shared/mail/delivery-retry.ts';
import {
  failedListKey,
  type OutboxAddress,
  outboxKey,
  outboxMessageOf,
  pendingListKey,
  resentListKey,
  sendingListKey,
} from '#store/entities/outbox-message.ts';
import { deleteIf, updateIf } from '#store/table/conditional-writes.ts';
import type { Table } from '#store/table/table.ts';

/**
 * Moves a pending message whose try is due to `sending`. Only one claimer can win, so the local worker and a retried
 * stream batch racing for the same message never both send it.
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
    const claimed = outboxMessageOf(result.Attributes ?? {});
    // A pending message always holds its mail or webhook; only a sent mail gives it up.
    return holdsMail(claimed) || claimed.webhook ? claimed : undefined;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

/**
 * Records that the message went out; one sent after an interruption joins the list the organisers' page counts.
 * Nothing changes when another sender has taken it over since, or it was erased while it was being sent.
 */
export async function markSent(
  table: Table,
  message: OutboxMessage,
  sent: { at: string; recipientHash: string },
): Promise<void> {
  const sentAt = sent.at;
  const resent = message.interruptions ? resentListKey(sentAt, message.id) : undefined;
  // The mail itself goes, rendered or intent: its links (sign-in, delegation, application) would open what they open
  // to anyone who reads the table or a backup. The recipient's hash stays, for erasure to find the record.
  await updateWhileClaimed(table, message, {
    UpdateExpression: resent
      ? 'SET #status = :sent, sentAt = :sentAt, recipientHash = :recipient, GSI1PK = :resentList, GSI1SK = :order REMOVE #message, #mail'
      : 'SET #status = :sent, sentAt = :sentAt, recipientHash = :recipient REMOVE GSI1PK, GSI1SK, #message, #mail',
    ExpressionAttributeNames: { '#message': 'message', '#mail': 'mail' },
    ExpressionAttributeValues: {
      ':sent': 'sent',
      ':sentAt': sentAt,
      ':recipient': sent.recipientHash,
      ...(resent ? { ':resentList': resent.GSI1PK, ':order': resent.GSI1SK } : {}),
    },
  });
}

/**
 * Drops a claimed mail whose intent has nobody left to tell: its registration was erased, or its event, before it
 * was sent. Nothing went out and nothing is kept. Nothing changes when another sender has taken it over since.
 */
export async function dropWhileClaimed(table: Table, message: OutboxMessage): Promise<void> {
  await deleteIf(table, {
    Key: outboxKey(message),
    ConditionExpression: '#status = :sending AND claimedAt = :claimedAt',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':sending': 'sending', ':claimedAt': message.claimedAt },
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
    await updateWhileClaimed(table, message, failedUpdate(message, failure));
    return 'failed';
  }
  await updateWhileClaimed(
    table,
    message,
    pendingUpdate(message, nextAttemptAt(failure.at, message.attempts, failure.jitter), failure.error),
  );
  return 'retrying';
}

/**
 * The message's sender was cut short while it held the message: whether it went out is unknown. A lost e-mail is
 * worse than a second copy with the same Message-ID (which receiving servers may drop), so it is queued again, due
 * at once, and its interruption counted; after its last try it fails for an organiser instead, so a message that
 * kills its sender every time is not sent forever. `skipped` when another sender took it over meanwhile.
 */
export async function requeueCutShortMessage(
  table: Table,
  message: OutboxMessage,
  now: string,
): Promise<'requeued' | 'failed' | 'skipped'> {
  const error = `cut short: claimed at ${message.claimedAt} and never recorded`;
  if (deliveryExhausted(message.attempts)) {
    return (await updateWhileClaimed(table, message, failedUpdate(message, { error, at: now })))
      ? 'failed'
      : 'skipped';
  }
  const update = pendingUpdate(message, now, error);
  const requeued = await updateWhileClaimed(table, message, {
    UpdateExpression: `${update.UpdateExpression}, interruptions = if_not_exists(interruptions, :zero) + :one`,
    ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ':zero': 0, ':one': 1 },
  });
  return requeued ? 'requeued' : 'skipped';
}

/**
 * An organiser asks for a message that failed every try to be tried again. It is queued as new, with all its tries,
 * due at once. False when it has not failed (tried again already, or erased).
 */
export async function retryFailedMessage(
  table: Table,
  address: OutboxAddress,
  now: string,
): Promise<boolean> {
  const pending = pendingListKey(now, address.id);
  return updateIf(table, {
    Key: outboxKey(address),
    UpdateExpression:
      'SET #status = :pending, attempts = :zero, nextAttemptAt = :now, GSI1PK = :pendingList, GSI1SK = :order REMOVE failedAt',
    ConditionExpression: '#status = :failed',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':pending': 'pending',
      ':failed': 'failed',
      ':zero': 0,
      ':now': now,
      ':pendingList': pending.GSI1PK,
      ':order': pending.GSI1SK,
    },
  });
}

export interface MessageUpdate {
  UpdateExpression: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
}

export function pendingUpdate(message: OutboxMessage, due: string, error: string): MessageUpdate {
  const pending = pendingListKey(due, message.id);
  return {
    UpdateExpression:
      'SET #status = :pending, nextAttemptAt = :next, lastError = :error, GSI1PK = :pendingList, GSI1SK = :order',
    ExpressionAttributeValues: {
      ':pending': 'pending',
      ':next': due,
      ':error': error,
      ':pendingList': pending.GSI1PK,
      ':order': pending.GSI1SK,
    },
  };
}

function failedUpdate(message: OutboxMessage, failure: { error: string; at: string }): MessageUpdate {
  const failed = failedListKey(failure.at, message.id);
  return {
    UpdateExpression:
      'SET #status = :failed, failedAt = :at, lastError = :error, GSI1PK = :failedList, GSI1SK = :order',
    ExpressionAttributeValues: {
      ':failed': 'failed',
      ':at': failure.at,
      ':error': failure.error,
      ':failedList': failed.GSI1PK,
      ':order': failed.GSI1SK,
    },
  };
}

/**
 * Applies `update` while the message is still held by the claim `message` records: a sender taken for dead and
 * overtaken by another (its message queued again) cannot undo what the other records. False when it was not.
 */
export async function updateWhileClaimed(
  table: Table,
  message: OutboxMessage,
  update: MessageUpdate,
): Promise<boolean> {
  return updateIf(table, {
    Key: outboxKey(message),
    UpdateExpression: update.UpdateExpression,
    ConditionExpression: '#status = :sending AND claimedAt = :claimedAt',
    ExpressionAttributeNames: { ...update.ExpressionAttributeNames, '#status': 'status' },
    ExpressionAttributeValues: {
      ...update.ExpressionAttributeValues,
      ':sending': 'sending',
      ':claimedAt': message.claimedAt,
    },
  });
}
