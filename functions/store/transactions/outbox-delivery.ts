import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { holdsMail, type OutboxMessage } from '#shared/domain/outbound-message.ts';
import { deliveryExhausted, nextAttemptAt } from '#shared/mail/delivery-retry.ts';
import {
  type FormerlyListed,
  failedListKey,
  type OutboxAddress,
  outboxKey,
  outboxMessageOf,
  pendingListKey,
  resentListKey,
} from '#store/entities/outbox-message.ts';
import { deleteIf, updateIf } from '#store/table/conditional-writes.ts';
import type { Item } from '#store/table/item.ts';
import type { Table } from '#store/table/table.ts';

/**
 * Claims a message whose try is due, or whose sender was cut short (claimed before `cutShortBefore` and never
 * recorded), for one sender: only one claimer can win, so the local worker and a retried stream batch racing for the
 * same message never both send it, and a message a living sender holds is never claimed twice. A claim changes only
 * what the list of messages to send does not project, so the message keeps its entry there, and writes no index.
 * A message taken over from a sender cut short counts an interruption; after its last try it fails for an organiser
 * instead, so a message that kills its sender every time is not sent forever.
 */
export async function claimMessage(
  table: Table,
  address: OutboxAddress,
  claim: { now: string; cutShortBefore: string },
): Promise<OutboxMessage | undefined> {
  const { now } = claim;
  let claimed: Item | undefined;
  try {
    const result = await table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: outboxKey(address),
        UpdateExpression: 'SET #status = :sending, claimedAt = :now, attempts = attempts + :one',
        // Messages queued before retries had a backoff carry no nextAttemptAt: they are due.
        ConditionExpression:
          '#status = :pending AND (attribute_not_exists(nextAttemptAt) OR nextAttemptAt <= :now)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':sending': 'sending', ':pending': 'pending', ':one': 1, ':now': now },
        ReturnValues: 'ALL_NEW',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    claimed = result.Attributes;
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const held = error.Item;
    const claimedAt = held?.claimedAt?.S;
    if (held?.status?.S !== 'sending' || !claimedAt || claimedAt >= claim.cutShortBefore) return undefined;
    claimed = await takeOverCutShort(table, address, { claimedAt, attempts: Number(held.attempts?.N) }, now);
  }
  if (!claimed) return undefined;
  const message = outboxMessageOf(claimed);
  // A pending message always holds its mail or webhook; only a sent mail gives it up.
  return holdsMail(message) || message.webhook ? message : undefined;
}

/**
 * The message's sender was cut short while it held the message: whether it went out is unknown. A lost e-mail is
 * worse than a second copy with the same Message-ID (which receiving servers may drop), so this claim sends it again
 * and counts the interruption; after its last try it fails for an organiser. Nothing when another sender took it
 * over first.
 */
async function takeOverCutShort(
  table: Table,
  address: OutboxAddress,
  held: { claimedAt: string; attempts: number },
  now: string,
): Promise<Item | undefined> {
  const error = `cut short: claimed at ${held.claimedAt} and never recorded`;
  const heldClaim = { ...address, claimedAt: held.claimedAt };
  if (deliveryExhausted(held.attempts)) {
    await updateWhileClaimed(table, heldClaim, failedUpdate(address, { error, at: now }));
    return undefined;
  }
  try {
    const result = await table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: outboxKey(address),
        UpdateExpression:
          'SET claimedAt = :now, attempts = attempts + :one, lastError = :error, interruptions = if_not_exists(interruptions, :zero) + :one',
        ConditionExpression: '#status = :sending AND claimedAt = :claimedAt',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':now': now,
          ':one': 1,
          ':zero': 0,
          ':error': error,
          ':sending': 'sending',
          ':claimedAt': held.claimedAt,
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return result.Attributes;
  } catch (failure) {
    if (failure instanceof ConditionalCheckFailedException) return undefined;
    throw failure;
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
      ? 'SET #status = :sent, sentAt = :sentAt, recipientHash = :recipient, GSI1PK = :resentList, GSI1SK = :order REMOVE GSI2PK, GSI2SK, #message, #mail'
      : 'SET #status = :sent, sentAt = :sentAt, recipientHash = :recipient REMOVE GSI2PK, GSI2SK, #message, #mail',
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
 * An organiser asks for a message that failed every try to be tried again. It is queued as new, with all its tries,
 * due at once. False when it has not failed (tried again already, or erased).
 */
export function retryFailedMessage(table: Table, address: OutboxAddress, now: string): Promise<boolean> {
  // Off the organisers' failed list too.
  return queueAgain(table, address, now, ['failed'], ['GSI1PK', 'GSI1SK']);
}

/**
 * Queues a message (a mail or a webhook delivery) anew while its status is one of `from`: pending with all its tries,
 * due at once, back in its pending list; `alsoRemove` names attributes that go with it. False otherwise.
 */
export function queueAgain(
  table: Table,
  address: OutboxAddress,
  now: string,
  from: readonly string[],
  alsoRemove: readonly string[] = [],
): Promise<boolean> {
  const pending = pendingListKey(now, address.id);
  const statuses = Object.fromEntries(from.map((status, at) => [`:from${at}`, status]));
  return updateIf(table, {
    Key: outboxKey(address),
    UpdateExpression: `SET #status = :pending, attempts = :zero, nextAttemptAt = :now, GSI2PK = :pendingList, GSI2SK = :order REMOVE ${['failedAt', ...alsoRemove].join(', ')}`,
    ConditionExpression: `#status IN (${Object.keys(statuses).join(', ')})`,
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':pending': 'pending',
      ...statuses,
      ':zero': 0,
      ':now': now,
      ':pendingList': pending.GSI2PK,
      ':order': pending.GSI2SK,
    },
  });
}

export interface MessageUpdate {
  UpdateExpression: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
}

/** Back to waiting, due at `due`: its entry in the list of messages to send moves to that time. */
export function pendingUpdate(message: OutboxAddress, due: string, error: string): MessageUpdate {
  const pending = pendingListKey(due, message.id);
  return {
    UpdateExpression:
      'SET #status = :pending, nextAttemptAt = :next, lastError = :error, GSI2PK = :pendingList, GSI2SK = :order',
    ExpressionAttributeValues: {
      ':pending': 'pending',
      ':next': due,
      ':error': error,
      ':pendingList': pending.GSI2PK,
      ':order': pending.GSI2SK,
    },
  };
}

/** Failed for good: off the list of messages to send, onto the organisers' list of failed ones. */
function failedUpdate(message: OutboxAddress, failure: { error: string; at: string }): MessageUpdate {
  const failed = failedListKey(failure.at, message.id);
  return {
    UpdateExpression:
      'SET #status = :failed, failedAt = :at, lastError = :error, GSI1PK = :failedList, GSI1SK = :order REMOVE GSI2PK, GSI2SK',
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
  message: OutboxAddress & Pick<OutboxMessage, 'claimedAt'>,
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

/**
 * Moves a message listed in GSI1's former list of messages to send (`messagesInFormerLists`) to GSI2's, under the
 * time it was due: a pending one is claimed as before, a claimed one stays its sender's until the sending window
 * has passed. False when it left the former list meanwhile (sent, failed, erased).
 */
export async function moveToListOfMessagesToSend(
  table: Table,
  { message, formerList }: FormerlyListed,
): Promise<boolean> {
  const pending = pendingListKey(message.nextAttemptAt ?? message.createdAt, message.id);
  return updateIf(table, {
    Key: outboxKey(message),
    UpdateExpression: 'SET GSI2PK = :pendingList, GSI2SK = :order REMOVE GSI1PK, GSI1SK',
    ConditionExpression: 'GSI1PK = :formerList',
    ExpressionAttributeValues: {
      ':pendingList': pending.GSI2PK,
      ':order': pending.GSI2SK,
      ':formerList': formerList,
    },
  });
}
