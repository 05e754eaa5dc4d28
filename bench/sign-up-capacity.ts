import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { type AttributeValue, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { eventKey } from '#store/entities/event.ts';
import { OUTBOX_TYPE } from '#store/entities/outbox-message.ts';
import { seatCounterKey } from '#store/entities/seat-counter.ts';
import type { Table } from '#store/table/table.ts';
import { type DynamoDbCallRecorder, recordDynamoDbCalls } from './dynamodb-call-recorder.ts';
import { itemSize } from './item-size.ts';
import { postSignUp, signUpUrl } from './sign-up-burst.ts';

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
  /** The item carries GSI1 keys, so the index is written too. */
  indexed: boolean;
  /** The index's copy is written outside the transaction: one unit per started KB. */
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
}

export interface StoredItem {
  bytes: number;
  /** It carries GSI1 keys and the index projects every attribute, so each change of it is written there too. */
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
      const { bytes, indexed } = target.Item
        ? { bytes: itemSize(target.Item), indexed: target.Item.GSI1PK !== undefined }
        : await storedItem(table, key ?? {});
      const item = target.Item?.type?.S ?? target.Key?.SK?.S ?? 'unknown';
      const kilobytes = Math.ceil(bytes / 1024);
      priced.push({
        item,
        operation,
        bytes,
        writeUnits: 2 * kilobytes,
        indexed,
        indexWriteUnits: indexed && operation !== 'ConditionCheck' ? kilobytes : 0,
      });
    }
  }
  return priced;
}

/**
 * The write units of delivering one message, by AWS's rules from the size of the item as queued: queued in the
 * sign-up's transaction (2 per KB, and its index entry under `OUTBOX#pending`), claimed (an update: 1 per KB, and its
 * index entry moved to `OUTBOX#sending`: the old one deleted, the new one written), then marked sent (an update, and
 * the index entry deleted).
 */
export function mailWriteUnits(outbox: StoredItem): { table: number; index: number } {
  const kilobytes = Math.ceil(outbox.bytes / 1024);
  return { table: 2 * kilobytes + kilobytes + kilobytes, index: kilobytes + 2 * kilobytes + kilobytes };
}

async function storedItem(table: Table, key: Record<string, string>): Promise<StoredItem> {
  const { Item } = await table.doc.send(
    new GetItemCommand({
      TableName: table.name,
      Key: Object.fromEntries(Object.entries(key).map(([name, value]) => [name, { S: value }])),
      ConsistentRead: true,
    }),
  );
  return { bytes: Item ? itemSize(Item) : 0, indexed: Item?.GSI1PK !== undefined };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
