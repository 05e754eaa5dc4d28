import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { type AttributeValue, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { eventKey } from '#store/entities/event.ts';
import { OUTBOX_TYPE, type OutboxAddress } from '#store/entities/outbox-message.ts';
import { seatCounterKey } from '#store/entities/seat-counter.ts';
import type { Table } from '#store/table/table.ts';
import { claimMessage, markSent } from '#store/transactions/outbox-delivery.ts';
import { type DynamoDbCallRecorder, recordDynamoDbCalls } from './dynamodb-call-recorder.ts';
import { itemSize } from './item-size.ts';
import { postSignUp, signUpUrl } from './sign-up-burst.ts';
import { TABLE_INDEXES, writeUnits } from './write-units.ts';

export interface CapacityOfCall {
  command: string;
  failed: boolean;
  /** As DynamoDB Local reports it (ReturnConsumedCapacity = INDEXES). */
  tableUnits: number;
  indexUnits: number;
}

export interface TransactionElement {
  /** The item's `type`, or what the key says it is. */
  item: string;
  operation: 'Put' | 'Update' | 'ConditionCheck' | 'Delete';
  /** For an update, the size of the whole item it changes: DynamoDB bills that, not the change. */
  bytes: number;
  /** Transactional writes cost two units per started KB. */
  writeUnits: number;
  /** The item carries an index's keys, so the index is written too. */
  indexed: boolean;
  /** The indexes' entries are written outside the transaction: one unit per started KB of each entry. */
  indexWriteUnits: number;
}

export interface SignUpCapacity {
  status: number;
  /** Every call the sign-up made, with DynamoDB Local's own accounting (which differs from AWS's for transactions). */
  calls: CapacityOfCall[];
  /** The sign-up transaction priced by AWS's rules from the sizes of its items. */
  transaction: TransactionElement[];
  /** The event item, which a sign-up leaves alone; the seat counter, which it updates and which vouches for the event. */
  eventItem: StoredItem;
  seatCounter: StoredItem;
  /** The outbox message the sign-up queued, as queued: what its delivery claims and marks. */
  outboxItem: StoredItem;
  /** Its mail queued, claimed and marked sent by the outbox's own writes, each priced by the rules. */
  mail: MailWrite[];
}

export interface MailWrite {
  step: 'queue' | 'claim' | 'mark sent';
  tableUnits: number;
  indexUnits: number;
}

export interface StoredItem {
  bytes: number;
  /** It carries the keys of an index, so a change of what that index projects is written there too. */
  indexed: boolean;
}

/**
 * One sign-up through the app, over HTTP, with every DynamoDB call metered: what it reads, what it writes and what
 * each write costs. The event must exist on `table`; whether the sign-up is confirmed or waits depends on its seats.
 */
export async function measureSignUpCapacity(options: {
  table: Table;
  baseUrl: string;
  eventId: string;
  participant: Record<string, string>;
}): Promise<SignUpCapacity> {
  const recorder = recordDynamoDbCalls(options.table, { meterCapacity: true });
  const agent = new Agent({ keepAlive: false });
  let status: number;
  try {
    const url = signUpUrl(options.baseUrl, options.eventId);
    ({ status } = await postSignUp(agent, url, options.participant, performance.now()));
  } finally {
    recorder.stop();
    agent.destroy();
  }
  const eventItem = await storedItem(options.table, eventKey(options.eventId));
  const seatCounter = await storedItem(options.table, seatCounterKey(options.eventId));
  const transaction = await transactionElements(options.table, recorder);
  const outbox = transaction.find((element) => element.item === OUTBOX_TYPE);
  const mail = await measureMailDelivery(options.table, recorder);
  return {
    status,
    calls: recorder.calls.map((call) => ({
      command: call.command.replace(/Command$/, ''),
      failed: call.failed,
      tableUnits: sum(call.consumedCapacity.map((capacity) => capacity.Table?.CapacityUnits ?? 0)),
      indexUnits: sum(
        call.consumedCapacity.flatMap((capacity) =>
          Object.values(capacity.GlobalSecondaryIndexes ?? {}).map((index) => index.CapacityUnits ?? 0),
        ),
      ),
    })),
    transaction,
    eventItem,
    seatCounter,
    outboxItem: { bytes: outbox?.bytes ?? 0, indexed: outbox?.indexed ?? false },
    mail,
  };
}

type WireItem = Record<string, AttributeValue>;
type WireElement = Partial<Record<TransactionElement['operation'], { Item?: WireItem; Key?: WireItem }>>;

/**
 * The elements of the app's (last successful) sign-up transaction, each with its billed size: a Put's item as sent,
 * an Update's or ConditionCheck's item as stored after it (an update is billed for the whole item; a condition
 * check is counted here as a write of the item it reads, the way a transaction prices every element it holds).
 */
async function transactionElements(
  table: Table,
  recorder: DynamoDbCallRecorder,
): Promise<TransactionElement[]> {
  const transaction = recorder.calls.findLast(
    (call) => call.command === 'TransactWriteItemsCommand' && !call.failed,
  );
  const elements = (transaction?.input.TransactItems ?? []) as WireElement[];
  const priced = [];
  for (const element of elements) {
    for (const operation of ['Put', 'Update', 'ConditionCheck', 'Delete'] as const) {
      const target = element[operation];
      if (!target) continue;
      const key = target.Key && { PK: String(target.Key.PK?.S), SK: String(target.Key.SK?.S) };
      const stored = target.Item ?? (await wireItem(table, key ?? {})) ?? {};
      const item = target.Item?.type?.S ?? target.Key?.SK?.S ?? 'unknown';
      const indexed = isIndexed(stored);
      // Priced as a new entry in each index it is in: what a Put writes; for an Update, at most what it rewrites.
      const units = writeUnits(undefined, stored, { transactional: true });
      priced.push({
        item,
        operation,
        bytes: itemSize(stored),
        writeUnits: units.table,
        indexed,
        indexWriteUnits: operation === 'ConditionCheck' ? 0 : units.index,
      });
    }
  }
  return priced;
}

/**
 * The mail the sign-up's transaction queued, taken through its delivery by the outbox's own claim and record of
 * it (`claimMessage`, `markSent`; nothing is sent), with the item read before and after each write and each write
 * priced by the rules: the queue is the transaction's Put (2 per KB, and its index entry), then the claim and the mark
 * are single updates.
 */
async function measureMailDelivery(table: Table, recorder: DynamoDbCallRecorder): Promise<MailWrite[]> {
  const transaction = recorder.calls.findLast(
    (call) => call.command === 'TransactWriteItemsCommand' && !call.failed,
  );
  const queued = ((transaction?.input.TransactItems ?? []) as WireElement[])
    .map((element) => element.Put?.Item)
    .find((item) => item?.type?.S === OUTBOX_TYPE);
  if (!queued) return [];
  const key = { PK: String(queued.PK?.S), SK: String(queued.SK?.S) };
  const address: OutboxAddress = {
    id: String(queued.id?.S),
    ...(queued.eventId?.S ? { eventId: queued.eventId.S } : {}),
  };
  const due = String(queued.nextAttemptAt?.S);
  const claimed = await claimMessage(table, address, { now: due, cutShortBefore: due });
  const claimedItem = await wireItem(table, key);
  if (!claimed) throw new Error('the bench could not claim the mail its sign-up queued');
  await markSent(table, claimed, { at: due, recipientHash: String(queued.recipientHash?.S) });
  const sentItem = await wireItem(table, key);
  const priced = (step: MailWrite['step'], units: { table: number; index: number }) => ({
    step,
    tableUnits: units.table,
    indexUnits: units.index,
  });
  return [
    priced('queue', writeUnits(undefined, queued, { transactional: true })),
    priced('claim', writeUnits(queued, claimedItem, { transactional: false })),
    priced('mark sent', writeUnits(claimedItem, sentItem, { transactional: false })),
  ];
}

/** Its mail's write units in all: queue, claim and mark sent, table and index. */
export function mailWriteUnits(capacity: SignUpCapacity): { table: number; index: number } {
  return {
    table: sum(capacity.mail.map((write) => write.tableUnits)),
    index: sum(capacity.mail.map((write) => write.indexUnits)),
  };
}

const isIndexed = (item: WireItem) => TABLE_INDEXES.some((index) => item[index.partitionKey] !== undefined);

async function wireItem(table: Table, key: Record<string, string>): Promise<WireItem | undefined> {
  const { Item } = await table.doc.send(
    new GetItemCommand({
      TableName: table.name,
      Key: Object.fromEntries(Object.entries(key).map(([name, value]) => [name, { S: value }])),
      ConsistentRead: true,
    }),
  );
  return Item;
}

async function storedItem(table: Table, key: Record<string, string>): Promise<StoredItem> {
  const item = await wireItem(table, key);
  return { bytes: item ? itemSize(item) : 0, indexed: item ? isIndexed(item) : false };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
