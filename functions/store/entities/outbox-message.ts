import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { MailIntent } from '#shared/domain/mail-intent.ts';
import {
  holdsMail,
  type OutboundMessage,
  type OutboundWebhook,
  type OutboxMessage,
} from '#shared/domain/outbound-message.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item, ItemKey } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { TABLE_LAYOUT } from '#store/table/table-layout.ts';
import { eventPartition } from './event.ts';
import { webhookDeliveryPartition } from './webhook-endpoint.ts';

/**
 * An outbox message is the intent to send one e-mail, written in the same transaction as the change that causes it.
 * A message about an event lives in the event's partition, so erasing a person or the event's data finds its copies
 * with one Query; the few without an event (an organiser's sign-in link) have a partition of their own:
 *   PK = EVENT#<eventId>, SK = OUTBOX#<id>   or   PK = OUTBOX#<id>, SK = OUTBOX;   type = outbox (the stream filter)
 *   GSI2PK = OUTBOX#pending#<shard>, GSI2SK = <nextAttemptAt>#<id> from when it is queued until its outcome is
 *     recorded (10 shards, a message's by its id), so the worker reads only what is due. GSI2 projects only the
 *     message's address, so a claim (status, claimedAt, attempts) leaves the entry as it is: a claimed message stays
 *     listed, and its claim tells a living sender's (claimed within the sending window) from one cut short;
 *   GSI1PK = OUTBOX#failed,  GSI1SK = <failedAt>#<id> once it has failed every try, for the organisers' outbox page;
 *   GSI1PK = OUTBOX#resent,  GSI1SK = <sentAt>#<id> once sent after an interruption (its recipient may have it twice),
 *     counted on the same page until the message expires.
 * The id is chosen by the cause (e.g. `reminder:<registrationId>`), so a second intent for the same cause fails its condition.
 *
 * The same outbox carries webhooks: a change writes one webhook event (`webhook`, in its event's partition like a
 * mail), and the deliverer fans it out into one delivery per endpoint that wants it, each in the endpoint's own
 * partition, newest last, with the id `<eventId>:<endpointId>`, so fanning out again never doubles one:
 *   PK = WEBHOOK#<endpointId>, SK = OUTBOX#<messageId>   in the same list of messages to send as a mail
 */
export interface OutboxIntent {
  id: string;
  /** The event the message is about; every message about an event names it. */
  eventId?: string;
  reason: string;
  /**
   * The mail, as an intent the mailer renders (`mail`, with `recipientHash`) or rendered (`message`); or, for a
   * webhook event or delivery, `webhook` (and `endpointId` for a delivery).
   */
  message?: OutboundMessage;
  mail?: MailIntent;
  /** The SHA-256 of an intent's recipient's address: what erasing that person finds the message by before it is sent. */
  recipientHash?: string;
  webhook?: OutboundWebhook;
  endpointId?: string;
  createdAt: string;
  /**
   * The SHA-256 of every other address the message names (a delegation lead's receipt lists the members), so that
   * erasing one of those people erases this copy too.
   */
  mentions?: string[];
}

/** What finds one message: its id, and its event if it has one. */
export type OutboxAddress = Pick<OutboxMessage, 'id' | 'eventId' | 'endpointId'>;

const OUTBOX_PREFIX = 'OUTBOX#';
export const outboxKey = ({ id, eventId, endpointId }: OutboxAddress): ItemKey =>
  endpointId
    ? { PK: webhookDeliveryPartition(endpointId), SK: `${OUTBOX_PREFIX}${id}` }
    : eventId
      ? { PK: eventPartition(eventId), SK: `${OUTBOX_PREFIX}${id}` }
      : { PK: `${OUTBOX_PREFIX}${id}`, SK: 'OUTBOX' };
const PENDING = 'OUTBOX#pending';
const FAILED = 'OUTBOX#failed';
const RESENT = 'OUTBOX#resent';

/**
 * Every queued message enters the pending list, an index partition that every sign-up's mail writes. The list is
 * spread over this many partitions, a message's by its id, so it does not cap the platform at one index partition's
 * write rate; the worker reads them all.
 */
export const OUTBOX_LIST_SHARDS = 10;
const SHARDS = Array.from({ length: OUTBOX_LIST_SHARDS }, (_, shard) => String(shard));

/** A message's shard of the pending list: a stable hash (FNV-1a) of its id. */
export function outboxShardOf(id: string): string {
  let hash = 0x811c9dc5;
  for (let at = 0; at < id.length; at += 1) hash = Math.imul(hash ^ id.charCodeAt(at), 0x01000193);
  return String((hash >>> 0) % OUTBOX_LIST_SHARDS);
}

const inShard = (shard: string, order: string) => ({ GSI2PK: `${PENDING}#${shard}`, GSI2SK: order });
export const pendingListKey = (due: string, id: string) => inShard(outboxShardOf(id), `${due}#${id}`);
export const failedListKey = (failedAt: string, id: string) => ({
  GSI1PK: FAILED,
  GSI1SK: `${failedAt}#${id}`,
});
export const resentListKey = (sentAt: string, id: string) => ({ GSI1PK: RESENT, GSI1SK: `${sentAt}#${id}` });

const lists = {
  gsi1: [failedListKey('<failedAt>', '<messageId>'), resentListKey('<sentAt>', '<messageId>')],
  gsi2: [inShard('<shard>', '<nextAttemptAt>#<messageId>')],
};
export const keyDesign: KeyDesign = [
  { ...outboxKey({ id: '<messageId>', eventId: '<id>' }), ...lists },
  { ...outboxKey({ id: '<messageId>' }), ...lists },
  { ...outboxKey({ id: '<messageId>', endpointId: '<endpointId>' }), gsi2: lists.gsi2 },
];

/** The type the mailer's stream filter looks for. */
export const OUTBOX_TYPE = 'outbox';
/** A sent message keeps only its recipient's hash and times, to answer "did it go out?", then it is erased. */
const OUTBOX_RETENTION_DAYS = 30;

/** A new message, pending and due at once. */
export function outboxMessageItem(intent: OutboxIntent): Item {
  // Due times are compared as strings in the index and in conditions, so they take one form: with milliseconds.
  const due = new Date(intent.createdAt).toISOString();
  const message: OutboxMessage = {
    id: intent.id,
    ...(intent.eventId ? { eventId: intent.eventId } : {}),
    ...(intent.endpointId ? { endpointId: intent.endpointId } : {}),
    createdAt: intent.createdAt,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: due,
    reason: intent.reason,
    ...(intent.message ? { message: intent.message } : {}),
    ...(intent.mail ? { mail: intent.mail } : {}),
    ...(intent.recipientHash ? { recipientHash: intent.recipientHash } : {}),
    ...(intent.webhook ? { webhook: intent.webhook } : {}),
  };
  return {
    ...outboxKey(intent),
    ...pendingListKey(due, intent.id),
    type: OUTBOX_TYPE,
    ...message,
    ...(intent.mentions?.length ? { mentions: intent.mentions } : {}),
    expiresAt: Math.floor(Date.parse(intent.createdAt) / 1000) + OUTBOX_RETENTION_DAYS * 86_400,
  };
}

const shape: ItemShape<OutboxMessage> = {
  type: OUTBOX_TYPE,
  required: {
    id: 'string',
    createdAt: 'string',
    status: 'string',
    attempts: 'number',
    reason: 'string',
  },
  optional: {
    message: 'map',
    mail: 'map',
    webhook: 'map',
    endpointId: 'string',
    answerStatus: 'number',
    recipientHash: 'string',
    eventId: 'string',
    nextAttemptAt: 'string',
    claimedAt: 'string',
    interruptions: 'number',
    sentAt: 'string',
    failedAt: 'string',
  },
};
export const outboxMessageOf = (item: Item) => checkedRecord(item, shape);

/** A message's address from its entry in the list of messages to send, which projects only that. */
function addressOf(entry: Item): OutboxAddress {
  const { id, eventId, endpointId } = entry;
  if (typeof id !== 'string') throw new Error(`an outbox list entry without an id: ${String(entry.PK)}`);
  return {
    id,
    ...(typeof eventId === 'string' ? { eventId } : {}),
    ...(typeof endpointId === 'string' ? { endpointId } : {}),
  };
}

/**
 * The messages whose try was due at `now`, from every shard, the longest-waiting first: those waiting, and those
 * claimed since (a claim leaves the entry), which only a claim that finds their sender cut short takes.
 */
export async function dueMessages(table: Table, now: string): Promise<OutboxAddress[]> {
  const shards = await Promise.all(
    SHARDS.map((shard) =>
      queryAll(table, {
        IndexName: TABLE_LAYOUT.gsi2.name,
        // '~' sorts after the '#' that ends the instant, so a message due exactly now is included.
        KeyConditionExpression: 'GSI2PK = :pending AND GSI2SK < :until',
        ExpressionAttributeValues: { ':pending': `${PENDING}#${shard}`, ':until': `${now}~` },
      }),
    ),
  );
  return shards
    .flat()
    .sort((a, b) => String(a.GSI2SK).localeCompare(String(b.GSI2SK)))
    .map(addressOf);
}

/**
 * Until December 2026 the list of messages to send lived in GSI1, with claimed messages moved to a list of their
 * own: `OUTBOX#pending#<shard>` and `OUTBOX#sending#<shard>`. The messages a stage still lists there when it is
 * deployed with GSI2 are moved once (`npm run outbox:move-lists`, docs/deploying.md); then this goes.
 */
export async function messagesInFormerLists(table: Table): Promise<FormerlyListed[]> {
  const lists = [PENDING, 'OUTBOX#sending'].flatMap((list) => SHARDS.map((shard) => `${list}#${shard}`));
  const found = await Promise.all(
    lists.map(async (formerList) =>
      (await listed(table, formerList)).map((message) => ({ message, formerList })),
    ),
  );
  return found.flat();
}

export interface FormerlyListed {
  message: OutboxMessage;
  /** Its GSI1PK. */
  formerList: string;
}

/** Every message that failed all its tries, the most recent first. */
export async function failedMessages(table: Table): Promise<OutboxMessage[]> {
  return (await listed(table, FAILED)).filter(holdsMail);
}

/** Every message sent again after an interruption and not yet expired, the most recent first. */
export async function resentMessages(table: Table): Promise<OutboxMessage[]> {
  return listed(table, RESENT);
}

async function listed(table: Table, list: string): Promise<OutboxMessage[]> {
  const items = await queryAll(table, {
    IndexName: TABLE_LAYOUT.gsi1.name,
    KeyConditionExpression: 'GSI1PK = :list',
    ExpressionAttributeValues: { ':list': list },
    ScanIndexForward: false,
  });
  return items.map(outboxMessageOf);
}

/** The keys of an event's messages, strongly read: all of them, or those to one person or naming them. */
export async function outboxCopyKeys(
  table: Table,
  eventId: string,
  person?: { email: string; emailHash: string },
): Promise<ItemKey[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :outbox)',
    ...(person
      ? {
          FilterExpression: '#message.#to = :to OR recipientHash = :hash OR contains(mentions, :hash)',
          ExpressionAttributeNames: { '#message': 'message', '#to': 'to' },
        }
      : {}),
    ExpressionAttributeValues: {
      ':pk': eventPartition(eventId),
      ':outbox': OUTBOX_PREFIX,
      ...(person ? { ':to': person.email, ':hash': person.emailHash } : {}),
    },
    ProjectionExpression: 'PK, SK',
    ConsistentRead: true,
  });
  return items as ItemKey[];
}

/** An endpoint's deliveries, newest first, at most `limit`: what its admins see. */
export async function endpointDeliveries(
  table: Table,
  endpointId: string,
  limit: number,
): Promise<OutboxMessage[]> {
  const { Items = [] } = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :outbox)',
      ExpressionAttributeValues: { ':pk': webhookDeliveryPartition(endpointId), ':outbox': OUTBOX_PREFIX },
      ScanIndexForward: false,
      Limit: limit,
      ConsistentRead: true,
    }),
  );
  return Items.map(outboxMessageOf);
}
