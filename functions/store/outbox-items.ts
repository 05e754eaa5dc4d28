import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { OutboundMessage, OutboxMessage } from '#shared/domain/outbound-message.ts';
import { deliveryExhausted, nextAttemptAt } from '#shared/mail/delivery-retry.ts';
import { deleteItems } from './table/delete-items.ts';
import type { ItemKey } from './table/item.ts';
import { recordOf } from './table/item.ts';
import { queryAll } from './table/query-all.ts';
import type { Table } from './table/table.ts';
import { TABLE_LAYOUT } from './table/table-layout.ts';

/**
 * An outbox message is the intent to send one e-mail, written in the same transaction as the change that causes it.
 * A message about an event lives in the event's partition, so erasing a person or the event's data finds its copies
 * with one Query; the few without an event (an organiser's sign-in link) have a partition of their own:
 *   PK = EVENT#<eventId>, SK = OUTBOX#<id>   or   PK = OUTBOX#<id>, SK = OUTBOX;   type = outbox (the stream filter)
 *   GSI1PK = OUTBOX#pending, GSI1SK = <nextAttemptAt>#<id> while it waits, so the worker reads only what is due;
 *   GSI1PK = OUTBOX#sending, GSI1SK = <claimedAt>#<id> while a sender has it: one that stays there was cut short;
 *   GSI1PK = OUTBOX#failed,  GSI1SK = <failedAt>#<id> once it has failed every try: both for the organisers' outbox page.
 * The id is chosen by the cause (e.g. `reminder:<registrationId>`), so a second intent for the same cause fails its condition.
 */
export interface OutboxIntent {
  id: string;
  /** The event the message is about; every message about an event names it. */
  eventId?: string;
  reason: string;
  message: OutboundMessage;
  createdAt: string;
  /**
   * The SHA-256 of every other address the message names (a delegation lead's receipt lists the members), so that
   * erasing one of those people erases this copy too.
   */
  mentions?: string[];
}

/** What finds one message: its id, and its event if it has one. */
export type OutboxAddress = Pick<OutboxMessage, 'id' | 'eventId'>;

const outboxKey = ({ id, eventId }: OutboxAddress): ItemKey =>
  eventId ? { PK: `EVENT#${eventId}`, SK: `OUTBOX#${id}` } : { PK: `OUTBOX#${id}`, SK: 'OUTBOX' };
const PENDING = 'OUTBOX#pending';
const SENDING = 'OUTBOX#sending';
const FAILED = 'OUTBOX#failed';
/** Sent messages hold addresses and names: they are kept long enough to answer "did it go out?", then erased. */
const OUTBOX_RETENTION_DAYS = 30;

/** A transaction element that queues one message; the condition refuses a second intent with the same id. */
export function queueMessage(table: Table, intent: OutboxIntent) {
  // Due times are compared as strings in the index and in conditions, so they take one form: with milliseconds.
  const due = new Date(intent.createdAt).toISOString();
  const item: OutboxMessage & Record<string, unknown> = {
    ...outboxKey(intent),
    GSI1PK: PENDING,
    GSI1SK: `${due}#${intent.id}`,
    type: 'outbox',
    id: intent.id,
    ...(intent.eventId ? { eventId: intent.eventId } : {}),
    createdAt: intent.createdAt,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: due,
    reason: intent.reason,
    message: intent.message,
    ...(intent.mentions?.length ? { mentions: intent.mentions } : {}),
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
export async function queueMessageOnce(table: Table, intent: OutboxIntent): Promise<void> {
  try {
    await table.doc.send(new PutCommand(queueMessage(table, intent).Put));
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

/** The messages waiting whose next try is due at `now`, the longest-waiting first. */
export async function dueMessages(table: Table, now: string): Promise<OutboxAddress[]> {
  const items = await queryAll(table, {
    IndexName: TABLE_LAYOUT.gsi1.name,
    // '~' sorts after the '#' that ends the instant, so a message due exactly now is included.
    KeyConditionExpression: 'GSI1PK = :pending AND GSI1SK < :until',
    ExpressionAttributeValues: { ':pending': PENDING, ':until': `${now}~` },
  });
  return items.map(addressOf);
}

/**
 * Moves a pending message whose try is due to `sending`. Only one claimer can win, which is what makes delivery
 * at-most-once even when the local worker and a retried stream batch race for the same message.
 */
export async function claimMessage(
  table: Table,
  address: OutboxAddress,
  now: string,
): Promise<OutboxMessage | undefined> {
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
          ':sendingList': SENDING,
          ':order': `${now}#${address.id}`,
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return recordOf<OutboxMessage>(result.Attributes ?? {});
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
    await updateWhileSending(table, message, {
      UpdateExpression:
        'SET #status = :failed, failedAt = :at, lastError = :error, GSI1PK = :failedList, GSI1SK = :order',
      ExpressionAttributeValues: {
        ':failed': 'failed',
        ':at': failure.at,
        ':error': failure.error,
        ':failedList': FAILED,
        ':order': `${failure.at}#${message.id}`,
      },
    });
    return 'failed';
  }
  const next = nextAttemptAt(failure.at, message.attempts, failure.jitter);
  await updateWhileSending(table, message, {
    UpdateExpression:
      'SET #status = :pending, nextAttemptAt = :next, lastError = :error, GSI1PK = :pendingList, GSI1SK = :order',
    ExpressionAttributeValues: {
      ':pending': 'pending',
      ':next': next,
      ':error': failure.error,
      ':pendingList': PENDING,
      ':order': `${next}#${message.id}`,
    },
  });
  return 'retrying';
}

/**
 * Every message that failed all its tries, then every message whose sender was cut short before `claimedBefore`
 * (whether it went out is unknown); each kind the most recent first.
 */
export async function undeliveredMessages(table: Table, claimedBefore: string): Promise<OutboxMessage[]> {
  const failed = await queryAll(table, {
    IndexName: TABLE_LAYOUT.gsi1.name,
    KeyConditionExpression: 'GSI1PK = :failed',
    ExpressionAttributeValues: { ':failed': FAILED },
    ScanIndexForward: false,
  });
  const cutShort = await queryAll(table, {
    IndexName: TABLE_LAYOUT.gsi1.name,
    KeyConditionExpression: 'GSI1PK = :sending AND GSI1SK < :before',
    ExpressionAttributeValues: { ':sending': SENDING, ':before': claimedBefore },
    ScanIndexForward: false,
  });
  return [...failed, ...cutShort].map((item) => recordOf<OutboxMessage>(item));
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
          ':pendingList': PENDING,
          ':order': `${now}#${address.id}`,
        },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/**
 * Erases the copies of an event's messages: all of them, or those to one person or naming them. A message being sent at this
 * moment still goes out (it has left), but is not recorded again afterwards.
 */
export async function eraseOutboxCopies(
  table: Table,
  eventId: string,
  person?: { email: string; emailHash: string },
): Promise<number> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :outbox)',
    ...(person
      ? {
          FilterExpression: '#message.#to = :to OR contains(mentions, :hash)',
          ExpressionAttributeNames: { '#message': 'message', '#to': 'to' },
        }
      : {}),
    ExpressionAttributeValues: {
      ':pk': `EVENT#${eventId}`,
      ':outbox': 'OUTBOX#',
      ...(person ? { ':to': person.email, ':hash': person.emailHash } : {}),
    },
    ProjectionExpression: 'PK, SK',
    ConsistentRead: true,
  });
  await deleteItems(table, items as ItemKey[]);
  return items.length;
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

function addressOf(item: Record<string, unknown>): OutboxAddress {
  return { id: String(item.id), ...(typeof item.eventId === 'string' ? { eventId: item.eventId } : {}) };
}
